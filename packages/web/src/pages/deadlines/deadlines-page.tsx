import { Badge, Segmented, Select, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { DeadlineExplanation } from '../journals/deadline-tag';
import { useJournals } from '../journals/journal-queries';
import type { DeadlineItem, DeadlineState } from '../journals/journal-types';
import { type DeadlineFilters, deadlineStates, useDeadlineCounts, useDeadlines } from './deadline-queries';

const tabs: Record<DeadlineState, { label: string; color: string; empty: string }> = {
  overdue: { label: 'Просроченные', color: 'red', empty: 'Просроченных сроков нет.' },
  soon: {
    label: 'Истекают в ближайшие 3 рабочих дня',
    color: 'orange',
    empty: 'В ближайшие три рабочих дня сроки не истекают.',
  },
  open: { label: 'Все открытые', color: 'blue', empty: 'Открытых сроков нет.' },
  late: { label: 'Исполненные с нарушением', color: 'magenta', empty: 'Сроков, исполненных с нарушением, нет.' },
};

const rowTag: Record<DeadlineItem['state'], string> = { overdue: 'red', soon: 'orange', open: 'blue', met: 'magenta' };

/** «Сроки»: the legal deadlines of every journal the user sees, by state, each explaining its rule and basis. */
export function DeadlinesPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const journals = useJournals();
  const filters: DeadlineFilters = {
    state: deadlineStates.find((s) => s === params.get('state')) ?? 'overdue',
    journal: params.get('journal') ?? undefined,
    mine: params.get('mine') === 'true' ? 'true' : undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 50,
  };
  const deadlines = useDeadlines(filters);
  const counts = useDeadlineCounts({ journal: filters.journal, mine: filters.mine });
  const update = (patch: Partial<DeadlineFilters>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  // Journals with terms of their own, and the draft acts, whose answers to received conclusions and demands the
  // expertise module keeps as deadlines of the entry.
  const withDeadlines = (journals.data ?? []).filter((j) => j.deadlines.length > 0 || j.code === 'draft-act');
  const isKeeper = (journals.data ?? []).some((j) => j.readsAll || j.canRegister);

  return (
    <>
      <PageHeader
        title="Сроки"
        subtitle="Сроки по записям журналов, рассчитанные по закону и производственному календарю"
      />
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 4 }}>
        <Select
          value={filters.journal}
          onChange={(journal) => update({ journal })}
          allowClear
          placeholder="Все журналы"
          style={{ width: 280 }}
          popupMatchSelectWidth={false}
          options={withDeadlines.map((j) => ({ value: j.code, label: j.shortTitle }))}
          aria-label="Журнал"
          data-testid="deadlines-journal"
        />
        {isKeeper && (
          <Segmented
            value={filters.mine ? 'mine' : 'all'}
            onChange={(v) => update({ mine: v === 'mine' ? 'true' : undefined })}
            options={[
              { value: 'all', label: 'Все' },
              { value: 'mine', label: 'Мои (ответственный или заявитель)' },
            ]}
          />
        )}
      </div>
      <Tabs
        activeKey={filters.state}
        onChange={(state) => update({ state: state as DeadlineState })}
        items={deadlineStates.map((s) => ({
          key: s,
          label: (
            <span data-testid={`deadlines-tab-${s}`}>
              {tabs[s].label}{' '}
              {counts[s] !== undefined && (
                <Badge count={counts[s]} showZero color={counts[s] ? tabs[s].color : '#bfbfbf'} overflowCount={999} />
              )}
            </span>
          ),
        }))}
      />
      {deadlines.isError && <LoadError error={deadlines.error} onRetry={() => deadlines.refetch()} />}
      <Table<DeadlineItem>
        rowKey="id"
        size="small"
        loading={deadlines.isFetching}
        dataSource={deadlines.data?.items}
        onRow={(row) => ({
          onClick: () => navigate(`/journals/${row.journalCode}/${row.entryId}`),
          style: { cursor: 'pointer' },
        })}
        data-testid="deadlines-table"
        locale={{ emptyText: tabs[filters.state].empty }}
        scroll={{ x: 1000 }}
        pagination={{
          current: deadlines.data?.page ?? filters.page,
          pageSize: deadlines.data?.pageSize ?? filters.pageSize,
          total: deadlines.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total, [from, to]) => `${from}–${to} из ${total}`,
          onChange: (page, pageSize) => update({ page, pageSize }),
        }}
        columns={[
          {
            key: 'dueDate',
            title: 'Срок',
            width: 120,
            render: (_, r) => (
              <Tooltip title={<DeadlineExplanation d={r} />}>
                <Tag color={rowTag[r.state]} style={{ cursor: 'help' }} data-testid="deadline-due">
                  {formatDate(r.dueDate)}
                </Tag>
              </Tooltip>
            ),
          },
          { key: 'title', title: 'Что сделать', dataIndex: 'title', width: 220, ellipsis: true },
          { key: 'journal', title: 'Журнал', dataIndex: 'journalTitle', width: 170, ellipsis: true },
          {
            key: 'regNumber',
            title: '№',
            width: 90,
            render: (_, r) => (
              <Link
                to={`/journals/${r.journalCode}/${r.entryId}`}
                onClick={(e) => e.stopPropagation()}
                data-testid="deadline-entry-link"
              >
                {r.regNumber}
              </Link>
            ),
          },
          { key: 'subject', title: 'Кого касается', dataIndex: 'subjectName', ellipsis: true },
          {
            key: 'basis',
            title: 'Основание',
            width: 240,
            ellipsis: true,
            render: (_, r) => (
              <Tooltip title={r.explanation}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.basis}
                </Typography.Text>
              </Tooltip>
            ),
          },
          ...(filters.state === 'late'
            ? [
                {
                  key: 'metAt',
                  title: 'Исполнен',
                  width: 140,
                  render: (_: unknown, r: DeadlineItem) => formatDateTime(r.metAt),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
