import { roleLabels, roles, type User, userInput, userPatch } from '@antikor/core';
import { Alert, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { EmployeePicker } from '../../components/employee-picker';
import { checkWith, showServerError } from '../../components/form-issues';
import { useSubdivisions, useWrite } from '../org/org-queries';
import { subdivisionOptions } from '../org/subdivision-tree';

type Props = {
  open: boolean;
  initial?: User;
  onClose: (saved?: { user: User; temporaryPassword?: string }) => void;
};

type Values = {
  login?: string;
  fullName?: string;
  email?: string;
  roles?: string[];
  subdivisionId?: string | null;
  employeeId?: string | null;
  password?: string;
};

/** Create a user (with an optional initial password) or change one's name, roles and links. */
export function UserFormModal({ open, initial, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const subdivisions = useSubdivisions();
  const save = useWrite(
    async (input: Record<string, unknown>) =>
      initial
        ? { user: await api.patch<User>(`/users/${initial.id}`, input) }
        : api.post<{ user: User; temporaryPassword?: string }>('/users', input),
    ['users'],
  );

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({
      login: initial?.login ?? '',
      fullName: initial?.fullName ?? '',
      email: initial?.email ?? '',
      roles: initial?.roles ?? [],
      subdivisionId: initial?.subdivisionId ?? null,
      employeeId: initial?.employeeId ?? null,
      password: '',
    });
  }, [open, initial, form]);

  const onOk = async () => {
    setError(null);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const { password, login, ...rest } = values;
    const common = {
      ...rest,
      email: rest.email || null,
      subdivisionId: rest.subdivisionId ?? null,
      employeeId: rest.employeeId ?? null,
    };
    const checked = initial ? checkWith(userPatch, common, form) : checkWith(userInput, { ...common, login }, form);
    if (!checked.data) return;
    try {
      onClose(await save.mutateAsync(password ? { ...checked.data, password } : checked.data));
    } catch (e) {
      setError(showServerError(form, e));
    }
  };

  return (
    <Modal
      open={open}
      title={initial ? `Пользователь ${initial.login}` : 'Новый пользователь'}
      okText={initial ? 'Сохранить' : 'Создать'}
      onOk={onOk}
      confirmLoading={save.isPending}
      onCancel={() => onClose()}
      destroyOnHidden
      width={620}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" data-testid="user-form">
        {!initial && (
          <Form.Item
            label="Логин"
            name="login"
            rules={[{ required: true, message: 'Введите логин' }]}
            extra="Латинские буквы, цифры, точка, дефис"
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item label="ФИО" name="fullName" rules={[{ required: true, message: 'Введите ФИО' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="Электронная почта" name="email">
          <Input type="email" />
        </Form.Item>
        <Form.Item label="Роли" name="roles" rules={[{ required: true, message: 'Назначьте хотя бы одну роль' }]}>
          <Select
            mode="multiple"
            options={roles.map((r) => ({ value: r, label: roleLabels[r] }))}
            placeholder="Выберите роли"
            data-testid="user-roles"
          />
        </Form.Item>
        <Form.Item
          label="Подразделение"
          name="subdivisionId"
          extra="Ответственный исполнитель видит сотрудников своего подразделения"
        >
          <TreeSelect
            treeData={subdivisionOptions(subdivisions.data ?? [])}
            allowClear
            treeDefaultExpandAll
            placeholder="Не указано"
          />
        </Form.Item>
        <Form.Item label="Сотрудник" name="employeeId" extra="Связь учётной записи с карточкой сотрудника">
          <EmployeePicker />
        </Form.Item>
        {!initial && (
          <Form.Item
            label="Пароль"
            name="password"
            extra="Оставьте пустым — система создаст временный пароль и покажет его один раз"
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
