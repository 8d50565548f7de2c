import { InboxOutlined } from '@ant-design/icons';
import type { FieldIssue } from '@antikor/core';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Input, Table, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, api, errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth-context';
import { formatDate, formatDateTime } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { ImportErrorsTable } from '../org/import-preview';
import { useRegister } from './affiliation-queries';
import type { RegisterItem } from './affiliation-types';

/** The organisation's copy of the register of persons dismissed due to loss of trust (273-ФЗ ст. 15; ПП РФ № 228). */
export function LossOfTrustPage() {
  const { can } = useAuth();
  const qc = useQueryClient();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const [outcome, setOutcome] = useState<
    { ok: true; text: string } | { ok: false; text: string; details: FieldIssue[] } | null
  >(null);
  const list = useRegister({ q, ...page });
  const upload = async (file: File) => {
    try {
      const r = await api.upload<{ created: number; unchanged: number; removed: number; total: number }>(
        '/affiliation/loss-of-trust/import',
        file,
      );
      setOutcome({
        ok: true,
        text: `Реестр обновлён из «${file.name}»: записей ${r.total}, новых ${r.created}, исключено ${r.removed}.`,
      });
      await qc.invalidateQueries({ queryKey: ['affiliation', 'register'] });
    } catch (e) {
      setOutcome({ ok: false, text: errorMessage(e), details: e instanceof ApiError ? e.details : [] });
    }
  };
  return (
    <>
      <PageHeader
        title="Реестр уволенных в связи с утратой доверия"
        subtitle="Копия опубликованного реестра (273-ФЗ ст. 15, постановление Правительства РФ от 05.03.2018 № 228) для проверки кандидатов"
      />
      {can('affiliation.manage') && (
        <Card size="small" title="Загрузка таблицы реестра" style={{ marginBottom: 16 }}>
          <Upload.Dragger
            accept=".csv,.xlsx"
            multiple={false}
            showUploadList={false}
            beforeUpload={(f) => {
              void upload(f);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">Файл Excel или CSV с таблицей реестра</p>
            <p className="ant-upload-hint">
              Столбцы узнаются по заголовкам: ФИО, наименование органа (организации), должность, положение нормативного
              акта, дата и номер акта об увольнении, дата включения. Новая таблица заменяет прежнюю копию.
            </p>
          </Upload.Dragger>
          {outcome && (
            <Alert
              type={outcome.ok ? 'success' : 'error'}
              showIcon
              title={outcome.text}
              description={outcome.ok ? undefined : 'Реестр не изменён.'}
              style={{ marginTop: 12 }}
            />
          )}
          {outcome && !outcome.ok && outcome.details.length > 0 && (
            <div style={{ marginTop: 12 }}>
              <ImportErrorsTable errors={outcome.details} />
            </div>
          )}
        </Card>
      )}
      <Input.Search
        placeholder="ФИО или орган (организация)"
        allowClear
        onSearch={(v) => {
          setQ(v.trim() || undefined);
          setPage((p) => ({ ...p, page: 1 }));
        }}
        style={{ width: 320, marginBottom: 12 }}
      />
      {list.data?.lastImport && (
        <span style={{ color: '#888', marginLeft: 12 }}>
          Загружено: «{list.data.lastImport.fileName}», {formatDateTime(list.data.lastImport.importedAt)}
        </span>
      )}
      {list.isError && <LoadError error={list.error} onRetry={() => list.refetch()} />}
      <Table<RegisterItem>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items}
        locale={{ emptyText: q ? 'Ничего не найдено.' : 'Копия реестра не загружена.' }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (t, [a, b]) => `${a}–${b} из ${t}`,
        }}
        onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 50 })}
        columns={[
          { title: 'ФИО', render: (_, r) => [r.lastName, r.firstName, r.middleName].filter(Boolean).join(' ') },
          {
            title: 'Орган (организация), должность',
            render: (_, r) => [r.organisation, r.position].filter(Boolean).join(', '),
          },
          { title: 'Нарушенное положение', dataIndex: 'violation', ellipsis: true },
          {
            title: 'Акт об увольнении',
            width: 160,
            render: (_, r) => `${formatDate(r.actDate)}${r.actNumber ? ` № ${r.actNumber}` : ''}`,
          },
          { title: 'Включён', width: 110, render: (_, r) => formatDate(r.includedOn) },
        ]}
      />
    </>
  );
}
