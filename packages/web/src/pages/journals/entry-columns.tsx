import { type FieldDef, formatFieldValue } from '@antikor/core';
import type { TableColumnType } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../../components/dates';
import { nearestDeadline } from './deadline-state';
import { DeadlineTag } from './deadline-tag';
import type { EntrySort, JournalEntry, JournalInfo } from './journal-types';
import { StatusTag } from './status-tag';

type Column = TableColumnType<JournalEntry>;

const widthByType: Record<FieldDef['type'], number> = {
  text: 210,
  textarea: 240,
  date: 110,
  datetime: 140,
  integer: 100,
  money: 130,
  boolean: 90,
  select: 170,
  inn: 130,
};

/** Long field labels wrap in the header instead of being cut («Стоимость по…» twice would be ambiguous). */
const wrapHeader = () => ({ style: { whiteSpace: 'normal' as const } });

/** Wide enough for the label's longest word (≈8.5 px a letter in the bold header), so it wraps between words. */
function headerWidth(label: string): number {
  const longest = Math.max(...label.split(/\s+/).map((w) => w.length));
  return Math.min(240, Math.round(longest * 8.5 + 24));
}

function fieldColumn(f: FieldDef): Column {
  const isNumber = f.type === 'integer' || f.type === 'money';
  return {
    key: `data.${f.key}`,
    title: f.label,
    width: Math.max(widthByType[f.type], headerWidth(f.label)),
    ellipsis: true,
    onHeaderCell: wrapHeader,
    align: isNumber ? 'right' : undefined,
    render: (_, row) => formatFieldValue(f, row.data[f.key]),
  };
}

const sortOrder = (field: string, sort: EntrySort | undefined) => {
  if (field === 'number') return sort === 'number' ? 'ascend' : sort === '-number' || !sort ? 'descend' : null;
  return sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null;
};

/**
 * The columns of a journal list: №, date, the person or party concerned, every field marked `inList`,
 * status, and the nearest deadline. Column keys that sort are the API's `sort` values.
 */
export function entryColumns(journal: JournalInfo, sort: EntrySort | undefined): Column[] {
  const columns: Column[] = [
    {
      key: 'number',
      title: '№',
      width: 90,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrder('number', sort),
      render: (_, row) => (
        <Link to={`/journals/${journal.code}/${row.id}`} onClick={(e) => e.stopPropagation()} data-testid="entry-link">
          {row.regNumber}
        </Link>
      ),
    },
    {
      key: 'registeredOn',
      title: 'Дата рег.',
      dataIndex: 'registeredOn',
      width: 105,
      sorter: true,
      sortOrder: sortOrder('registeredOn', sort),
      render: formatDate,
    },
  ];
  if (journal.subject !== 'none') {
    columns.push({
      key: 'subject',
      title: journal.subjectLabel,
      dataIndex: 'subjectName',
      ellipsis: true,
      width: 230,
      onHeaderCell: wrapHeader,
    });
  }
  columns.push(...journal.fields.filter((f) => f.inList).map(fieldColumn));
  columns.push({
    key: 'status',
    title: 'Статус',
    width: 170,
    fixed: 'right',
    sorter: true,
    sortDirections: ['ascend'],
    sortOrder: sortOrder('status', sort),
    render: (_, row) => <StatusTag journal={journal} status={row.status} label={row.statusLabel} />,
  });
  if (journal.deadlines.length) {
    columns.push({
      key: 'deadline',
      title: 'Срок',
      width: 140,
      fixed: 'right',
      render: (_, row) => {
        const d = nearestDeadline(row.deadlines);
        return d ? <DeadlineTag d={d} /> : null;
      },
    });
  }
  return columns;
}

/** The width the columns need: the table scrolls sideways beyond it rather than squeezing text columns to nothing. */
export function columnsWidth(columns: Column[]): number {
  return columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 200), 0);
}
