import { PlusOutlined } from '@ant-design/icons';
import type { Page } from '@antikor/core';
import { formatFieldValue } from '@antikor/core';
import { useQueries } from '@tanstack/react-query';
import { Button, Empty, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../app/api';
import { useUser } from '../../app/auth-context';
import { formatDate } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { nearestDeadline } from './deadline-state';
import { DeadlineTag } from './deadline-tag';
import { useJournals } from './journal-queries';
import type { JournalEntry, JournalInfo } from './journal-types';
import { StatusTag } from './status-tag';

/** A one-line summary of an entry: its listed text and choice fields (the event and the gift, the employer…). */
function summary(journal: JournalInfo, e: JournalEntry): string {
  return journal.fields
    .filter(
      (f) =>
        f.inList && (f.stage ?? 'registration') === 'registration' && ['text', 'textarea', 'select'].includes(f.type),
    )
    .map((f) => formatFieldValue(f, e.data[f.key]))
    .filter(Boolean)
    .join(' · ');
}

type Row = JournalEntry & { journal: JournalInfo };

/**
 * A municipal employee's own notifications across the self-service journals (conflict of interest, other
 * paid work, gifts, inducement), newest first, with their status and the deadline that runs now.
 */
export function MyNoticesPage() {
  const user = useUser();
  const navigate = useNavigate();
  const journals = useJournals();
  const own = (journals.data ?? []).filter((j) => j.canFileOwn);
  const pages = useQueries({
    queries: own.map((j) => ({
      queryKey: ['journal-entries', j.code, { employeeId: user.employeeId, pageSize: 200, sort: '-registeredOn' }],
      queryFn: () =>
        api.get<Page<JournalEntry>>(`/journals/${j.code}/entries`, {
          employeeId: user.employeeId,
          pageSize: 200,
          sort: '-registeredOn',
        }),
    })),
  });
  const rows: Row[] = pages
    .flatMap((p, i) => (p.data?.items ?? []).map((e) => ({ ...e, journal: own[i] })))
    .sort((a, b) => b.registeredAt.localeCompare(a.registeredAt));
  const failed = pages.find((p) => p.isError);
  const loading = journals.isPending || pages.some((p) => p.isPending);

  return (
    <>
      <PageHeader
        title="Мои уведомления"
        subtitle="Уведомления, которые вы подали представителю нанимателя, и ход их рассмотрения"
        extra={
          own.length > 0 && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/my-notices/new')}
              data-testid="notice-new"
            >
              Подать уведомление
            </Button>
          )
        }
      />
      {journals.isError && <LoadError error={journals.error} onRetry={() => journals.refetch()} />}
      {failed && <LoadError error={failed.error} onRetry={() => failed.refetch()} />}
      {!journals.isPending && own.length === 0 ? (
        <Empty description="Ваша учётная запись не связана с карточкой сотрудника, поэтому подавать уведомления от своего имени нельзя. Обратитесь к администратору." />
      ) : (
        <Table<Row>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50 } : false}
          onRow={(row) => ({
            onClick: () => navigate(`/journals/${row.journalCode}/${row.id}`),
            style: { cursor: 'pointer' },
          })}
          data-testid="my-notices-table"
          locale={{ emptyText: 'Вы ещё не подавали уведомлений. Нажмите «Подать уведомление».' }}
          scroll={{ x: 900 }}
          columns={[
            {
              key: 'kind',
              title: 'Уведомление',
              width: 240,
              render: (_, r) => <Tag>{r.journal.formTitle}</Tag>,
            },
            {
              key: 'number',
              title: '№',
              width: 90,
              render: (_, r) => (
                <Link
                  to={`/journals/${r.journalCode}/${r.id}`}
                  onClick={(e) => e.stopPropagation()}
                  data-testid="entry-link"
                >
                  {r.regNumber}
                </Link>
              ),
            },
            { key: 'date', title: 'Дата рег.', width: 105, render: (_, r) => formatDate(r.registeredOn) },
            {
              key: 'summary',
              title: 'Содержание',
              ellipsis: true,
              render: (_, r) => {
                const text = summary(r.journal, r);
                return <span title={text}>{text}</span>;
              },
            },
            {
              key: 'status',
              title: 'Статус',
              width: 190,
              render: (_, r) => <StatusTag journal={r.journal} status={r.status} label={r.statusLabel} />,
            },
            {
              key: 'deadline',
              title: 'Срок',
              width: 130,
              render: (_, r) => {
                const d = nearestDeadline(r.deadlines);
                return d ? <DeadlineTag d={d} /> : null;
              },
            },
          ]}
        />
      )}
    </>
  );
}
