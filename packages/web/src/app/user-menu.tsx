import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { roleLabels } from '@antikor/core';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from './api';
import { useAuth } from './auth-context';

/** The user's name with a menu: roles, password change, sign-out. */
export function UserMenu() {
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (!user) return null;

  const items: MenuProps['items'] = [
    {
      key: 'roles',
      type: 'group',
      label: user.roles.map((r) => roleLabels[r]).join(', '),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: 'Сменить пароль' },
    { key: 'logout', icon: <LogoutOutlined />, label: 'Выйти', danger: true },
  ];
  const onClick: MenuProps['onClick'] = async ({ key }) => {
    if (key === 'password') navigate('/change-password');
    if (key === 'logout') {
      try {
        await signOut();
      } catch (error) {
        message.error(errorMessage(error));
      }
      navigate('/login', { replace: true });
    }
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
        {user.fullName} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
