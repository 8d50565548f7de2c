import { type Relative, relationLabels, relations, relativeInput } from '@antikor/core';
import { Alert, type ButtonProps, Checkbox, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { checkWith, showServerError } from '../../components/form-issues';
import { useWrite } from './org-queries';
import { fromPerson, PersonFields, type PersonValues, toPersonInput } from './person-fields';

type Props = {
  open: boolean;
  employeeId: string;
  initial?: Relative;
  onClose: (saved?: Relative) => void;
};

type Values = {
  relation?: string;
  person?: PersonValues;
  formerNames?: string;
  workplace?: string;
  workPosition?: string;
  livesAbroad?: boolean;
};

/**
 * A relative or in-law (родственник или свойственник, 273-ФЗ ст. 10 ч. 1) as the personnel
 * questionnaire records them (анкета 667-р): kinship, name, former names, birth, work, address.
 */
export function RelativeFormModal({ open, employeeId, initial, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useWrite(
    (input: unknown) =>
      initial
        ? api.patch<Relative>(`/relatives/${initial.id}`, input)
        : api.post<Relative>(`/employees/${employeeId}/relatives`, input),
    ['employee', 'employees'],
  );

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({
      relation: initial?.relation,
      person: fromPerson(initial?.person),
      formerNames: initial?.formerNames ?? '',
      workplace: initial?.workplace ?? '',
      workPosition: initial?.workPosition ?? '',
      livesAbroad: initial?.livesAbroad ?? false,
    });
  }, [open, initial, form]);

  const onOk = async () => {
    setError(null);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const input = {
      relation: values.relation,
      person: toPersonInput(values.person ?? {}),
      formerNames: values.formerNames || null,
      workplace: values.workplace || null,
      workPosition: values.workPosition || null,
      livesAbroad: !!values.livesAbroad,
    };
    const checked = checkWith(relativeInput, input, form);
    if (!checked.data) return;
    try {
      onClose(await save.mutateAsync(checked.data));
    } catch (e) {
      setError(showServerError(form, e));
    }
  };

  return (
    <Modal
      open={open}
      title={initial ? 'Родственник' : 'Новый родственник'}
      okText={initial ? 'Сохранить' : 'Добавить'}
      okButtonProps={{ 'data-testid': 'relative-submit' } as ButtonProps}
      onOk={onOk}
      confirmLoading={save.isPending}
      onCancel={() => onClose()}
      destroyOnHidden
      width={820}
      style={{ top: 24 }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" data-testid="relative-form">
        <Form.Item
          label="Степень родства"
          name="relation"
          rules={[{ required: true, message: 'Укажите степень родства' }]}
        >
          <Select
            options={relations.map((r) => ({ value: r, label: relationLabels[r] }))}
            placeholder="Выберите"
            style={{ maxWidth: 320 }}
            data-testid="relative-relation"
          />
        </Form.Item>
        <PersonFields />
        <Form.Item
          label="Прежние фамилии, имена, отчества"
          name="formerNames"
          extra="Если изменялись: прежние ФИО, когда и почему"
        >
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item label="Место работы (учёбы)" name="workplace">
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item label="Должность" name="workPosition">
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="livesAbroad" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>Проживает за границей или готовится к выезду на постоянное жительство</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
