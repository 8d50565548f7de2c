import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth-context';
import { FullPageSpin } from '../../components/full-page-spin';

type Values = { login: string; password: string };

/** Sign-in with login and password; a locked account gets the server's message with the unlock time. */
export function LoginPage() {
  const { user, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  useEffect(() => {
    document.title = 'Вход — Антикор';
  }, []);

  if (user === undefined) return <FullPageSpin />;
  if (user) return <Navigate to={user.mustChangePassword ? '/change-password' : from} replace />;

  const onFinish = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const signedIn = await signIn(values.login.trim(), values.password);
      navigate(signedIn.mustChangePassword ? '/change-password' : from, { replace: true });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f3f7', padding: 16 }}>
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4, color: '#1f4e8c' }}>
          Антикор
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
          Антикоррупционная работа органов местного самоуправления: кадры, уведомления, декларации, отчёты
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form<Values> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={busy}>
          <Form.Item
            label="Логин"
            name="login"
            rules={[{ required: true, whitespace: true, message: 'Введите логин' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-input" />
          </Form.Item>
          <Form.Item label="Пароль" name="password" rules={[{ required: true, message: 'Введите пароль' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="password-input" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            Войти
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
