import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { type Employee, employeeKindLabels, employeeKinds } from '@antikor/core';
import { Button, Input, Segmented, Select, Table, type TableProps, Tag, TreeSelect, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { withQuery } from '../../app/api';
import { useAuth } from '../../app/auth-context';
import { formatDate } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { fullName } from '../../components/person-name';
import { LoadError } from '../../components/query-state';
import { filterQuery, useEmployeeFilters } from './employee-filters';
import { type EmployeeFilters, useEmployees, useOrganisations, useSubdivisions } from './org-queries';
import { OrgSelect } from './org-select';
import { subdivisionOptionsByOrg } from './subdivision-tree';

/** Short labels for a narrow column; the full label is the cell's tooltip. */
const kindShort: Record<Employee['kind'], string> = {
  municipal_employee: 'Мун. служащий',
  institution_head: 'Рук. учреждения',
  worker: 'Работник',
};

const sortOf = (field: string, sort: EmployeeFilters['sort']) =>
  sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null;

/** The staff register: search, filters, server-side paging and sorting, Excel export. */
export function EmployeesPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const [filters, update] = useEmployeeFilters();
  const employees = useEmployees(filters);
  const subdivisions = useSubdivisions(filters.orgId);
  const orgs = useOrganisations();
  const orgName = useMemo(() => new Map((orgs.data ?? []).map((o) => [o.id, o.shortName || o.name])), [orgs.data]);
  const showOrg = !filters.orgId && (orgs.data?.length ?? 0) > 1;

  const onTableChange: TableProps<Employee>['onChange'] = (pagination, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = s?.order ? String(s.columnKey) : 'name';
    const sort = (s?.order === 'descend' && field !== 'subdivision' ? `-${field}` : field) as EmployeeFilters['sort'];
    const samePaging = pagination.current === filters.page && pagination.pageSize === filters.pageSize;
    update({ sort, page: samePaging ? 1 : pagination.current, pageSize: pagination.pageSize });
  };

  return (
    <>
      <PageHeader
        title="Сотрудники"
        subtitle="Штатный состав: муниципальные служащие, руководители учреждений, работники"
        extra={
          <>
            <Button
              icon={<FileExcelOutlined />}
              href={withQuery('/api/employees/export.xlsx', {
                ...filterQuery(filters),
                page: undefined,
                pageSize: undefined,
              })}
              download
              data-testid="employees-export"
            >
              Выгрузить в Excel
            </Button>
            {can('staff.manage') && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/org/employees/new')}
                data-testid="employee-add"
              >
                Добавить сотрудника
              </Button>
            )}
          </>
        }
      />
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <Input.Search
          placeholder="ФИО, должность или табельный номер"
          defaultValue={filters.q}
          key={filters.q ?? ''}
          allowClear
          onSearch={(q) => update({ q: q.trim() || undefined })}
          style={{ width: 320 }}
          data-testid="employees-search"
        />
        <OrgSelect
          value={filters.orgId}
          onChange={(orgId) => update({ orgId, subdivisionId: undefined })}
          allowAll
          width={260}
        />
        <TreeSelect
          treeData={subdivisionOptionsByOrg(subdivisions.data ?? [], orgs.data ?? [])}
          value={filters.subdivisionId}
          onChange={(v) => update({ subdivisionId: v ?? undefined })}
          allowClear
          treeDefaultExpandAll
          placeholder="Все подразделения"
          style={{ width: 260 }}
          popupMatchSelectWidth={false}
          aria-label="Подразделение"
        />
        <Select
          value={filters.kind}
          onChange={(kind) => update({ kind })}
          allowClear
          placeholder="Любой вид"
          style={{ width: 220 }}
          popupMatchSelectWidth={false}
          options={employeeKinds.map((k) => ({ value: k, label: employeeKindLabels[k] }))}
          aria-label="Вид работника"
        />
        <Select
          value={filters.isDeclarant}
          onChange={(isDeclarant) => update({ isDeclarant })}
          allowClear
          placeholder="Перечень: все"
          style={{ width: 170 }}
          options={[
            { value: 'true', label: 'В перечне' },
            { value: 'false', label: 'Не в перечне' },
          ]}
          aria-label="Должность в перечне"
        />
        <Segmented
          value={filters.status}
          onChange={(status) => update({ status: status as EmployeeFilters['status'] })}
          options={[
            { value: 'active', label: 'Работают' },
            { value: 'dismissed', label: 'Уволены' },
            { value: 'all', label: 'Все' },
          ]}
        />
      </div>
      {employees.isError && <LoadError error={employees.error} onRetry={() => employees.refetch()} />}
      <Table<Employee>
        rowKey="id"
        size="small"
        loading={employees.isFetching}
        dataSource={employees.data?.items}
        onChange={onTableChange}
        onRow={(row) => ({ onClick: () => navigate(`/org/employees/${row.id}`), style: { cursor: 'pointer' } })}
        scroll={{ x: 1070 }}
        data-testid="employees-table"
        locale={{
          emptyText:
            filters.q || filters.subdivisionId || filters.kind || filters.isDeclarant
              ? 'Никого не найдено. Измените условия поиска.'
              : 'Сотрудников пока нет. Добавьте их вручную или загрузите штатный список.',
        }}
        pagination={{
          current: employees.data?.page ?? filters.page,
          pageSize: employees.data?.pageSize ?? filters.pageSize,
          total: employees.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total, [from, to]) => `${from}–${to} из ${total}`,
        }}
        columns={[
          {
            key: 'name',
            title: 'ФИО',
            width: 225,
            ellipsis: true,
            sorter: true,
            sortOrder: sortOf('name', filters.sort),
            render: (_, row) => (
              <Link to={`/org/employees/${row.id}`} onClick={(e) => e.stopPropagation()}>
                {fullName(row.person)}
              </Link>
            ),
          },
          { key: 'personnelNumber', title: 'Таб. №', dataIndex: 'personnelNumber', width: 70 },
          { key: 'position', title: 'Должность', dataIndex: 'positionTitle', ellipsis: true },
          {
            key: 'isDeclarant',
            title: (
              <span title="Должность включена в перечень (обязанность представлять сведения о доходах)">В перечне</span>
            ),
            dataIndex: 'isDeclarant',
            width: 85,
            align: 'center' as const,
            render: (v: boolean) => (v ? <Tag color="blue">да</Tag> : null),
          },
          {
            key: 'subdivision',
            title: 'Подразделение',
            dataIndex: 'subdivisionName',
            ellipsis: true,
            sorter: true,
            sortDirections: ['ascend'],
            sortOrder: sortOf('subdivision', filters.sort),
          },
          ...(showOrg
            ? [
                {
                  key: 'org',
                  title: 'Организация',
                  width: 130,
                  ellipsis: true,
                  render: (_: unknown, row: Employee) => orgName.get(row.orgId),
                },
              ]
            : []),
          {
            key: 'kind',
            title: 'Вид',
            dataIndex: 'kind',
            width: 120,
            render: (k: Employee['kind']) => <span title={employeeKindLabels[k]}>{kindShort[k]}</span>,
          },
          {
            key: 'hiredAt',
            title: 'Принят',
            dataIndex: 'hiredAt',
            width: 95,
            sorter: true,
            sortOrder: sortOf('hiredAt', filters.sort),
            render: formatDate,
          },
          ...(filters.status === 'active'
            ? []
            : [
                {
                  key: 'dismissedAt',
                  title: 'Уволен',
                  dataIndex: 'dismissedAt',
                  width: 95,
                  render: (d: string | null) =>
                    d ? <Typography.Text type="secondary">{formatDate(d)}</Typography.Text> : null,
                },
              ]),
          {
            key: 'relativeCount',
            title: <span title="Родственников и свойственников">Родств.</span>,
            dataIndex: 'relativeCount',
            width: 75,
            align: 'right' as const,
          },
        ]}
      />
    </>
  );
}
