import { Card, Spin, Table, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../../app/auth-context';
import { formatDate } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useProfile } from './affiliation-queries';
import type { LinkItem, Profile } from './affiliation-types';
import { LinkStatusTag, ScoreTag } from './link-tags';

/** One employee's profile: the employee, relatives and in-laws with every identifier, and the links found. */
export function ProfilePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { can } = useAuth();
  const profile = useProfile(id);
  if (profile.isError) return <LoadError error={profile.error} onRetry={() => profile.refetch()} />;
  if (!profile.data) return <Spin />;
  const p = profile.data;
  return (
    <>
      <PageHeader
        title={`Профиль: ${p.name}`}
        subtitle={[p.position, p.subdivision].filter(Boolean).join(', ')}
        backTo="/affiliation/profiles"
        extra={
          can('staff.manage') && (
            <Link to={`/org/employees/${p.employeeId}`}>Карточка сотрудника (изменить сведения)</Link>
          )
        }
      />
      <Card size="small" title="Лица профиля" style={{ marginBottom: 16 }}>
        <Table<Profile['persons'][number]>
          rowKey="personId"
          size="small"
          pagination={false}
          dataSource={p.persons}
          scroll={{ x: 900 }}
          columns={[
            { title: 'Кто', dataIndex: 'relationLabel', width: 140 },
            {
              title: 'ФИО',
              render: (_, r) => (
                <>
                  {r.name}
                  {r.formerNames && <div style={{ color: '#888', fontSize: 12 }}>прежние: {r.formerNames}</div>}
                </>
              ),
            },
            { title: 'Дата рождения', width: 120, render: (_, r) => formatDate(r.birthDate) },
            {
              title: 'ИНН',
              width: 130,
              render: (_, r) => r.inn ?? <Typography.Text type="secondary">нет</Typography.Text>,
            },
            {
              title: 'Телефоны, e-mail',
              render: (_, r) =>
                [...r.phones, ...r.emails].join(', ') || <Typography.Text type="secondary">нет</Typography.Text>,
            },
            {
              title: 'Адреса',
              render: (_, r) => r.addresses.join('; ') || <Typography.Text type="secondary">нет</Typography.Text>,
            },
            { title: 'Место работы', dataIndex: 'workplace' },
          ]}
        />
      </Card>
      <Card size="small" title={`Связи (${p.links.length})`}>
        <Table<LinkItem>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={p.links}
          locale={{ emptyText: 'Связей с контрагентами не найдено.' }}
          onRow={(r) => ({ onClick: () => navigate(`/affiliation/links/${r.id}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: 'Оценка', width: 80, render: (_, r) => <ScoreTag score={r.score} /> },
            {
              title: 'Кто связан',
              render: (_, r) =>
                r.person.relation === 'self' ? 'сам сотрудник' : `${r.person.relationLabel}: ${r.person.name}`,
            },
            {
              title: 'Контрагент',
              render: (_, r) => [r.counterparty.companyName, r.counterparty.roleLabel].filter(Boolean).join(' — '),
            },
            { title: 'Основание', dataIndex: 'summary', ellipsis: true },
            { title: 'Статус', width: 170, render: (_, r) => <LinkStatusTag status={r.status} /> },
          ]}
        />
      </Card>
    </>
  );
}
