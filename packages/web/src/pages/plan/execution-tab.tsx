import { FileExcelOutlined } from '@ant-design/icons';
import { hasPermission } from '@antikor/core';
import { App, Badge, Button, Flex, Input, Segmented, Select, Table, Tag, Typography } from 'antd';
import { type HTMLAttributes, useMemo, useState } from 'react';
import { errorMessage, fetchFile, saveFile } from '../../app/api';
import { useUser } from '../../app/auth-context';
import { formatDate } from '../../components/dates';
import { LoadError } from '../../components/query-state';
import { LongText } from './long-text';
import {
  defaultPlanYear,
  planYears,
  quarterLabel,
  reportStatusColors,
  reportStatusLabels,
  reportStatusOrder,
} from './plan-format';
import { useExecution } from './plan-queries';
import type { MeasureExecution, PlanDetail, ReportStatus } from './plan-types';
import { ReportDrawer } from './report-drawer';

/** Dot colours of the status counters (the tags' own palette). */
const statusDot: Record<ReportStatus, string> = {
  not_started: '#bfbfbf',
  draft: '#1677ff',
  submitted: '#faad14',
  returned: '#ff4d4f',
  accepted: '#52c41a',
};

/** Excel of the monitoring for a period: one row per measure with statuses, texts and indicators. */
export function useMonitoringDownload(planId: string) {
  const { message } = App.useApp();
  const [loading, setLoading] = useState(false);
  const download = async (year: number, quarter: number) => {
    setLoading(true);
    try {
      saveFile(await fetchFile('GET', `/plans/${planId}/monitoring.xlsx?year=${year}&quarter=${quarter}`));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setLoading(false);
    }
  };
  return { download, loading };
}

/**
 * «Исполнение»: for a period, the status of every measure × responsible unit at a glance; a unit opens
 * its report (write, attach, submit; accept or return for the reviewer).
 */
export function ExecutionTab({ plan }: { plan: PlanDetail }) {
  const user = useUser();
  const [year, setYear] = useState(() => defaultPlanYear(plan));
  const [quarter, setQuarter] = useState(0);
  const [status, setStatus] = useState<ReportStatus | undefined>();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<{ measureId: string; unitId: string } | null>(null);
  const execution = useExecution(plan.id, year, quarter);
  const monitoring = useMonitoringDownload(plan.id);
  const canReview = hasPermission(user.roles, 'plan.review') && plan.canManage;
  const data = execution.data;

  const rows = useMemo(() => {
    const query = q.trim().toLowerCase();
    return (data?.measures ?? [])
      .filter((m) => !query || `${m.number} ${m.text}`.toLowerCase().includes(query))
      .filter((m) => !status || m.units.some((u) => u.status === status));
  }, [data, q, status]);

  const selected = open ? data?.measures.find((m) => m.measureId === open.measureId) : undefined;
  const selectedUnit = open ? selected?.units.find((u) => u.unitId === open.unitId) : undefined;
  const total = data ? Object.values(data.totals).reduce((a, b) => a + b, 0) : 0;

  return (
    <>
      <Flex gap={8} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap align="center">
          <Select
            value={year}
            onChange={(y) => {
              setYear(y);
              setOpen(null);
            }}
            options={planYears(plan).map((y) => ({ value: y, label: `${y} год` }))}
            style={{ width: 120 }}
            aria-label="Год"
            data-testid="execution-year"
          />
          <Segmented<number>
            value={quarter}
            onChange={(v) => {
              setQuarter(v);
              setOpen(null);
            }}
            options={[0, 1, 2, 3, 4].map((v) => ({
              value: v,
              label: v === 0 ? 'Год' : quarterLabel(v).replace(' квартал', ' кв.'),
            }))}
            data-testid="execution-quarter"
          />
          <Input.Search
            placeholder="Номер или слова мероприятия"
            allowClear
            onChange={(e) => setQ(e.target.value)}
            style={{ width: 280 }}
          />
        </Flex>
        <Button
          icon={<FileExcelOutlined />}
          loading={monitoring.loading}
          onClick={() => monitoring.download(year, quarter)}
          data-testid="execution-monitoring"
        >
          Мониторинг (Excel)
        </Button>
      </Flex>
      {execution.isError && <LoadError error={execution.error} onRetry={() => execution.refetch()} />}
      {data && (
        <div style={{ marginBottom: 12 }} data-testid="execution-totals">
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {data.periodLabel}: отчёты подразделений представить до <b>{formatDate(data.dueDate)}</b>
            {data.seesAll ? '.' : '. Показаны мероприятия, по которым отчитывается ваше подразделение.'}
          </Typography.Paragraph>
          <Flex gap={6} wrap align="center">
            <Tag.CheckableTag
              checked={!status}
              onChange={() => setStatus(undefined)}
              style={{ border: '1px solid #d9d9d9' }}
            >
              Все: {total}
            </Tag.CheckableTag>
            {reportStatusOrder.map((s) => (
              <Tag.CheckableTag
                key={s}
                checked={status === s}
                onChange={(checked) => setStatus(checked ? s : undefined)}
                data-testid={`execution-total-${s}`}
                style={{ border: '1px solid #d9d9d9' }}
              >
                <Badge color={statusDot[s]} /> {reportStatusLabels[s]}: {data.totals[s]}
              </Tag.CheckableTag>
            ))}
          </Flex>
        </div>
      )}
      <Table<MeasureExecution>
        rowKey="measureId"
        size="small"
        loading={execution.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1000 }}
        styles={{ body: { cell: { verticalAlign: 'top' } } }}
        data-testid="execution-table"
        locale={{
          emptyText: data?.measures.length
            ? 'Ничего не найдено. Измените условия отбора.'
            : data?.seesAll
              ? 'За этот период в плане нет мероприятий с ответственными подразделениями.'
              : 'Ваше подразделение не отчитывается по мероприятиям плана за этот период.',
        }}
        onRow={(m) => ({ 'data-number': m.number }) as HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'number', title: '№', dataIndex: 'number', width: 64 },
          {
            key: 'text',
            title: 'Мероприятие',
            render: (_, m) => <LongText text={m.text} rows={2} />,
          },
          {
            key: 'term',
            title: 'Срок',
            width: 160,
            render: (_, m) => <LongText text={m.termText} rows={2} secondary />,
          },
          {
            key: 'units',
            title: 'Подразделения и состояние отчёта',
            width: 440,
            render: (_, m) => (
              <Flex vertical gap={4}>
                {m.units.map((u) => (
                  <Flex
                    key={u.unitId}
                    gap={8}
                    align="center"
                    justify="space-between"
                    role="button"
                    tabIndex={0}
                    className="plan-unit-status"
                    onClick={() => setOpen({ measureId: m.measureId, unitId: u.unitId })}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') setOpen({ measureId: m.measureId, unitId: u.unitId });
                    }}
                    style={{ cursor: 'pointer', padding: '2px 6px', borderRadius: 4, border: '1px solid #f0f0f0' }}
                    data-testid="unit-status"
                    data-status={u.status}
                    data-unit={u.unitName}
                  >
                    <Typography.Link ellipsis style={{ flex: 1, minWidth: 0 }} title={u.unitName}>
                      {u.unitName}
                    </Typography.Link>
                    <Tag color={reportStatusColors[u.status]} style={{ marginInlineEnd: 0 }}>
                      {reportStatusLabels[u.status]}
                    </Tag>
                  </Flex>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      {data && selected && selectedUnit && (
        <ReportDrawer
          key={`${selected.measureId}-${selectedUnit.unitId}-${year}-${quarter}`}
          planId={plan.id}
          execution={data}
          measure={selected}
          unit={selectedUnit}
          canReview={canReview}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
