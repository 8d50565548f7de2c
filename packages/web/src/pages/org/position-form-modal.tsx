import { type Position, positionGroupLabels, positionGroups, positionInput, type Subdivision } from '@antikor/core';
import { Alert, Checkbox, Form, Input, Modal, Select, Switch, TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { checkWith, showServerError } from '../../components/form-issues';
import { useWrite } from './org-queries';
import { subdivisionOptions } from './subdivision-tree';

type Props = {
  open: boolean;
  initial?: Position;
  orgId?: string;
  subdivisions: Subdivision[];
  defaultSubdivisionId?: string;
  onClose: (saved?: Position) => void;
};

type Values = {
  title?: string;
  subdivisionId?: string | null;
  group?: string;
  isDeclarant?: boolean;
  isActive?: boolean;
};

/** Add or edit a position of the staff list. */
export function PositionFormModal({ open, initial, orgId, subdivisions, defaultSubdivisionId, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useWrite(
    (input: unknown) =>
      initial ? api.patch<Position>(`/positions/${initial.id}`, input) : api.post<Position>('/positions', input),
    ['positions', 'employees'],
  );

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({
      title: initial?.title ?? '',
      subdivisionId: initial ? initial.subdivisionId : (defaultSubdivisionId ?? null),
      group: initial?.group ?? 'none',
      isDeclarant: initial?.isDeclarant ?? false,
      isActive: initial?.isActive ?? true,
    });
  }, [open, initial, defaultSubdivisionId, form]);

  const onOk = async () => {
    setError(null);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const input = { ...values, subdivisionId: values.subdivisionId ?? null, ...(initial || !orgId ? {} : { orgId }) };
    const checked = checkWith(positionInput, input, form);
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
      title={initial ? 'Должность' : 'Новая должность'}
      okText={initial ? 'Сохранить' : 'Добавить'}
      onOk={onOk}
      confirmLoading={save.isPending}
      onCancel={() => onClose()}
      destroyOnHidden
      width={600}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" data-testid="position-form">
        <Form.Item
          label="Наименование должности"
          name="title"
          rules={[{ required: true, message: 'Введите наименование' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="Подразделение" name="subdivisionId">
          <TreeSelect
            treeData={subdivisionOptions(subdivisions)}
            allowClear
            treeDefaultExpandAll
            placeholder="Не указано"
          />
        </Form.Item>
        <Form.Item label="Группа должностей муниципальной службы" name="group">
          <Select options={positionGroups.map((g) => ({ value: g, label: positionGroupLabels[g] }))} />
        </Form.Item>
        <Form.Item
          name="isDeclarant"
          valuePropName="checked"
          extra="Замещающие должность, включённую в перечень, представляют сведения о доходах, расходах, об имуществе (273-ФЗ ст. 8)."
        >
          <Checkbox>Включена в перечень должностей</Checkbox>
        </Form.Item>
        <Form.Item label="Действует" name="isActive" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
