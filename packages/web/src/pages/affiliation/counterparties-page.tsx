import { CloudUploadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { FieldIssue } from '@antikor/core';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Input, Segmented, Spin, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, api, errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth-context';
import { formatDate, formatDateTime } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { ImportErrorsTable } from '../org/import-preview';
import { useCounterparties } from './affiliation-queries';
import type { CounterpartyImportResult, CounterpartyItem, CounterpartyPreview } from './affiliation-types';

type State =
  | { step: 'idle' }
  | { step: 'busy'; file: File; preview?: CounterpartyPreview }
  | { step: 'previewed'; file: File; preview: CounterpartyPreview }
  | { step: 'done'; fileName: string; result: CounterpartyImportResult }
  | { step: 'failed'; message: string; details: FieldIssue[] };

const actionTag = {
  create: <Tag color="green">новая</Tag>,
  update: <Tag color="blue">изменится</Tag>,
  unchanged: <Tag>без изменений</Tag>,
};

/** Counterparties: import of registry extracts (CSV or Excel) with a preview, and the list of persons and contacts. */
export function CounterpartiesPage() {
  const { can } = useAuth();
  const qc = useQueryClient();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [q, setQ] = useState<string | undefined>();
  const [source, setSource] = useState<string>('all');
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const list = useCounterparties({ q, source: source === 'all' ? undefined : source, ...page });

  const preview = async (file: File) => {
    setState({ step: 'busy', file });
    try {
      setState({
        step: 'previewed',
        file,
        preview: await api.upload<CounterpartyPreview>('/affiliation/counterparties/preview', file),
      });
    } catch (e) {
      setState({ step: 'failed', message: errorMessage(e), details: e instanceof ApiError ? e.details : [] });
    }
  };
  const commit = async (file: File, shown: CounterpartyPreview) => {
    setState({ step: 'busy', file, preview: shown });
    try {
      const result = await api.upload<CounterpartyImportResult>('/affiliation/counterparties/commit', file);
      await qc.invalidateQueries({ queryKey: ['affiliation'] });
      setState({ step: 'done', fileName: file.name, result });
    } catch (e) {
      setState({ step: 'failed', message: errorMessage(e), details: e instanceof ApiError ? e.details : [] });
    }
  };
  const shown = 'preview' in state ? state.preview : undefined;

  return (
    <>
      <PageHeader
        title="Контрагенты"
        subtitle="Организации и их руководители, учредители, предприниматели и контактные лица — для сопоставления с профилями сотрудников"
        extra={
          can('affiliation.manage') && (
            <>
              <Button icon={<DownloadOutlined />} href="/api/affiliation/counterparties/template.xlsx" download>
                Шаблон Excel
              </Button>
              <Button icon={<DownloadOutlined />} href="/api/affiliation/counterparties/template.csv" download>
                Шаблон CSV
              </Button>
            </>
          )
        }
      />
      {can('affiliation.manage') && (
        <Card size="small" title="Загрузка списка контрагентов" style={{ marginBottom: 16 }}>
          <Upload.Dragger
            accept=".csv,.xlsx"
            multiple={false}
            showUploadList={false}
            disabled={state.step === 'busy'}
            beforeUpload={(f) => {
              void preview(f);
              return false;
            }}
            data-testid="counterparty-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">Перетащите файл CSV (UTF-8) или Excel сюда или нажмите, чтобы выбрать</p>
            <p className="ant-upload-hint">
              Столбцы: id, ИНН и наименование организации, роль, ФИО, дата рождения, ИНН лица, телефоны, e-mail, адреса.
              Повторная загрузка того же файла ничего не меняет.
            </p>
          </Upload.Dragger>
          <div style={{ marginTop: 12 }}>
            {state.step === 'busy' && <Spin description="Обрабатываем файл…" />}
            {state.step === 'failed' && (
              <>
                <Alert
                  type="error"
                  showIcon
                  title={state.message}
                  description="Данные не изменены."
                  style={{ marginBottom: 12 }}
                  data-testid="counterparty-failed"
                />
                {state.details.length > 0 && <ImportErrorsTable errors={state.details} />}
              </>
            )}
            {state.step === 'done' && (
              <Alert
                type="success"
                showIcon
                data-testid="counterparty-result"
                title={`Файл «${state.fileName}» загружен`}
                description={
                  <>
                    Новых строк: {state.result.created}, изменено: {state.result.updated}, без изменений:{' '}
                    {state.result.unchanged}.{' '}
                    {state.result.run ? (
                      <>
                        Проверка № {state.result.run.number}: связей {state.result.run.linkCount}, новых{' '}
                        {state.result.run.newCount}. <Link to="/affiliation">Открыть очередь связей</Link>
                      </>
                    ) : (
                      'Данные не изменились — новая проверка не нужна.'
                    )}
                  </>
                }
              />
            )}
            {state.step === 'previewed' && shown && (
              <>
                {shown.errors.length > 0 ? (
                  <ImportErrorsTable errors={shown.errors} />
                ) : (
                  <Alert
                    type="info"
                    showIcon
                    style={{ marginBottom: 12 }}
                    title={`Строк: ${shown.rows.length} (организаций ${shown.summary.companies}): новых ${shown.summary.create}, изменится ${shown.summary.update}, без изменений ${shown.summary.unchanged}`}
                    description={
                      shown.warnings.length
                        ? `Предупреждения: ${shown.warnings.map((w) => `строка ${w.row}, ${w.field}: ${w.message}`).join('; ')}`
                        : undefined
                    }
                  />
                )}
                <Flex gap={8} style={{ marginBottom: 12 }}>
                  <Button
                    type="primary"
                    icon={<CloudUploadOutlined />}
                    disabled={shown.errors.length > 0}
                    onClick={() => commit(state.file, shown)}
                    data-testid="counterparty-commit"
                  >
                    Загрузить и проверить
                  </Button>
                  <Button onClick={() => setState({ step: 'idle' })}>Отменить</Button>
                </Flex>
                {shown.rows.length > 0 && (
                  <Table
                    size="small"
                    rowKey="row"
                    dataSource={shown.rows}
                    pagination={{ pageSize: 10, showSizeChanger: false }}
                    columns={[
                      { title: 'Строка', dataIndex: 'row', width: 70 },
                      { title: 'id', dataIndex: 'externalId', width: 100 },
                      { title: 'Организация', render: (_, r) => r.companyName ?? r.companyInn },
                      { title: 'Лицо', render: (_, r) => [r.lastName, r.firstName].filter(Boolean).join(' ') || '—' },
                      { title: 'Действие', width: 130, render: (_, r) => actionTag[r.action] },
                    ]}
                  />
                )}
              </>
            )}
          </div>
        </Card>
      )}
      <Flex gap={8} wrap style={{ marginBottom: 12 }} align="center">
        <Input.Search
          placeholder="Организация, ИНН или ФИО"
          allowClear
          onSearch={(v) => {
            setQ(v.trim() || undefined);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          style={{ width: 320 }}
        />
        <Segmented
          value={source}
          onChange={(v) => {
            setSource(String(v));
            setPage((p) => ({ ...p, page: 1 }));
          }}
          options={[
            { value: 'all', label: 'Все' },
            { value: 'import', label: 'Загруженные' },
            { value: 'institution', label: 'Руководители учреждений' },
            { value: 'procurement', label: 'Поставщики из реестра закупок' },
          ]}
        />
        {list.data?.lastImport && (
          <span style={{ color: '#888' }}>
            Последняя загрузка: «{list.data.lastImport.fileName}», {formatDateTime(list.data.lastImport.importedAt)}
          </span>
        )}
      </Flex>
      {list.isError && <LoadError error={list.error} onRetry={() => list.refetch()} />}
      <Table<CounterpartyItem>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items}
        data-testid="counterparties-table"
        locale={{
          emptyText: q
            ? 'Ничего не найдено.'
            : 'Контрагентов пока нет. Загрузите файл со сведениями из ЕГРЮЛ/ЕГРИП или участников закупок.',
        }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total, [from, to]) => `${from}–${to} из ${total}`,
        }}
        onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 50 })}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: 'Организация',
            render: (_, r) => (
              <>
                {r.companyName ?? '—'}
                <div style={{ color: '#888', fontSize: 12 }}>{r.companyInn && `ИНН ${r.companyInn}`}</div>
              </>
            ),
          },
          { title: 'Роль', dataIndex: 'roleLabel', width: 150 },
          {
            title: 'Лицо',
            render: (_, r) => (
              <>
                {r.personName ?? '—'}
                <div style={{ color: '#888', fontSize: 12 }}>
                  {[formatDate(r.birthDate), r.inn && `ИНН ${r.inn}`].filter(Boolean).join(', ')}
                </div>
              </>
            ),
          },
          { title: 'Контакты', render: (_, r) => [...r.phones, ...r.emails].join(', ') || '—', ellipsis: true },
          { title: 'Адрес', render: (_, r) => r.addresses.join('; ') || '—', ellipsis: true },
          {
            title: 'Связи',
            dataIndex: 'linkCount',
            width: 70,
            render: (n: number) => (n ? <Tag color="orange">{n}</Tag> : ''),
          },
        ]}
      />
    </>
  );
}
