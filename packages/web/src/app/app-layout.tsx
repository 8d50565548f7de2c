import { Layout, Menu, type MenuProps, theme } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { FullPageSpin } from '../components/full-page-spin';
import { useAuth } from './auth-context';
import { isGroup, selectedNavPath, visibleNavigation } from './nav-items';
import { UserMenu } from './user-menu';

const { Sider, Header, Content } = Layout;

/** The frame of every signed-in page: menu by permission, organisation and user in the header. */
export function AppLayout() {
  const { user, can } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();

  const nav = useMemo(() => visibleNavigation(can, user), [can, user]);
  const selected = selectedNavPath(location.pathname, nav);
  const items: MenuProps['items'] = nav.map((item) =>
    isGroup(item)
      ? {
          key: item.key,
          label: item.label,
          icon: item.icon,
          children: item.children.map((c) => ({ key: c.path, label: c.label, icon: c.icon })),
        }
      : { key: item.path, label: item.label, icon: item.icon },
  );
  const forcedPasswordChange = !!user?.mustChangePassword;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={256}
        breakpoint="lg"
        theme="light"
        // Sticky with its own scroll, so a long menu never hides behind the fixed collapse button.
        style={{
          borderRight: `1px solid ${token.colorBorderSecondary}`,
          position: 'sticky',
          top: 0,
          height: '100vh',
          overflow: 'auto',
          scrollbarWidth: 'thin',
        }}
      >
        <div
          style={{
            height: 56,
            display: 'flex',
            alignItems: 'center',
            padding: '0 20px',
            fontWeight: 700,
            fontSize: 18,
          }}
        >
          <span style={{ color: token.colorPrimary }}>{collapsed ? 'А' : 'Антикор'}</span>
        </div>
        {!forcedPasswordChange && (
          <Menu
            mode="inline"
            inlineIndent={16}
            data-testid="main-menu"
            items={items}
            selectedKeys={selected ? [selected] : []}
            defaultOpenKeys={nav.filter(isGroup).map((g) => g.key)}
            onClick={(e) => navigate(e.key)}
            style={{ borderInlineEnd: 0, paddingBottom: 56 }}
          />
        )}
      </Sider>
      <Layout>
        <Header
          style={{
            background: token.colorBgContainer,
            padding: '0 24px',
            height: 56,
            lineHeight: 'normal',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 16,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <span
            style={{
              color: token.colorTextSecondary,
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              whiteSpace: 'nowrap',
            }}
          >
            {user?.orgName}
          </span>
          <UserMenu />
        </Header>
        <Content style={{ padding: 20, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
