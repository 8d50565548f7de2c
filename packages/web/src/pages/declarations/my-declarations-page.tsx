import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../app/api';
import { formatDate } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { type ObligationStatus, type Role, roleLabels, statusColors, statusLabels } from './declaration-types';

type Item = {
  campaignId: string;
  reportingYear: number;
  deadline: string;
  deadlineExplanation: string;
  clarifyDeadline: string;
  persons: {
    id: string;
    role: Role;
    name: string;
    status: ObligationStatus;
    receivedOn: string | null;
    clarifiedOn: string | null;
    declarationId: string | null;
    scheduleDue: string | null;
    exclusionReason: string | null;
  }[];
};

/** A declarant's own campaigns: for whom, by when, and what the office has received. */
export function MyDeclarationsPage() {
  const data = useQuery({
    queryKey: ['my-declarations'],
    queryFn: () => api.get<{ items: Item[] }>('/my-declarations'),
  });
  return (
    <>
      <PageHeader
        title="Мои сведения о доходах"
        subtitle="Справки на себя, супруга(у) и несовершеннолетних детей (273-ФЗ ст. 8)"
      />
      {data.isError && <LoadError error={data.error} onRetry={() => data.refetch()} />}
      {data.data?.items.length === 0 && (
        <Empty description="Вы не входите в перечень лиц, обязанных представлять сведения о доходах." />
      )}
      {data.data?.items.map((c) => (
        <Card key={c.campaignId} title={`Сведения за ${c.reportingYear} год`} size="small" style={{ marginBottom: 16 }}>
          <Typography.Paragraph>
            Срок — <b>{formatDate(c.deadline)}</b>; уточнённые сведения — до {formatDate(c.clarifyDeadline)}. Справки
            заполняются в программе «Справки БК» и сдаются в отдел по профилактике коррупционных правонарушений
            {c.persons.find((p) => p.scheduleDue)
              ? ` (по графику — до ${formatDate(c.persons.find((p) => p.scheduleDue)?.scheduleDue)})`
              : ''}
            .
          </Typography.Paragraph>
          {c.persons.some((p) => p.status === 'missing') && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 8 }}
              title="Срок истёк, а не все справки представлены"
            />
          )}
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={c.persons}
            columns={[
              { title: 'Справка', render: (_, p) => roleLabels[p.role], width: 220 },
              {
                title: 'Лицо',
                render: (_, p) =>
                  p.declarationId ? <Link to={`/declarations/declaration/${p.declarationId}`}>{p.name}</Link> : p.name,
              },
              {
                title: 'Статус',
                render: (_, p) => <Tag color={statusColors[p.status]}>{statusLabels[p.status]}</Tag>,
                width: 160,
              },
              { title: 'Получена', render: (_, p) => formatDate(p.receivedOn), width: 120 },
              { title: 'Уточнена', render: (_, p) => formatDate(p.clarifiedOn), width: 120 },
            ]}
          />
        </Card>
      ))}
    </>
  );
}
