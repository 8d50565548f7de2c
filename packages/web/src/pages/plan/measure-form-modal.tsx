import { parseTermText, type TermRule, termRuleSchema } from '@antikor/core';
import { Alert, Button, type ButtonProps, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../app/api';
import { showServerError } from '../../components/form-issues';
import { useOrganisations, useSubdivisions } from '../org/org-queries';
import { ruleComplete } from './plan-format';
import { usePlanWrite } from './plan-queries';
import type { Measure, PlanDetail, UnitKind } from './plan-types';
import { TermRuleEditor } from './term-rule-editor';

type Values = {
  sectionId: string;
  number: string;
  text: string;
  executorsText: string;
  termText: string;
  termRule: TermRule | null;
  expectedResult: string;
  units: string[];
};

/** Units are chosen in one list: 'subdivision:<id>' or 'organisation:<id>'. */
const unitValue = (kind: UnitKind, id: string) => `${kind}:${id}`;
function unitRef(value: string): { kind: UnitKind; id: string } {
  const [kind, id] = value.split(':');
  return { kind: kind as UnitKind, id };
}

/** Rules compare by content: the database keeps JSON keys in its own order. */
const canonical = (rule: TermRule | null) =>
  rule ? JSON.stringify(Object.fromEntries(Object.entries(rule).sort(([a], [b]) => a.localeCompare(b)))) : 'null';
const sameRule = (a: TermRule | null, b: TermRule | null) => canonical(a) === canonical(b);

/** Add or edit a measure: number, text, executors and term as written, the term rule, reporting units. */
export function MeasureFormModal({
  plan,
  open,
  initial,
  sectionId,
  onClose,
}: {
  plan: PlanDetail;
  open: boolean;
  initial?: Measure;
  /** The section a new measure goes to. */
  sectionId?: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  // While false, the rule follows the words of the term as the user types them.
  const [ruleTouched, setRuleTouched] = useState(false);
  const subdivisions = useSubdivisions(plan.orgId);
  const organisations = useOrganisations();
  const save = usePlanWrite((input: unknown) =>
    initial
      ? api.put<{ id: string }>(`/plans/${plan.id}/measures/${initial.id}`, input)
      : api.post<{ id: string }>(`/plans/${plan.id}/measures`, input),
  );

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    const section = plan.sections.find((s) => s.id === (initial?.sectionId ?? sectionId)) ?? plan.sections[0];
    const nextNumber = section ? `${section.number}.${section.measures.length + 1}` : '';
    form.setFieldsValue(
      initial
        ? {
            sectionId: initial.sectionId,
            number: initial.number,
            text: initial.text,
            executorsText: initial.executorsText,
            termText: initial.termText,
            termRule: initial.termRule,
            expectedResult: initial.expectedResult,
            units: initial.units.map((u) => unitValue(u.kind, u.id)),
          }
        : {
            sectionId: section?.id,
            number: nextNumber,
            text: '',
            executorsText: '',
            termText: '',
            termRule: null,
            expectedResult: '',
            units: [],
          },
    );
    // A rule set by hand earlier (different from what the words say) is kept until the user asks to re-read.
    setRuleTouched(initial ? !sameRule(initial.termRule, parseTermText(initial.termText)) : false);
  }, [open, initial, sectionId, plan.sections, form]);

  const unitOptions = useMemo(() => {
    const chosen = new Set(initial?.units.map((u) => u.id));
    const subs = (subdivisions.data ?? []).filter((s) => s.isActive || chosen.has(s.id));
    const bodies = (organisations.data ?? []).filter((o) => o.id !== plan.orgId);
    return [
      {
        label: 'Подразделения',
        options: subs.map((s) => ({ value: unitValue('subdivision', s.id), label: s.name })),
      },
      ...(bodies.length
        ? [
            {
              label: 'Органы и учреждения',
              options: bodies.map((o) => ({ value: unitValue('organisation', o.id), label: o.shortName ?? o.name })),
            },
          ]
        : []),
    ];
  }, [subdivisions.data, organisations.data, plan.orgId, initial]);

  const onOk = async () => {
    setError(null);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const rule = values.termRule ?? null;
    if (rule && (!ruleComplete(rule) || !termRuleSchema.safeParse(rule).success)) {
      form.setFields([{ name: 'termRule', errors: ['Правило срока заполнено не полностью'] }]);
      return;
    }
    try {
      await save.mutateAsync({ ...values, termRule: rule, units: values.units.map(unitRef) });
      onClose();
    } catch (e) {
      setError(showServerError(form, e));
    }
  };

  return (
    <Modal
      open={open}
      title={initial ? `Мероприятие ${initial.number}` : 'Новое мероприятие'}
      okText={initial ? 'Сохранить' : 'Добавить'}
      cancelText="Отмена"
      onOk={onOk}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={820}
      okButtonProps={{ 'data-testid': 'measure-save' } as ButtonProps}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="measure-form"
        onValuesChange={(changed: Partial<Values>) => {
          if ('termText' in changed && !ruleTouched)
            form.setFieldValue('termRule', parseTermText(changed.termText ?? ''));
        }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 160px', gap: 16 }}>
          <Form.Item label="Раздел" name="sectionId" rules={[{ required: true, message: 'Выберите раздел' }]}>
            <Select
              options={plan.sections.map((s) => ({ value: s.id, label: `${s.number}. ${s.title}` }))}
              data-testid="measure-section"
            />
          </Form.Item>
          <Form.Item
            label="№"
            name="number"
            rules={[
              { required: true, message: 'Укажите номер' },
              { pattern: /^\d+(\.\d+)*\.?$/, message: 'Номер вида «1.3»' },
            ]}
          >
            <Input data-testid="measure-number" />
          </Form.Item>
        </div>
        <Form.Item
          label="Мероприятие"
          name="text"
          rules={[{ required: true, min: 3, whitespace: true, message: 'Укажите содержание мероприятия' }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="measure-text" />
        </Form.Item>
        <Form.Item
          label="Ответственные исполнители (как в плане)"
          name="executorsText"
          rules={[{ required: true, min: 3, whitespace: true, message: 'Укажите ответственных исполнителей' }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="measure-executors" />
        </Form.Item>
        <Form.Item
          label="Подразделения, представляющие отчёт"
          name="units"
          extra="Первым укажите головного исполнителя. Отчёт об исполнении пишет каждое выбранное подразделение."
        >
          <Select
            mode="multiple"
            options={unitOptions}
            loading={subdivisions.isLoading || organisations.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Выберите подразделения"
            data-testid="measure-units"
          />
        </Form.Item>
        <Form.Item
          label="Срок исполнения (как в плане)"
          name="termText"
          rules={[{ required: true, whitespace: true, message: 'Укажите срок исполнения' }]}
        >
          <Input placeholder="Ежегодно до 30 апреля" data-testid="measure-term" />
        </Form.Item>
        <Form.Item
          label={
            <span>
              Срок как правило{' '}
              {ruleTouched && (
                <Button
                  type="link"
                  size="small"
                  onClick={() => {
                    setRuleTouched(false);
                    form.setFieldValue('termRule', parseTermText(form.getFieldValue('termText') ?? ''));
                  }}
                >
                  прочитать из текста срока
                </Button>
              )}
            </span>
          }
          name="termRule"
          extra={
            <Typography.Text type="secondary">
              По правилу система рассчитывает контрольные даты с учётом производственного календаря.
            </Typography.Text>
          }
        >
          <TermRuleEditor onTouched={() => setRuleTouched(true)} />
        </Form.Item>
        <Form.Item label="Ожидаемый результат" name="expectedResult">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
