import {
  type Organisation,
  type OrganisationInput,
  organisationInput,
  organisationKindLabels,
  organisationKinds,
} from '@antikor/core';
import { Alert, Button, Flex, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { checkWith, showServerError } from '../../components/form-issues';

type Props = {
  /** The organisation being edited; undefined for a new one. */
  initial?: Organisation;
  parentId?: string | null;
  parentName?: string;
  disabled?: boolean;
  onSubmit: (input: OrganisationInput) => Promise<unknown>;
  onCancel?: () => void;
};

type Values = { kind?: string; name?: string; shortName?: string; inn?: string; address?: string };

/** Fields of an organisation; validated by the same schema the server uses. */
export function OrganisationForm({ initial, parentId, parentName, disabled, onSubmit, onCancel }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue({
      kind: initial?.kind ?? 'institution',
      name: initial?.name ?? '',
      shortName: initial?.shortName ?? '',
      inn: initial?.inn ?? '',
      address: initial?.address ?? '',
    });
    setError(null);
  }, [form, initial]);

  const onFinish = async (values: Values) => {
    setError(null);
    const checked = checkWith(organisationInput, { ...values, parentId: initial ? initial.parentId : parentId }, form);
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
    <Form<Values> form={form} layout="vertical" onFinish={onFinish} disabled={disabled || busy} data-testid="org-form">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {!initial && parentName && (
        <Form.Item label="Вышестоящая организация">
          <Input value={parentName} disabled />
        </Form.Item>
      )}
      <Form.Item label="Вид" name="kind" rules={[{ required: true, message: 'Выберите вид организации' }]}>
        <Select options={organisationKinds.map((k) => ({ value: k, label: organisationKindLabels[k] }))} />
      </Form.Item>
      <Form.Item label="Полное наименование" name="name" rules={[{ required: true, message: 'Введите наименование' }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      <Form.Item label="Краткое наименование" name="shortName">
        <Input />
      </Form.Item>
      <Form.Item label="ИНН" name="inn" extra="10 цифр">
        <Input maxLength={10} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item label="Адрес" name="address">
        <Input />
      </Form.Item>
      {!disabled && (
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={busy}>
            {initial ? 'Сохранить' : 'Добавить организацию'}
          </Button>
          {onCancel && <Button onClick={onCancel}>Отмена</Button>}
        </Flex>
      )}
    </Form>
  );
}
