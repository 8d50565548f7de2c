import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { showServerError } from '../../components/form-issues';
import { usePlanWrite } from './plan-queries';
import type { Section } from './plan-types';

type Values = { number: string; title: string };

/** Add or rename a section of the plan. */
export function SectionFormModal({
  planId,
  open,
  initial,
  nextNumber,
  onClose,
}: {
  planId: string;
  open: boolean;
  initial?: Section;
  nextNumber: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = usePlanWrite((input: Values) =>
    initial
      ? api.put<{ id: string }>(`/plans/${planId}/sections/${initial.id}`, input)
      : api.post<{ id: string }>(`/plans/${planId}/sections`, input),
  );
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ number: initial?.number ?? nextNumber, title: initial?.title ?? '' });
  }, [open, initial, nextNumber, form]);

  const onOk = async () => {
    setError(null);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await save.mutateAsync(values);
      onClose();
    } catch (e) {
      setError(showServerError(form, e));
    }
  };
  return (
    <Modal
      open={open}
      title={initial ? `Раздел ${initial.number}` : 'Новый раздел'}
      okText={initial ? 'Сохранить' : 'Добавить'}
      cancelText="Отмена"
      onOk={onOk}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" data-testid="section-form">
        <Form.Item
          label="№ раздела"
          name="number"
          rules={[{ required: true, whitespace: true, message: 'Укажите номер раздела' }]}
        >
          <Input style={{ width: 120 }} />
        </Form.Item>
        <Form.Item
          label="Наименование"
          name="title"
          rules={[{ required: true, min: 3, whitespace: true, message: 'Укажите наименование раздела' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
