import { Alert, Modal, Typography } from 'antd';

type Props = { login?: string; password: string | null; onClose: () => void };

/** Shows a temporary password exactly once; the server keeps only its hash. */
export function TemporaryPasswordModal({ login, password, onClose }: Props) {
  return (
    <Modal
      open={!!password}
      title="Временный пароль"
      onOk={onClose}
      onCancel={onClose}
      okText="Пароль передан пользователю"
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
    >
      <Alert
        type="warning"
        showIcon
        title="Пароль показывается один раз"
        description="Сообщите его пользователю лично. При первом входе система попросит задать свой пароль."
        style={{ marginBottom: 16 }}
      />
      {login && (
        <p>
          Логин: <Typography.Text strong>{login}</Typography.Text>
        </p>
      )}
      <p>
        Пароль:{' '}
        <Typography.Text
          code
          copyable={{ tooltips: ['Скопировать', 'Скопировано'] }}
          style={{ fontSize: 16 }}
          data-testid="temporary-password"
        >
          {password}
        </Typography.Text>
      </p>
    </Modal>
  );
}
