import { type EmployeeDetail, employeeInput, employeeKindLabels, employeeKinds, employeePatch } from '@antikor/core';
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Tag, TreeSelect } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useUser } from '../../app/auth-context';
import { datePickerFormat, fromIsoDate, toIsoDate } from '../../components/dates';
import { checkWith, showServerError } from '../../components/form-issues';
import { useOrganisations, usePositions, useSubdivisions } from './org-queries';
import { OrgSelect } from './org-select';
import { fromPerson, PersonFields, type PersonValues, toPersonInput } from './person-fields';
import { subdivisionOptions } from './subdivision-tree';

type Values = {
  person?: PersonValues;
  personnelNumber?: string;
  subdivisionId?: string | null;
  positionId?: string;
  kind?: string;
  hiredAt?: Dayjs | null;
  dismissedAt?: Dayjs | null;
};

type Props = {
  initial?: EmployeeDetail;
  submitText: string;
  onSubmit: (input: unknown) => Promise<unknown>;
  onCancel: () => void;
};

/** Person data and employment of one employee; the same form creates and edits. */
export function EmployeeForm({ initial, submitText, onSubmit, onCancel }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const user = useUser();
  const orgs = useOrganisations();
  // The organisation is not a field of the input (the position decides it); it narrows the pickers.
  const [orgId, setOrgId] = useState(initial?.orgId ?? user.orgId);
  const subdivisions = useSubdivisions(orgId);
  const positions = usePositions(orgId);
  const subdivisionId = Form.useWatch('subdivisionId', form);

  useEffect(() => {
    form.setFieldsValue({
      person: fromPerson(initial?.person),
      personnelNumber: initial?.personnelNumber ?? '',
      subdivisionId: initial?.subdivisionId ?? null,
      positionId: initial?.positionId,
      kind: initial?.kind ?? 'municipal_employee',
      hiredAt: fromIsoDate(initial?.hiredAt),
      dismissedAt: fromIsoDate(initial?.dismissedAt),
    });
  }, [form, initial]);

  const subdivisionName = useMemo(
    () => new Map((subdivisions.data ?? []).map((d) => [d.id, d.shortName || d.name])),
    [subdivisions.data],
  );
  // Positions of the chosen subdivision first, then positions not tied to any subdivision.
  const positionOptions = useMemo(
    () =>
      (positions.data ?? [])
        .filter(
          (p) =>
            (p.isActive || p.id === initial?.positionId) &&
            (!subdivisionId || !p.subdivisionId || p.subdivisionId === subdivisionId),
        )
        .sort((a, b) => Number(!!b.subdivisionId) - Number(!!a.subdivisionId) || a.title.localeCompare(b.title, 'ru'))
        .map((p) => {
          // Without a chosen subdivision, same-named positions differ only by their subdivision.
          const where = !subdivisionId && p.subdivisionId ? subdivisionName.get(p.subdivisionId) : undefined;
          return {
            value: p.id,
            title: where ? `${p.title} — ${where}` : p.title,
            label: (
              <span>
                {p.title} {p.isDeclarant && <Tag color="blue">В перечне</Tag>}
                {where && <span style={{ color: '#888' }}> — {where}</span>}
              </span>
            ),
          };
        }),
    [positions.data, subdivisionId, initial?.positionId, subdivisionName],
  );

  const onFinish = async (values: Values) => {
    setError(null);
    const input = {
      person: toPersonInput(values.person ?? {}),
      personnelNumber: values.personnelNumber || null,
      subdivisionId: values.subdivisionId ?? null,
      positionId: values.positionId,
      kind: values.kind,
      hiredAt: toIsoDate(values.hiredAt) ?? undefined,
      dismissedAt: toIsoDate(values.dismissedAt),
    };
    const checked = checkWith(initial ? employeePatch : employeeInput, input, form);
    if (!checked.data) {
      if (checked.unmatched.length) setError(checked.unmatched.map((i) => i.message).join('; '));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(checked.data);
    } catch (e) {
      setError(showServerError(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      onFinishFailed={() => setError('Проверьте поля, отмеченные красным')}
      onValuesChange={() => setError(null)}
      disabled={busy}
      data-testid="employee-form"
      scrollToFirstError
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card title="Личные данные" size="small" style={{ marginBottom: 16 }}>
            <PersonFields />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="Работа" size="small" style={{ marginBottom: 16 }}>
            {(orgs.data?.length ?? 0) > 1 && (
              <Form.Item label="Организация">
                <OrgSelect
                  value={orgId}
                  width="100%"
                  onChange={(id) => {
                    setOrgId(id ?? user.orgId);
                    form.setFieldsValue({ subdivisionId: null, positionId: undefined });
                  }}
                />
              </Form.Item>
            )}
            <Form.Item label="Подразделение" name="subdivisionId">
              <TreeSelect
                treeData={subdivisionOptions(subdivisions.data ?? [])}
                allowClear
                treeDefaultExpandAll
                placeholder="Не указано"
                loading={subdivisions.isPending}
                onChange={() => form.setFieldValue('positionId', undefined)}
                data-testid="employee-subdivision"
              />
            </Form.Item>
            <Form.Item label="Должность" name="positionId" rules={[{ required: true, message: 'Выберите должность' }]}>
              <Select
                showSearch={{ optionFilterProp: 'title' }}
                options={positionOptions}
                loading={positions.isPending}
                placeholder="Выберите должность"
                notFoundContent="Нет должностей. Добавьте их в разделе «Должности»."
                data-testid="employee-position"
              />
            </Form.Item>
            <Form.Item
              label="Вид работника"
              name="kind"
              rules={[{ required: true, message: 'Выберите вид работника' }]}
            >
              <Select options={employeeKinds.map((k) => ({ value: k, label: employeeKindLabels[k] }))} />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item
                  label="Дата приёма"
                  name="hiredAt"
                  rules={[{ required: true, message: 'Укажите дату приёма' }]}
                >
                  <DatePicker
                    format={datePickerFormat}
                    style={{ width: '100%' }}
                    placeholder="ДД.ММ.ГГГГ"
                    data-testid="employee-hired-at"
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="Дата увольнения" name="dismissedAt">
                  <DatePicker format={datePickerFormat} style={{ width: '100%' }} placeholder="ДД.ММ.ГГГГ" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label="Табельный номер" name="personnelNumber">
              <Input style={{ maxWidth: 200 }} />
            </Form.Item>
          </Card>
        </Col>
      </Row>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="employee-submit">
          {submitText}
        </Button>
        <Button onClick={onCancel}>Отмена</Button>
      </Flex>
    </Form>
  );
}
