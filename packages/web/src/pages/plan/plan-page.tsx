import { EditOutlined } from '@ant-design/icons';
import { hasPermission } from '@antikor/core';
import { Button, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useUser } from '../../app/auth-context';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { AnnualReportTab } from './annual-report-tab';
import { ControlDatesTab } from './control-dates-tab';
import { ExecutionTab } from './execution-tab';
import { MeasuresTab } from './measures-tab';
import { PlanFormModal } from './plan-form-modal';
import { reportDueLabel } from './plan-format';
import { usePlan } from './plan-queries';

const tabKeys = ['measures', 'dates', 'execution', 'report'] as const;
type TabKey = (typeof tabKeys)[number];

/** One plan: its measures, control dates, the subdivisions' execution reports and the annual report. */
export function PlanPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const plan = usePlan(id);
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  // Executors come to report; the officer to keep the plan.
  const reviewer = hasPermission(user.roles, 'plan.review') || user.roles.includes('head');
  const tab = tabKeys.find((k) => k === params.get('tab')) ?? (reviewer ? 'measures' : 'execution');
  const setTab = (key: TabKey) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('tab', key);
        return next;
      },
      { replace: true },
    );

  if (plan.isError)
    return (
      <>
        <PageHeader title="План" backTo="/plans" />
        <LoadError error={plan.error} onRetry={() => plan.refetch()} />
      </>
    );
  if (!plan.data)
    return (
      <>
        <PageHeader title="План" backTo="/plans" />
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  const p = plan.data;
  const mayProduceReport = p.canManage || user.roles.includes('head');
  return (
    <>
      <PageHeader
        title={p.title}
        backTo="/plans"
        subtitle={[
          `${p.periodFrom}–${p.periodTo} годы`,
          p.approvedBy && `утверждён: ${p.approvedBy}`,
          `отчёт подразделений ${reportDueLabel(p.reportDue)}`,
        ]
          .filter(Boolean)
          .join(' · ')}
        extra={
          p.canManage && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="plan-edit">
              Реквизиты плана
            </Button>
          )
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as TabKey)}
        destroyOnHidden
        items={[
          {
            key: 'measures',
            label: <span data-testid="plan-tab-measures">Мероприятия</span>,
            children: <MeasuresTab plan={p} />,
          },
          {
            key: 'dates',
            label: <span data-testid="plan-tab-dates">Контрольные даты</span>,
            children: <ControlDatesTab plan={p} />,
          },
          {
            key: 'execution',
            label: <span data-testid="plan-tab-execution">Исполнение</span>,
            children: <ExecutionTab plan={p} />,
          },
          {
            key: 'report',
            label: <span data-testid="plan-tab-report">Отчёт</span>,
            children: <AnnualReportTab plan={p} mayProduceReport={mayProduceReport} />,
          },
        ]}
      />
      <PlanFormModal open={editing} initial={p} onClose={() => setEditing(false)} />
    </>
  );
}
