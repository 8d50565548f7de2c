import { newPassword } from '@antikor/core';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth-context';
import { showServerError } from '../../components/form-issues';
import { PageHeader } from '../../components/page-header';

type Values = { currentPassword: string; newPassword: string; confirm: string };

/** Password change; forced after sign-in with a temporary password. */
export function ChangePasswordPage() {
  const { user, refresh } = useAuth();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await api.post('/auth/change-password', {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      await refresh();
      message.success('Пароль изменён');
      navigate('/', { replace: true });
    } catch (e) {
      setError(showServerError(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title="Смена пароля" />
      {user?.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          title="Вы вошли с временным паролем. Задайте свой пароль, чтобы продолжить работу."
          style={{ marginBottom: 16, maxWidth: 520 }}
        />
      )}
      <Card style={{ maxWidth: 520 }}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} disabled={busy}>
          <Form.Item
            label="Текущий пароль"
            name="currentPassword"
            rules={[{ required: true, message: 'Введите текущий пароль' }]}
          >
            <Input.Password autoComplete="current-password" data-testid="current-password" />
          </Form.Item>
          <Form.Item
            label="Новый пароль"
            name="newPassword"
            extra="Не короче 10 символов. Удобно использовать фразу из нескольких слов."
            rules={[
              { required: true, message: 'Введите новый пароль' },
              {
                validator: async (_, value: string | undefined) => {
                  const result = newPassword.safeParse(value ?? '');
                  if (!result.success) throw new Error(result.error.issues[0].message);
                },
              },
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="new-password" />
          </Form.Item>
          <Form.Item
            label="Новый пароль ещё раз"
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: 'Повторите новый пароль' },
              ({ getFieldValue }) => ({
                validator: async (_, value: string | undefined) => {
                  if (value && value !== getFieldValue('newPassword')) throw new Error('Пароли не совпадают');
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="confirm-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="change-password-submit">
            Сменить пароль
          </Button>
        </Form>
      </Card>
    </>
  );
}
