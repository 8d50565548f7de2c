import { type EmployeeKind, employeeKindLabels, type FieldIssue } from '@antikor/core';
import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { formatDate } from '../../components/dates';
import { columnOf, type ImportPreview, type PreviewTableRow } from './staff-import-types';

const actionTag: Record<PreviewTableRow['action'], { color: string; label: string }> = {
  error: { color: 'red', label: 'Ошибка' },
  create: { color: 'green', label: 'Новый' },
  update: { color: 'blue', label: 'Изменение' },
  unchanged: { color: 'default', label: 'Без изменений' },
};

/** Errors of a staff file: file row, template column and what is wrong. */
export function ImportErrorsTable({ errors }: { errors: FieldIssue[] }) {
  return (
    <Card size="small" title={`Ошибки в файле: ${errors.length}`} style={{ marginBottom: 16, borderColor: '#ffa39e' }}>
      <Table<FieldIssue & { key: number }>
        size="small"
        rowKey="key"
        dataSource={errors.map((e, i) => ({ ...e, key: i }))}
        pagination={errors.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        data-testid="import-errors"
        columns={[
          { title: 'Строка', dataIndex: 'row', width: 80, render: (r?: number) => r ?? '—' },
          { title: 'Столбец', dataIndex: 'field', width: 220, render: (f: string) => columnOf(f) },
          { title: 'Ошибка', dataIndex: 'message', render: (m: string) => <span className="cell-has-error">{m}</span> },
        ]}
      />
    </Card>
  );
}

/**
 * Rows of the file that the server could not read come back only as errors; they are put back in
 * file order so the table shows the whole file, with the bad rows in red and their messages.
 */
function tableRows(preview: ImportPreview): PreviewTableRow[] {
  const good = new Set(preview.rows.map((r) => r.row));
  const bad = new Map<number, FieldIssue[]>();
  for (const e of preview.errors) {
    if (e.row === undefined || e.row < 2 || good.has(e.row)) continue;
    bad.set(e.row, [...(bad.get(e.row) ?? []), e]);
  }
  const rows: PreviewTableRow[] = [
    ...preview.rows,
    ...[...bad].map(([row, issues]) => ({ row, action: 'error' as const, issues })),
  ];
  return rows.sort((a, b) => a.row - b.row);
}

/** What the file would change: counts, then every row with its action; rows with errors stand out. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const rows = useMemo(() => tableRows(preview), [preview]);
  const s = preview.summary;
  const cell =
    (pick: (r: Extract<PreviewTableRow, { issues?: undefined }>) => ReactNode) => (_: unknown, r: PreviewTableRow) =>
      r.action === 'error' ? null : pick(r);

  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }} data-testid="import-summary">
        <Col span={5}>
          <Statistic title="Строк в файле" value={s.total} />
        </Col>
        <Col span={5}>
          <Statistic title="Новых" value={s.create} styles={{ content: { color: '#389e0d' } }} />
        </Col>
        <Col span={5}>
          <Statistic title="Изменений" value={s.update} styles={{ content: { color: '#1f4e8c' } }} />
        </Col>
        <Col span={5}>
          <Statistic title="Без изменений" value={s.unchanged} />
        </Col>
        <Col span={4}>
          <Statistic
            title="Ошибок"
            value={s.errors}
            styles={{ content: { color: s.errors ? '#cf1322' : undefined } }}
          />
        </Col>
      </Row>
      {preview.errors.length > 0 && <ImportErrorsTable errors={preview.errors} />}
      <Card size="small" title={`Строки файла «${preview.fileName}»`}>
        <Table<PreviewTableRow>
          size="small"
          rowKey="row"
          dataSource={rows}
          rowClassName={(r) => (r.action === 'error' ? 'row-has-error' : '')}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 1000 }}
          data-testid="import-rows"
          locale={{ emptyText: 'В файле нет строк с данными' }}
          columns={[
            { title: 'Строка', dataIndex: 'row', width: 70 },
            {
              title: 'ФИО',
              render: (_, r) =>
                r.action === 'error' ? (
                  <span className="cell-has-error">
                    {r.issues.map((i) => (
                      <div key={`${i.field}:${i.message}`}>
                        {columnOf(i.field)}: {i.message}
                      </div>
                    ))}
                  </span>
                ) : (
                  [r.lastName, r.firstName, r.middleName].filter(Boolean).join(' ')
                ),
              onCell: (r) => ({ colSpan: r.action === 'error' ? 6 : 1 }),
            },
            { title: 'Дата рождения', width: 120, render: cell((r) => formatDate(r.birthDate)), onCell: hideForError },
            { title: 'Подразделение', render: cell((r) => r.subdivision), onCell: hideForError },
            {
              title: 'Должность',
              render: cell((r) => (
                <>
                  {r.position} {r.isDeclarant && <Tag color="blue">В перечне</Tag>}
                </>
              )),
              onCell: hideForError,
            },
            {
              title: 'Вид',
              width: 170,
              render: cell((r) => employeeKindLabels[r.kind as EmployeeKind] ?? r.kind),
              onCell: hideForError,
            },
            { title: 'Дата приёма', width: 110, render: cell((r) => formatDate(r.hiredAt)), onCell: hideForError },
            {
              title: 'Действие',
              dataIndex: 'action',
              width: 130,
              render: (a: PreviewTableRow['action']) => (
                <Tag color={actionTag[a]?.color}>{actionTag[a]?.label ?? a}</Tag>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

/** The error row's message spans the data columns. */
const hideForError = (r: PreviewTableRow) => ({ colSpan: r.action === 'error' ? 0 : 1 });
