import { FileExcelOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Segmented, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { withQuery } from '../../app/api';
import { useAuth } from '../../app/auth-context';
import { formatDateTime } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useLinks, useRuns } from './affiliation-queries';
import type { LinkItem } from './affiliation-types';
import { basisLabels, LinkStatusTag, ScoreTag } from './link-tags';
import { RunCheckModal } from './run-check-modal';

const tabs = [
  { value: 'open', label: 'На рассмотрении' },
  { value: 'new', label: 'Новые' },
  { value: 'needs_check', label: 'Требуют проверки' },
  { value: 'confirmed', label: 'Подтверждены' },
  { value: 'rejected', label: 'Не подтверждены' },
  { value: 'referred', label: 'В комиссии' },
  { value: 'all', label: 'Все' },
];

/**
 * The working group's queue (рабочая группа по выявлению личной заинтересованности при закупках):
 * links found by the checks, best first, with the decision each has received.
 */
export function LinksPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [runOpen, setRunOpen] = useState(false);
  const query = {
    status: params.get('status') ?? 'open',
    q: params.get('q') ?? undefined,
    basis: params.get('basis') ?? undefined,
    current: params.get('current') ?? 'true',
    sort: params.get('sort') ?? '-score',
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 50,
  };
  const update = (patch: Record<string, string | number | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch))
          v === undefined || v === '' ? next.delete(k) : next.set(k, String(v));
        if (!('page' in patch)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  const links = useLinks(query);
  const lastRun = useRuns({ pageSize: 1 }).data?.items[0];
  const counts = links.data?.counts ?? {};
  const countOf = (s: string) =>
    s === 'open'
      ? (counts.new ?? 0) + (counts.needs_check ?? 0)
      : s === 'all'
        ? Object.values(counts).reduce((a, b) => a + b, 0)
        : (counts[s] ?? 0);

  return (
    <>
      <PageHeader
        title="Связи с контрагентами"
        subtitle="Возможная личная заинтересованность сотрудников, их родственников и свойственников (методические рекомендации Минтруда России от 19.05.2020)"
        extra={
          <>
            <Button
              icon={<FileExcelOutlined />}
              href={withQuery('/api/affiliation/links/export.xlsx', { ...query, page: undefined, pageSize: undefined })}
              download
              data-testid="links-export"
            >
              Выгрузить в Excel
            </Button>
            {can('affiliation.manage') && (
              <Button
                type="primary"
                icon={<PlayCircleOutlined />}
                onClick={() => setRunOpen(true)}
                data-testid="run-check"
              >
                Запустить проверку
              </Button>
            )}
          </>
        }
      />
      {lastRun ? (
        <Typography.Paragraph type="secondary" data-testid="last-run">
          Последняя проверка № {lastRun.number} от {formatDateTime(lastRun.startedAt)}: профилей {lastRun.staffCount},
          строк контрагентов {lastRun.counterpartyCount}, связей {lastRun.linkCount} (новых {lastRun.newCount}).{' '}
          <Link to="/affiliation/runs">Все проверки</Link>
        </Typography.Paragraph>
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Проверок ещё не было"
          description={
            <>
              Загрузите список контрагентов (выписки ЕГРЮЛ/ЕГРИП, участники закупок) в разделе{' '}
              <Link to="/affiliation/counterparties">«Контрагенты»</Link> — проверка запустится сама.
            </>
          }
        />
      )}
      <Segmented
        value={query.status}
        onChange={(status) => update({ status: String(status) })}
        options={tabs.map((t) => ({ value: t.value, label: `${t.label} (${countOf(t.value)})` }))}
        style={{ marginBottom: 12 }}
        data-testid="links-tabs"
      />
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <Input.Search
          placeholder="ФИО сотрудника, родственника, лица контрагента; организация или ИНН"
          defaultValue={query.q}
          key={query.q ?? ''}
          allowClear
          onSearch={(q) => update({ q: q.trim() || undefined })}
          style={{ width: 420 }}
          data-testid="links-search"
        />
        <Select
          value={query.basis}
          onChange={(basis) => update({ basis })}
          allowClear
          placeholder="Любое основание"
          style={{ width: 200 }}
          options={[
            { value: 'same-person', label: 'То же лицо' },
            { value: 'shared-contact', label: 'Общий контакт' },
          ]}
        />
        <Select
          value={query.current}
          onChange={(current) => update({ current })}
          style={{ width: 290 }}
          options={[
            { value: 'true', label: 'Найденные последней проверкой' },
            { value: 'all', label: 'Включая больше не найденные' },
          ]}
        />
        <Select
          value={query.sort}
          onChange={(sort) => update({ sort })}
          style={{ width: 220 }}
          options={[
            { value: '-score', label: 'Сначала надёжные' },
            { value: '-foundAt', label: 'Сначала недавние' },
            { value: 'employee', label: 'По сотруднику' },
            { value: 'company', label: 'По контрагенту' },
          ]}
        />
      </div>
      {links.isError && <LoadError error={links.error} onRetry={() => links.refetch()} />}
      <Table<LinkItem>
        rowKey="id"
        size="small"
        loading={links.isFetching}
        dataSource={links.data?.items}
        data-testid="links-table"
        onRow={(row) => ({ onClick: () => navigate(`/affiliation/links/${row.id}`), style: { cursor: 'pointer' } })}
        locale={{ emptyText: query.q ? 'Ничего не найдено. Измените условия поиска.' : 'Связей с таким статусом нет.' }}
        pagination={{
          current: links.data?.page ?? query.page,
          pageSize: links.data?.pageSize ?? query.pageSize,
          total: links.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total, [from, to]) => `${from}–${to} из ${total}`,
        }}
        onChange={(p) => update({ page: p.current, pageSize: p.pageSize })}
        scroll={{ x: 1100 }}
        columns={[
          { key: 'score', title: 'Оценка', width: 80, render: (_, r) => <ScoreTag score={r.score} /> },
          {
            key: 'employee',
            title: 'Сотрудник',
            width: 240,
            render: (_, r) => (
              <>
                <Link to={`/affiliation/links/${r.id}`} onClick={(e) => e.stopPropagation()}>
                  {r.employee.name}
                </Link>
                <div style={{ color: '#888', fontSize: 12 }}>
                  {[r.employee.position, r.employee.subdivision].filter(Boolean).join(', ')}
                </div>
              </>
            ),
          },
          {
            key: 'person',
            title: 'Кто связан',
            width: 200,
            render: (_, r) =>
              r.person.relation === 'self' ? 'сам сотрудник' : `${r.person.relationLabel}: ${r.person.name}`,
          },
          {
            key: 'company',
            title: 'Контрагент',
            width: 240,
            render: (_, r) => (
              <>
                {r.counterparty.companyName ?? '—'}
                <div style={{ color: '#888', fontSize: 12 }}>
                  {[r.counterparty.roleLabel, r.counterparty.companyInn && `ИНН ${r.counterparty.companyInn}`]
                    .filter(Boolean)
                    .join(', ')}
                </div>
              </>
            ),
          },
          {
            key: 'basis',
            title: 'Основание',
            render: (_, r) => (
              <span title={r.summary}>
                {basisLabels[r.basis]}: {r.summary.replace(/^[^:]*: ?/, '')}
              </span>
            ),
            ellipsis: true,
          },
          { key: 'status', title: 'Статус', width: 170, render: (_, r) => <LinkStatusTag status={r.status} /> },
        ]}
      />
      <RunCheckModal open={runOpen} onClose={() => setRunOpen(false)} />
    </>
  );
}
