import { Flex, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useUser } from '../../app/auth-context';
import { formatDate } from '../../components/dates';
import { LoadError } from '../../components/query-state';
import { LongText } from './long-text';
import { controlDateColors, controlDateLabels, defaultPlanYear, planYears } from './plan-format';
import { useControlDates } from './plan-queries';
import type { ControlDate, ControlDateState, PlanDetail } from './plan-types';
import { planUnits, seesAllUnits } from './plan-units';

const stateHelp: Record<ControlDateState, string> = {
  overdue: 'Дата прошла, а отчёт подразделения за год не представлен',
  upcoming: 'Дата наступит в ближайшие 30 дней',
  done: 'Отчёт подразделения за год представлен или принят',
  planned: 'Дата впереди',
};

/** «Контрольные даты»: the dates of the year computed from the measures' term rules, per responsible unit. */
export function ControlDatesTab({ plan }: { plan: PlanDetail }) {
  const user = useUser();
  const [year, setYear] = useState(() => defaultPlanYear(plan));
  const [unitId, setUnitId] = useState<string | undefined>();
  const [state, setState] = useState<ControlDateState | undefined>();
  const dates = useControlDates(plan.id, year, unitId);
  const items = (dates.data?.items ?? []).filter((d) => !state || d.state === state);
  const counts: Partial<Record<ControlDateState, number>> = {};
  for (const d of dates.data?.items ?? []) counts[d.state] = (counts[d.state] ?? 0) + 1;
  const withoutRule = plan.sections.reduce((n, s) => n + s.measures.filter((m) => !m.termRule).length, 0);

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Select
          value={year}
          onChange={setYear}
          options={planYears(plan).map((y) => ({ value: y, label: `${y} год` }))}
          style={{ width: 120 }}
          aria-label="Год"
          data-testid="dates-year"
        />
        {seesAllUnits(user, plan) && (
          <Select
            value={unitId}
            onChange={setUnitId}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Все подразделения"
            options={planUnits(plan).map((u) => ({ value: u.id, label: u.name }))}
            style={{ width: 340 }}
            popupMatchSelectWidth={false}
            aria-label="Подразделение"
            data-testid="dates-unit"
          />
        )}
        <Select
          value={state}
          onChange={setState}
          allowClear
          placeholder="Любое состояние"
          options={(Object.keys(controlDateLabels) as ControlDateState[]).map((s) => ({
            value: s,
            label: `${controlDateLabels[s]}${counts[s] ? ` (${counts[s]})` : ''}`,
          }))}
          style={{ width: 200 }}
          aria-label="Состояние"
        />
        {dates.data && (
          <Typography.Text type="secondary">
            На {formatDate(dates.data.today)}: просрочено {counts.overdue ?? 0}, скоро {counts.upcoming ?? 0}, выполнено{' '}
            {counts.done ?? 0}
          </Typography.Text>
        )}
      </Flex>
      {dates.isError && <LoadError error={dates.error} onRetry={() => dates.refetch()} />}
      <Table<ControlDate>
        rowKey={(d) => `${d.measureId}-${d.unitId}-${d.date}-${d.label}`}
        size="small"
        loading={dates.isFetching}
        dataSource={items}
        data-testid="control-dates-table"
        scroll={{ x: 960 }}
        styles={{ body: { cell: { verticalAlign: 'top' } } }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (t) => `Всего: ${t}` }}
        locale={{
          emptyText: `Контрольных дат в ${year} году нет.${
            withoutRule
              ? ' Мероприятия со сроком «постоянно», «по мере поступления» и с нераспознанным сроком дат не имеют.'
              : ''
          }`,
        }}
        columns={[
          {
            key: 'date',
            title: 'Дата',
            width: 120,
            render: (_, d) => (
              <Tooltip title={d.explanation}>
                <span style={{ cursor: 'help' }}>{formatDate(d.date)}</span>
              </Tooltip>
            ),
          },
          {
            key: 'state',
            title: 'Состояние',
            width: 140,
            render: (_, d) => (
              <Tooltip
                title={
                  <>
                    <div>{stateHelp[d.state]}.</div>
                    <div>{d.explanation}</div>
                  </>
                }
              >
                <Tag color={controlDateColors[d.state]} style={{ cursor: 'help' }} data-testid="control-date-state">
                  {controlDateLabels[d.state]}
                </Tag>
              </Tooltip>
            ),
          },
          { key: 'label', title: 'За период', dataIndex: 'label', width: 150 },
          { key: 'number', title: '№', dataIndex: 'number', width: 64 },
          {
            key: 'measure',
            title: 'Мероприятие',
            render: (_, d) => <LongText text={d.text} rows={2} />,
          },
          { key: 'unit', title: 'Подразделение', dataIndex: 'unitName', width: 260 },
        ]}
      />
    </>
  );
}
