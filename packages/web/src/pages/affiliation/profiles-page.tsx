import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Input, Row, Segmented, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useProfiles } from './affiliation-queries';
import type { ProfileItem } from './affiliation-types';

const mark = (v: boolean) =>
  v ? <CheckOutlined style={{ color: '#52c41a' }} /> : <CloseOutlined style={{ color: '#ff4d4f' }} />;
const percent = (part = 0, whole = 0) => (whole ? Math.round((part / whole) * 100) : 0);

/**
 * Staff profiles (профиль служащего): how complete the data the comparison needs is. A profile
 * without ИНН, phones and addresses can be matched by name and birth date only.
 */
export function ProfilesPage() {
  const navigate = useNavigate();
  const [q, setQ] = useState<string>();
  const [gaps, setGaps] = useState('false');
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const list = useProfiles({ q, gaps: gaps === 'true' ? 'true' : undefined, ...page });
  const s = list.data?.summary;
  return (
    <>
      <PageHeader
        title="Профили сотрудников"
        subtitle="Сведения кадровой службы о сотрудниках, родственниках и свойственниках, по которым ищутся связи"
      />
      {s && (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col xs={12} md={4}>
            <Card size="small">
              <Statistic title="Сотрудников" value={s.employees} />
            </Card>
          </Col>
          <Col xs={12} md={4}>
            <Card size="small">
              <Statistic title="Родственников" value={s.relatives} />
            </Card>
          </Col>
          <Col xs={12} md={4}>
            <Card size="small">
              <Statistic title="С ИНН" value={percent(s.withInn, s.employees)} suffix="%" />
            </Card>
          </Col>
          <Col xs={12} md={4}>
            <Card size="small">
              <Statistic title="С телефоном" value={percent(s.withPhone, s.employees)} suffix="%" />
            </Card>
          </Col>
          <Col xs={12} md={4}>
            <Card size="small">
              <Statistic title="С адресом" value={percent(s.withAddress, s.employees)} suffix="%" />
            </Card>
          </Col>
          <Col xs={12} md={4}>
            <Card size="small">
              <Statistic title="Родственники без ИНН, телефона и адреса" value={s.relativesBare} />
            </Card>
          </Col>
        </Row>
      )}
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          placeholder="ФИО или должность"
          allowClear
          onSearch={(v) => {
            setQ(v.trim() || undefined);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          style={{ width: 300 }}
        />
        <Segmented
          value={gaps}
          onChange={(v) => {
            setGaps(String(v));
            setPage((p) => ({ ...p, page: 1 }));
          }}
          options={[
            { value: 'false', label: 'Все' },
            { value: 'true', label: 'С пробелами в данных' },
          ]}
        />
      </Flex>
      {list.isError && <LoadError error={list.error} onRetry={() => list.refetch()} />}
      <Table<ProfileItem>
        rowKey="employeeId"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items}
        onRow={(r) => ({
          onClick: () => navigate(`/affiliation/profiles/${r.employeeId}`),
          style: { cursor: 'pointer' },
        })}
        locale={{ emptyText: 'Нет сотрудников по этим условиям.' }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (t, [a, b]) => `${a}–${b} из ${t}`,
        }}
        onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 50 })}
        columns={[
          {
            title: 'Сотрудник',
            render: (_, r) => (
              <>
                <Link to={`/affiliation/profiles/${r.employeeId}`} onClick={(e) => e.stopPropagation()}>
                  {r.name}
                </Link>
                <div style={{ color: '#888', fontSize: 12 }}>
                  {[r.position, r.subdivision].filter(Boolean).join(', ')}
                </div>
              </>
            ),
          },
          { title: 'ИНН', width: 60, align: 'center', render: (_, r) => mark(r.hasInn) },
          { title: 'Телефон', width: 80, align: 'center', render: (_, r) => mark(r.hasPhone) },
          { title: 'Адрес', width: 70, align: 'center', render: (_, r) => mark(r.hasAddress) },
          { title: 'Родственников', width: 120, dataIndex: 'relatives' },
          {
            title: 'Из них без контактов и ИНН',
            width: 150,
            render: (_, r) =>
              r.relativesWithoutIdentifiers ? <Tag color="gold">{r.relativesWithoutIdentifiers}</Tag> : '',
          },
          {
            title: 'Связи на рассмотрении',
            width: 150,
            render: (_, r) => (r.openLinks ? <Tag color="orange">{r.openLinks}</Tag> : ''),
          },
        ]}
      />
    </>
  );
}
