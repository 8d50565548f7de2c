import { FileExcelOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { caseStatuses, caseStatusLabels, commissionGrounds, groundDefs } from '@antikor/core';
import { Button, Input, Select, Table } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { withQuery } from '../../app/api';
import { useAuth } from '../../app/auth-context';
import { formatDate } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { type CaseFilters, useCases } from './commission-queries';
import type { CaseListItem } from './commission-types';
import { DeadlineTag } from './deadline-text';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 6 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }));

/** Questions of the commission: search by number, name or words; filters; Excel. */
export function CasesPage() {
  const navigate = useNavigate();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const filters: CaseFilters = {
    q: params.get('q') ?? undefined,
    status: params.get('status') ?? undefined,
    ground: params.get('ground') ?? undefined,
    year: params.get('year') ? Number(params.get('year')) : undefined,
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 50),
  };
  const update = (patch: Partial<CaseFilters>) => {
    const next = { ...filters, page: 1, ...patch };
    setParams(
      Object.fromEntries(
        Object.entries(next)
          .filter(([, v]) => v !== undefined && v !== '')
          .map(([k, v]) => [k, String(v)]),
      ),
    );
  };
  const cases = useCases(filters);
  const isFiltered = !!(filters.q || filters.status || filters.ground || filters.year);
  return (
    <>
      <PageHeader
        title="Комиссия: вопросы"
        subtitle="Комиссия по соблюдению требований к служебному поведению и урегулированию конфликта интересов (Указ Президента РФ от 01.07.2010 № 821)"
        extra={
          <>
            <Button icon={<TeamOutlined />} onClick={() => navigate('/commission/meetings')}>
              Заседания
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              href={withQuery('/api/commission/cases/export.xlsx', {
                q: filters.q,
                status: filters.status,
                ground: filters.ground,
                year: filters.year,
              })}
              download
            >
              Выгрузить в Excel
            </Button>
            {can('commission.manage') && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/commission/cases/new')}
                data-testid="case-add"
              >
                Открыть вопрос
              </Button>
            )}
          </>
        }
      />
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <Input.Search
          placeholder="Номер, фамилия, слова"
          defaultValue={filters.q}
          key={filters.q ?? ''}
          allowClear
          onSearch={(q) => update({ q: q.trim() || undefined })}
          style={{ width: 300 }}
          data-testid="case-search"
        />
        <Select
          value={filters.status}
          onChange={(status) => update({ status })}
          allowClear
          placeholder="Любой статус"
          style={{ width: 260 }}
          options={[
            { value: 'open', label: 'Все незавершённые' },
            ...caseStatuses.map((s) => ({ value: s, label: caseStatusLabels[s] })),
          ]}
          aria-label="Статус"
        />
        <Select
          value={filters.ground}
          onChange={(ground) => update({ ground })}
          allowClear
          placeholder="Любое основание"
          style={{ width: 360 }}
          popupMatchSelectWidth={false}
          options={commissionGrounds.map((g) => ({ value: g, label: groundDefs[g].label }))}
          aria-label="Основание"
        />
        <Select
          value={filters.year}
          onChange={(year) => update({ year })}
          allowClear
          placeholder="Любой год"
          style={{ width: 130 }}
          options={years}
          aria-label="Год"
        />
      </div>
      {cases.isError && <LoadError error={cases.error} onRetry={() => cases.refetch()} />}
      <Table<CaseListItem>
        rowKey="id"
        size="small"
        loading={cases.isFetching}
        dataSource={cases.data?.items}
        onRow={(row) => ({ onClick: () => navigate(`/commission/cases/${row.id}`), style: { cursor: 'pointer' } })}
        data-testid="cases-table"
        locale={{
          emptyText: isFiltered
            ? 'Ничего не найдено. Измените условия поиска.'
            : 'Вопросов пока нет. Откройте вопрос по уведомлению, материалам проверки или представлению.',
        }}
        columns={[
          { key: 'regNumber', title: '№', dataIndex: 'regNumber', width: 80 },
          { key: 'receivedOn', title: 'Поступило', render: (_, r) => formatDate(r.receivedOn), width: 110 },
          { key: 'subject', title: 'Служащий (гражданин)', dataIndex: 'subjectName' },
          { key: 'ground', title: 'Основание', dataIndex: 'groundLabel' },
          { key: 'status', title: 'Статус', dataIndex: 'statusLabel', width: 170 },
          {
            key: 'decision',
            title: 'Решение',
            render: (_, r) => (r.decisionLabel ? `${formatDate(r.consideredOn)}: ${r.decisionLabel}` : ''),
          },
          {
            key: 'deadline',
            title: 'Ближайший срок',
            width: 220,
            render: (_, r) => r.nextDeadline && <DeadlineTag d={r.nextDeadline} />,
          },
        ]}
        pagination={{
          current: cases.data?.page ?? filters.page,
          pageSize: cases.data?.pageSize ?? filters.pageSize,
          total: cases.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total, [from, to]) => `${from}–${to} из ${total}`,
          onChange: (page, pageSize) => update({ page, pageSize }),
        }}
      />
    </>
  );
}
