import { PlusOutlined } from '@ant-design/icons';
import { roleLabels, type User } from '@antikor/core';
import { App, Button, Input, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { api, errorMessage } from '../../app/api';
import { useUser } from '../../app/auth-context';
import { formatDateTime } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useWrite } from '../org/org-queries';
import { useUsers } from './admin-queries';
import { TemporaryPasswordModal } from './temporary-password-modal';
import { UserFormModal } from './user-form-modal';

type Editing = { open: false } | { open: true; initial?: User };

function status(u: User) {
  if (!u.isActive) return <Tag>Отключён</Tag>;
  if (u.lockedUntil && new Date(u.lockedUntil) > new Date()) {
    return <Tag color="red">Заблокирован до {formatDateTime(u.lockedUntil)}</Tag>;
  }
  if (u.mustChangePassword) return <Tag color="gold">Временный пароль</Tag>;
  return <Tag color="green">Активен</Tag>;
}

/** User accounts of the organisation: roles, deactivation, password reset. */
export function UsersPage() {
  const me = useUser();
  const { message } = App.useApp();
  const users = useUsers();
  const [editing, setEditing] = useState<Editing>({ open: false });
  const [shown, setShown] = useState<{ login: string; password: string } | null>(null);
  const [q, setQ] = useState('');
  const setActive = useWrite(
    ({ id, isActive }: { id: string; isActive: boolean }) => api.patch<User>(`/users/${id}`, { isActive }),
    ['users'],
  );
  const reset = useWrite(
    (id: string) => api.post<{ temporaryPassword: string }>(`/users/${id}/reset-password`),
    ['users'],
  );

  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const list = users.data ?? [];
    return needle
      ? list.filter((u) => `${u.login} ${u.fullName} ${u.email ?? ''}`.toLowerCase().includes(needle))
      : list;
  }, [users.data, q]);

  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      <PageHeader
        title="Пользователи"
        subtitle="Учётные записи и роли"
        extra={
          <>
            <Input.Search
              placeholder="Логин, ФИО, почта"
              allowClear
              onChange={(e) => setQ(e.target.value)}
              style={{ width: 240 }}
            />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ open: true })}
              data-testid="user-add"
            >
              Добавить пользователя
            </Button>
          </>
        }
      />
      {users.isError && <LoadError error={users.error} onRetry={() => users.refetch()} />}
      <Table<User>
        rowKey="id"
        size="small"
        loading={users.isPending}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1000 }}
        locale={{ emptyText: q ? 'Никого не найдено' : 'Пользователей нет' }}
        data-testid="users-table"
        columns={[
          { title: 'ФИО', dataIndex: 'fullName', sorter: (a, b) => a.fullName.localeCompare(b.fullName, 'ru') },
          { title: 'Логин', dataIndex: 'login', width: 120 },
          {
            title: 'Роли',
            dataIndex: 'roles',
            render: (rs: User['roles']) => rs.map((r) => <Tag key={r}>{roleLabels[r]}</Tag>),
          },
          { title: 'Статус', width: 170, render: (_, u) => status(u) },
          {
            title: 'Последний вход',
            dataIndex: 'lastLoginAt',
            width: 135,
            render: (v: string | null) => formatDateTime(v) || '—',
          },
          {
            title: '',
            key: 'actions',
            width: 290,
            render: (_, u) => (
              <Space size={0} style={{ whiteSpace: 'nowrap' }}>
                <Button type="link" size="small" onClick={() => setEditing({ open: true, initial: u })}>
                  Изменить
                </Button>
                <Popconfirm
                  title="Сбросить пароль?"
                  description="Текущий пароль перестанет действовать; будет выдан временный."
                  okText="Сбросить"
                  cancelText="Отмена"
                  onConfirm={() =>
                    act(async () => {
                      const { temporaryPassword } = await reset.mutateAsync(u.id);
                      setShown({ login: u.login, password: temporaryPassword });
                    })
                  }
                >
                  <Button type="link" size="small">
                    Новый пароль
                  </Button>
                </Popconfirm>
                {u.id === me.id ? (
                  <Tooltip title="Нельзя отключить свою учётную запись">
                    <Button type="link" size="small" disabled>
                      Отключить
                    </Button>
                  </Tooltip>
                ) : (
                  <Popconfirm
                    title={u.isActive ? 'Отключить учётную запись?' : 'Включить учётную запись?'}
                    okText={u.isActive ? 'Отключить' : 'Включить'}
                    cancelText="Отмена"
                    okButtonProps={{ danger: u.isActive }}
                    onConfirm={() =>
                      act(async () => {
                        await setActive.mutateAsync({ id: u.id, isActive: !u.isActive });
                        message.success(u.isActive ? 'Учётная запись отключена' : 'Учётная запись включена');
                      })
                    }
                  >
                    <Button type="link" size="small" danger={u.isActive}>
                      {u.isActive ? 'Отключить' : 'Включить'}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <UserFormModal
        open={editing.open}
        initial={editing.open ? editing.initial : undefined}
        onClose={(saved) => {
          setEditing({ open: false });
          if (!saved) return;
          message.success(editing.open && editing.initial ? 'Изменения сохранены' : 'Пользователь создан');
          if (saved.temporaryPassword) setShown({ login: saved.user.login, password: saved.temporaryPassword });
        }}
      />
      <TemporaryPasswordModal login={shown?.login} password={shown?.password ?? null} onClose={() => setShown(null)} />
    </>
  );
}
