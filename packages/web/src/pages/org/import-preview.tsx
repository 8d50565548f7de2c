import { type EmployeeKind, employeeKindLabels, type FieldIssue } from '@antikor/core';
import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { formatDate } from '../../components/dates';
import { columnOf, type ImportPreview, type ImportRow } from './staff-import-types';

const actionTag: Record<ImportRow['action'], { color: string; label: string }> = {
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

/** What the file would change: counts, then every row with its action; rows with errors stand out. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const errorCells = useMemo(() => {
    const cells = new Set<string>();
    for (const e of preview.errors) cells.add(`${e.row}:${columnOf(e.field)}`);
    return cells;
  }, [preview.errors]);
  const errorRows = useMemo(() => new Set(preview.errors.map((e) => e.row)), [preview.errors]);
  const mark = (row: number, column: string, text: ReactNode) =>
    errorCells.has(`${row}:${column}`) ? <span className="cell-has-error">{text || '(пусто)'}</span> : text;
  const s = preview.summary;

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
          <Statistic title="Ошибок" value={s.errors} styles={{ content: { color: s.errors ? '#cf1322' : undefined } }} />
        </Col>
      </Row>
      {preview.errors.length > 0 && <ImportErrorsTable errors={preview.errors} />}
      <Card size="small" title={`Строки файла «${preview.fileName}»`}>
        <Table<ImportRow>
          size="small"
          rowKey="row"
          dataSource={preview.rows}
          rowClassName={(r) => (errorRows.has(r.row) ? 'row-has-error' : '')}
          pagination={preview.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 1000 }}
          data-testid="import-rows"
          locale={{ emptyText: 'В файле нет строк с данными' }}
          columns={[
            { title: 'Строка', dataIndex: 'row', width: 70 },
            { title: 'Фамилия', dataIndex: 'lastName', render: (v, r) => mark(r.row, 'Фамилия', v) },
            { title: 'Имя', dataIndex: 'firstName', render: (v, r) => mark(r.row, 'Имя', v) },
            { title: 'Отчество', dataIndex: 'middleName', render: (v, r) => mark(r.row, 'Отчество', v) },
            {
              title: 'Дата рождения',
              dataIndex: 'birthDate',
              width: 120,
              render: (v: string | null, r) => mark(r.row, 'Дата рождения', formatDate(v)),
            },
            { title: 'Подразделение', dataIndex: 'subdivision', render: (v, r) => mark(r.row, 'Подразделение', v) },
            { title: 'Должность', dataIndex: 'position', render: (v, r) => mark(r.row, 'Должность', v) },
            {
              title: 'Перечень',
              dataIndex: 'isDeclarant',
              width: 90,
              render: (v: boolean) => (v ? <Tag color="blue">да</Tag> : 'нет'),
            },
            {
              title: 'Вид',
              dataIndex: 'kind',
              render: (v: string, r) => mark(r.row, 'Вид работника', employeeKindLabels[v as EmployeeKind] ?? v),
            },
            {
              title: 'Дата приёма',
              dataIndex: 'hiredAt',
              width: 110,
              render: (v: string, r) => mark(r.row, 'Дата приёма', formatDate(v)),
            },
            {
              title: 'Действие',
              dataIndex: 'action',
              width: 130,
              render: (a: ImportRow['action']) => <Tag color={actionTag[a]?.color}>{actionTag[a]?.label ?? a}</Tag>,
            },
          ]}
        />
      </Card>
    </>
  );
}
