import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { PlanFormModal } from './plan-form-modal';
import { reportDueLabel } from './plan-format';
import { usePlans } from './plan-queries';
import type { Plan } from './plan-types';

/** Plans the user sees; the anti-corruption officer creates new ones. */
export function PlansPage() {
  const plans = usePlans();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const thisYear = new Date().getFullYear();
  return (
    <>
      <PageHeader
        title="Планы противодействия коррупции"
        subtitle="Мероприятия, контрольные даты, отчёты подразделений об исполнении и годовой отчёт"
        extra={
          plans.data?.canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="plan-add">
              Создать план
            </Button>
          )
        }
      />
      {plans.isError && <LoadError error={plans.error} onRetry={() => plans.refetch()} />}
      <Table<Plan>
        rowKey="id"
        size="small"
        loading={plans.isLoading}
        dataSource={plans.data?.items}
        pagination={false}
        data-testid="plans-table"
        locale={{
          emptyText: plans.data?.canManage
            ? 'Планов пока нет. Создайте план или загрузите его мероприятия из Excel.'
            : 'Нет планов, по которым ваше подразделение представляет отчёты.',
        }}
        onRow={(p) => ({ onClick: () => navigate(`/plans/${p.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            key: 'title',
            title: 'План',
            render: (_, p) => (
              <>
                <Link to={`/plans/${p.id}`} data-testid="plan-link" onClick={(e) => e.stopPropagation()}>
                  {p.title}
                </Link>
                {p.approvedBy && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      Утверждён: {p.approvedBy}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          {
            key: 'period',
            title: 'Период',
            width: 130,
            render: (_, p) => `${p.periodFrom}–${p.periodTo}`,
          },
          {
            key: 'state',
            title: 'Состояние',
            width: 140,
            render: (_, p) =>
              thisYear < p.periodFrom ? (
                <Typography.Text type="secondary">предстоит</Typography.Text>
              ) : thisYear > p.periodTo ? (
                <Typography.Text type="secondary">завершён</Typography.Text>
              ) : (
                <Typography.Text type="success">действует</Typography.Text>
              ),
          },
          { key: 'due', title: 'Отчёт подразделений', width: 200, render: (_, p) => reportDueLabel(p.reportDue) },
        ]}
      />
      <PlanFormModal
        open={creating}
        onClose={(saved) => {
          setCreating(false);
          if (saved) navigate(`/plans/${saved.id}`);
        }}
      />
    </>
  );
}
