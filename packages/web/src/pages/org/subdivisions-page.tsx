import { PlusOutlined } from '@ant-design/icons';
import type { Subdivision } from '@antikor/core';
import { App, Button, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth-context';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useSubdivisions } from './org-queries';
import { OrgSelect, useOrgParam } from './org-select';
import { SubdivisionFormModal } from './subdivision-form-modal';
import { nestSubdivisions, type SubdivisionRow } from './subdivision-tree';

type Editing = { open: false } | { open: true; initial?: Subdivision };

/** Structural subdivisions as a tree table, with employee counts. */
export function SubdivisionsPage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [orgId, setOrgId] = useOrgParam();
  const subdivisions = useSubdivisions(orgId);
  const rows = useMemo(() => nestSubdivisions(subdivisions.data ?? []), [subdivisions.data]);
  const [editing, setEditing] = useState<Editing>({ open: false });
  const canManage = can('org.manage');

  return (
    <>
      <PageHeader
        title="Подразделения"
        subtitle="Структурные подразделения организации"
        extra={
          <>
            <OrgSelect value={orgId} onChange={setOrgId} />
            {canManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing({ open: true })}
                data-testid="subdivision-add"
              >
                Добавить подразделение
              </Button>
            )}
          </>
        }
      />
      {subdivisions.isError && <LoadError error={subdivisions.error} onRetry={() => subdivisions.refetch()} />}
      <Table<SubdivisionRow>
        // Remounted when the data arrives: expand-all applies only to the rows present at mount.
        key={subdivisions.dataUpdatedAt}
        rowKey="id"
        size="small"
        loading={subdivisions.isPending}
        dataSource={rows}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        locale={{ emptyText: 'Подразделений пока нет' }}
        data-testid="subdivisions-table"
        columns={[
          {
            title: 'Наименование',
            dataIndex: 'name',
            render: (name: string, row) =>
              canManage ? (
                <Typography.Link onClick={() => setEditing({ open: true, initial: row })}>{name}</Typography.Link>
              ) : (
                name
              ),
          },
          { title: 'Краткое наименование', dataIndex: 'shortName', width: 220 },
          {
            title: 'Сотрудников',
            dataIndex: 'employeeCount',
            width: 120,
            align: 'right',
            render: (count: number | undefined, row) =>
              can('staff.read') && count ? (
                <Link to={`/org/employees?subdivisionId=${row.id}${orgId ? `&orgId=${orgId}` : ''}`}>{count}</Link>
              ) : (
                (count ?? 0)
              ),
          },
          {
            title: 'Статус',
            dataIndex: 'isActive',
            width: 120,
            render: (active: boolean) => (active ? <Tag color="green">Действует</Tag> : <Tag>Упразднено</Tag>),
          },
        ]}
      />
      <SubdivisionFormModal
        open={editing.open}
        initial={editing.open ? editing.initial : undefined}
        orgId={orgId}
        subdivisions={subdivisions.data ?? []}
        onClose={(saved) => {
          if (saved)
            message.success(editing.open && editing.initial ? 'Изменения сохранены' : 'Подразделение добавлено');
          setEditing({ open: false });
        }}
      />
    </>
  );
}
