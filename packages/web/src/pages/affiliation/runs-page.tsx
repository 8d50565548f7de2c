import { PlayCircleOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../app/auth-context';
import { formatDateTime } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useRuns } from './affiliation-queries';
import type { RunSummary } from './affiliation-types';
import { RunCheckModal } from './run-check-modal';

const triggerLabels: Record<string, string> = {
  manual: 'вручную',
  import: 'после загрузки контрагентов',
  demo: 'демонстрационные данные',
};

/** The history of checks with their parameters and results. */
export function RunsPage() {
  const { can } = useAuth();
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const runs = useRuns(page);
  return (
    <>
      <PageHeader
        title="Проверки"
        subtitle="Каждое сопоставление профилей сотрудников с контрагентами сохраняется с параметрами и итогами"
        backTo="/affiliation"
        extra={
          can('affiliation.manage') && (
            <Button type="primary" icon={<PlayCircleOutlined />} onClick={() => setOpen(true)}>
              Запустить проверку
            </Button>
          )
        }
      />
      {runs.isError && <LoadError error={runs.error} onRetry={() => runs.refetch()} />}
      <Table<RunSummary>
        rowKey="id"
        size="small"
        loading={runs.isFetching}
        dataSource={runs.data?.items}
        locale={{ emptyText: 'Проверок ещё не было.' }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: runs.data?.total ?? 0,
          showTotal: (t) => `Всего ${t}`,
        }}
        onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 50 })}
        columns={[
          { title: '№', dataIndex: 'number', width: 60 },
          { title: 'Когда', width: 150, render: (_, r) => formatDateTime(r.startedAt) },
          {
            title: 'Запуск',
            render: (_, r) =>
              `${triggerLabels[r.trigger] ?? r.trigger}${r.startedByName ? `, ${r.startedByName}` : ''}`,
          },
          {
            title: 'Профили',
            width: 160,
            render: (_, r) =>
              `${r.staffCount} (${r.params.scope === 'declarants' ? 'должности из перечня' : 'все сотрудники'})`,
          },
          { title: 'Строк контрагентов', dataIndex: 'counterpartyCount', width: 150 },
          { title: 'Порог', width: 70, render: (_, r) => String(r.params.minScore ?? 0.5).replace('.', ',') },
          { title: 'Связей', dataIndex: 'linkCount', width: 80 },
          { title: 'Новых', dataIndex: 'newCount', width: 80 },
          { title: 'Возвращено', dataIndex: 'reopenedCount', width: 100 },
          { title: 'Время, мс', dataIndex: 'durationMs', width: 100 },
        ]}
      />
      <RunCheckModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
