import { FileExcelOutlined, FileWordOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, Select, Table, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useNavigate, useParams } from 'react-router-dom';
import { withQuery } from '../../app/api';
import { useUser } from '../../app/auth-context';
import { datePickerFormat } from '../../components/dates';
import { EmployeePicker } from '../../components/employee-picker';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useSubdivisions } from '../org/org-queries';
import { columnsWidth, entryColumns } from './entry-columns';
import { exportQuery, isFiltered, useEntryFilters } from './journal-filters';
import { useEntries } from './journal-queries';
import type { EntrySort, JournalEntry, JournalInfo } from './journal-types';
import { WithJournal } from './with-journal';

/** Roles that set the journals' terms by the municipal act (the server checks the same). */
export const settingsRoles = ['anticorruption_officer', 'admin'] as const;

const thisYear = new Date().getFullYear();
const yearOptions = Array.from({ length: 6 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }));

/** A statutory journal: search, filters, server-side paging, Excel and Word, registration. */
export function JournalPage() {
  const { code = '' } = useParams();
  return <WithJournal code={code}>{(journal) => <JournalList key={journal.code} journal={journal} />}</WithJournal>;
}

function JournalList({ journal }: { journal: JournalInfo }) {
  const navigate = useNavigate();
  const user = useUser();
  const [filters, update] = useEntryFilters();
  const entries = useEntries(journal.code, filters);
  const isOwnOnly = !journal.readsAll && !journal.canRegister;
  // Filters by department and person for those who see more than their own entries.
  const byPerson = !isOwnOnly && journal.subject !== 'none' && journal.subject !== 'party';
  const subdivisions = useSubdivisions();
  const canSetTerms =
    journal.deadlines.length > 0 && user.roles.some((r) => (settingsRoles as readonly string[]).includes(r));

  const columns = entryColumns(journal, filters.sort);
  const onTableChange: TableProps<JournalEntry>['onChange'] = (pagination, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = s?.order ? String(s.columnKey) : 'number';
    const sort = (s?.order === 'descend' || !s?.order ? (key === 'status' ? 'status' : `-${key}`) : key) as EntrySort;
    const samePaging = pagination.current === filters.page && pagination.pageSize === filters.pageSize;
    update({ sort, page: samePaging ? 1 : pagination.current, pageSize: pagination.pageSize });
  };

  const emptyText = isFiltered(filters)
    ? 'Ничего не найдено. Измените условия поиска.'
    : isOwnOnly
      ? 'Вы ещё не подавали уведомлений в этот журнал.'
      : 'В журнале пока нет записей.';

  return (
    <>
      <PageHeader
        title={journal.title}
        subtitle={journal.legalBasis}
        extra={
          <>
            {canSetTerms && (
              <Button
                icon={<SettingOutlined />}
                onClick={() => navigate(`/journals/${journal.code}/settings`)}
                data-testid="journal-settings"
              >
                Сроки журнала
              </Button>
            )}
            {!isOwnOnly && (
              <>
                <Button
                  icon={<FileExcelOutlined />}
                  href={withQuery(`/api/journals/${journal.code}/export.xlsx`, exportQuery(filters))}
                  download
                  data-testid="journal-export"
                >
                  Выгрузить в Excel
                </Button>
                <Button
                  icon={<FileWordOutlined />}
                  href={withQuery(`/api/journals/${journal.code}/print.docx`, exportQuery(filters))}
                  download
                  data-testid="journal-print"
                >
                  Печать журнала (Word)
                </Button>
              </>
            )}
            {journal.canRegister ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate(`/journals/${journal.code}/new`)}
                data-testid="entry-add"
              >
                Зарегистрировать
              </Button>
            ) : (
              journal.canFileOwn && (
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => navigate(`/journals/${journal.code}/new?own=1`)}
                  data-testid="entry-add"
                >
                  Подать уведомление
                </Button>
              )
            )}
          </>
        }
      />
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <Input.Search
          placeholder="Номер, фамилия, слова из записи"
          defaultValue={filters.q}
          key={filters.q ?? ''}
          allowClear
          onSearch={(q) => update({ q: q.trim() || undefined })}
          style={{ width: 320 }}
          data-testid="journal-search"
        />
        <Select
          value={filters.status}
          onChange={(status) => update({ status })}
          allowClear
          placeholder="Любой статус"
          style={{ width: 240 }}
          popupMatchSelectWidth={false}
          options={journal.statuses.map((s) => ({ value: s.code, label: s.label }))}
          aria-label="Статус"
          data-testid="journal-status-filter"
        />
        <DatePicker.RangePicker
          format={datePickerFormat}
          placeholder={['С даты', 'По дату']}
          value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
          onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
          aria-label="Период"
        />
        <Select
          value={filters.year}
          onChange={(year) => update({ year })}
          allowClear
          placeholder="Любой год"
          style={{ width: 130 }}
          options={yearOptions}
          aria-label="Год регистрации"
        />
        {byPerson && (
          <Select
            value={filters.subdivisionId}
            onChange={(subdivisionId) => update({ subdivisionId })}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Любое подразделение"
            style={{ width: 280 }}
            popupMatchSelectWidth={false}
            options={(subdivisions.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            aria-label="Подразделение"
            data-testid="journal-subdivision-filter"
          />
        )}
        {byPerson && (
          <div style={{ width: 320 }}>
            <EmployeePicker
              includeFormer
              value={filters.employeeId}
              onChange={(employeeId) => update({ employeeId: employeeId ?? undefined })}
            />
          </div>
        )}
      </div>
      {entries.isError && <LoadError error={entries.error} onRetry={() => entries.refetch()} />}
      <Table<JournalEntry>
        rowKey="id"
        size="small"
        loading={entries.isFetching}
        dataSource={entries.data?.items}
        columns={columns}
        onChange={onTableChange}
        onRow={(row) => ({
          onClick: () => navigate(`/journals/${journal.code}/${row.id}`),
          style: { cursor: 'pointer' },
        })}
        scroll={{ x: columnsWidth(columns) }}
        data-testid="entries-table"
        locale={{ emptyText }}
        pagination={{
          current: entries.data?.page ?? filters.page,
          pageSize: entries.data?.pageSize ?? filters.pageSize,
          total: entries.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total, [from, to]) => `${from}–${to} из ${total}`,
        }}
      />
    </>
  );
}
