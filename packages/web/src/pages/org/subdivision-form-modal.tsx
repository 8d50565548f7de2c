import { type Subdivision, subdivisionInput } from '@antikor/core';
import { Alert, Form, Input, Modal, Switch, TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { checkWith, showServerError } from '../../components/form-issues';
import { useWrite } from './org-queries';
import { subdivisionOptions } from './subdivision-tree';

type Props = {
  open: boolean;
  /** The subdivision being edited; undefined for a new one. */
  initial?: Subdivision;
  orgId?: string;
  subdivisions: Subdivision[];
  onClose: (saved?: Subdivision) => void;
};

type Values = { name?: string; shortName?: string; parentId?: string | null; isActive?: boolean };

/** Add or edit a structural subdivision. */
export function SubdivisionFormModal({ open, initial, orgId, subdivisions, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useWrite(
    (input: unknown) =>
      initial
        ? api.patch<Subdivision>(`/subdivisions/${initial.id}`, input)
        : api.post<Subdivision>('/subdivisions', input),
    ['subdivisions', 'positions'],
  );

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({
      name: initial?.name ?? '',
      shortName: initial?.shortName ?? '',
      parentId: initial?.parentId ?? null,
      isActive: initial?.isActive ?? true,
    });
  }, [open, initial, form]);

  const onOk = async () => {
    setError(null);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const input = { ...values, parentId: values.parentId ?? null, ...(initial ? {} : orgId ? { orgId } : {}) };
    const checked = checkWith(subdivisionInput, input, form);
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
      title={initial ? 'Подразделение' : 'Новое подразделение'}
      okText={initial ? 'Сохранить' : 'Добавить'}
      onOk={onOk}
      confirmLoading={save.isPending}
      onCancel={() => onClose()}
      destroyOnHidden
      width={560}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" data-testid="subdivision-form">
        <Form.Item label="Наименование" name="name" rules={[{ required: true, message: 'Введите наименование' }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
        <Form.Item label="Краткое наименование" name="shortName">
          <Input />
        </Form.Item>
        <Form.Item label="Входит в подразделение" name="parentId">
          <TreeSelect
            treeData={subdivisionOptions(subdivisions, initial?.id)}
            allowClear
            treeDefaultExpandAll
            placeholder="Верхний уровень"
          />
        </Form.Item>
        <Form.Item label="Действует" name="isActive" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
