import { PlusOutlined } from '@ant-design/icons';
import { type Position, positionGroupLabels } from '@antikor/core';
import { App, Button, Table, Tag, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../app/auth-context';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { usePositions, useSubdivisions } from './org-queries';
import { OrgSelect, useOrgParam } from './org-select';
import { PositionFormModal } from './position-form-modal';
import { subdivisionOptions } from './subdivision-tree';

type Editing = { open: false } | { open: true; initial?: Position };

/** Positions of the staff list; the «В перечне» tag marks positions whose holders file declarations. */
export function PositionsPage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [orgId, setOrgId] = useOrgParam();
  const [params, setParams] = useSearchParams();
  const subdivisionId = params.get('subdivisionId') ?? undefined;
  const subdivisions = useSubdivisions(orgId);
  const positions = usePositions(orgId, subdivisionId);
  const [editing, setEditing] = useState<Editing>({ open: false });
  const canManage = can('org.manage');
  const subdivisionName = useMemo(
    () => new Map((subdivisions.data ?? []).map((s) => [s.id, s.shortName || s.name])),
    [subdivisions.data],
  );

  const setSubdivision = (id: string | undefined) =>
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        if (id) copy.set('subdivisionId', id);
        else copy.delete('subdivisionId');
        return copy;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title="Должности"
        subtitle="Штатные должности и перечень должностей с обязанностью представлять сведения о доходах"
        extra={
          <>
            <OrgSelect value={orgId} onChange={setOrgId} />
            <TreeSelect
              treeData={subdivisionOptions(subdivisions.data ?? [])}
              value={subdivisionId}
              onChange={(v) => setSubdivision(v ?? undefined)}
              allowClear
              treeDefaultExpandAll
              placeholder="Все подразделения"
              style={{ width: 280 }}
              popupMatchSelectWidth={false}
              aria-label="Подразделение"
            />
            {canManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing({ open: true })}
                data-testid="position-add"
              >
                Добавить должность
              </Button>
            )}
          </>
        }
      />
      {positions.isError && <LoadError error={positions.error} onRetry={() => positions.refetch()} />}
      <Table<Position>
        rowKey="id"
        size="small"
        loading={positions.isPending}
        dataSource={positions.data}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: subdivisionId ? 'В подразделении нет должностей' : 'Должностей пока нет' }}
        data-testid="positions-table"
        columns={[
          {
            title: 'Должность',
            dataIndex: 'title',
            sorter: (a, b) => a.title.localeCompare(b.title, 'ru'),
            render: (title: string, row) =>
              canManage ? (
                <Typography.Link onClick={() => setEditing({ open: true, initial: row })}>{title}</Typography.Link>
              ) : (
                title
              ),
          },
          {
            title: 'Подразделение',
            dataIndex: 'subdivisionId',
            render: (id: string | null) => (id ? subdivisionName.get(id) : '—'),
          },
          {
            title: 'Группа',
            dataIndex: 'group',
            width: 150,
            ellipsis: true,
            render: (g: Position['group']) => positionGroupLabels[g],
          },
          {
            title: 'Перечень',
            dataIndex: 'isDeclarant',
            width: 120,
            filters: [
              { text: 'В перечне', value: true },
              { text: 'Не в перечне', value: false },
            ],
            onFilter: (value, row) => row.isDeclarant === value,
            render: (isDeclarant: boolean) => (isDeclarant ? <Tag color="blue">В перечне</Tag> : null),
          },
          {
            title: 'Статус',
            dataIndex: 'isActive',
            width: 110,
            render: (active: boolean) => (active ? <Tag color="green">Действует</Tag> : <Tag>Упразднена</Tag>),
          },
        ]}
      />
      <PositionFormModal
        open={editing.open}
        initial={editing.open ? editing.initial : undefined}
        orgId={orgId}
        subdivisions={subdivisions.data ?? []}
        defaultSubdivisionId={subdivisionId}
        onClose={(saved) => {
          if (saved) message.success(editing.open && editing.initial ? 'Изменения сохранены' : 'Должность добавлена');
          setEditing({ open: false });
        }}
      />
    </>
  );
}
