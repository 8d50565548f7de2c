import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { AuditRecord } from '@antikor/core';
import { Alert, Button, DatePicker, Input, Select, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, errorMessage } from '../../app/api';
import { datePickerFormat, formatDateTime } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { type AuditFilters, type AuditVerification, useAudit } from './admin-queries';
import { auditTypeLabel, auditTypeOptions } from './audit-type-options';

const typeOptions = auditTypeOptions();

/** The append-only, hash-chained audit log: filters by type and period, and an integrity check. */
export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>({ page: 1, pageSize: 50 });
  const audit = useAudit(filters);
  const [verification, setVerification] = useState<AuditVerification | { error: string } | null>(null);
  const [verifying, setVerifying] = useState(false);
  const update = (patch: Partial<AuditFilters>) => setFilters((f) => ({ ...f, page: 1, ...patch }));

  const verify = async () => {
    setVerifying(true);
    try {
      setVerification(await api.get<AuditVerification>('/audit/verify'));
    } catch (e) {
      setVerification({ error: errorMessage(e) });
    } finally {
      setVerifying(false);
    }
  };

  return (
    <>
      <PageHeader
        title="Журнал аудита"
        subtitle="Действия пользователей и просмотры персональных данных (152-ФЗ)"
        extra={
          <Button icon={<SafetyCertificateOutlined />} onClick={verify} loading={verifying} data-testid="audit-verify">
            Проверить целостность
          </Button>
        }
      />
      {verification && <VerificationAlert result={verification} onClose={() => setVerification(null)} />}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="Все события"
          style={{ width: 320 }}
          value={filters.type}
          onChange={(type) => update({ type })}
          options={typeOptions}
          aria-label="Тип события"
          data-testid="audit-type"
        />
        <DatePicker.RangePicker
          format={datePickerFormat}
          placeholder={['С даты', 'По дату']}
          value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
          onChange={(range) =>
            update({
              // Calendar dates: the server counts «по» inclusive of the whole day.
              from: range?.[0]?.format('YYYY-MM-DD'),
              to: range?.[1]?.format('YYYY-MM-DD'),
            })
          }
          aria-label="Период"
        />
        <Input.Search
          allowClear
          placeholder="Идентификатор объекта"
          style={{ width: 300 }}
          onSearch={(v) => update({ entityId: v.trim() || undefined })}
        />
      </div>
      {audit.isError && <LoadError error={audit.error} onRetry={() => audit.refetch()} />}
      <Table<AuditRecord>
        rowKey="id"
        size="small"
        loading={audit.isFetching}
        dataSource={audit.data?.items}
        scroll={{ x: 1000 }}
        data-testid="audit-table"
        locale={{ emptyText: 'Записей за выбранный период нет' }}
        onChange={(p) => setFilters((f) => ({ ...f, page: p.current ?? 1, pageSize: p.pageSize ?? 50 }))}
        pagination={{
          current: audit.data?.page ?? filters.page,
          pageSize: audit.data?.pageSize ?? filters.pageSize,
          total: audit.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => `Всего записей: ${total}`,
        }}
        expandable={{
          expandedRowRender: (r) => (
            <pre style={{ margin: 0, fontSize: 12, whiteSpace: 'pre-wrap' }}>{JSON.stringify(r.data, null, 2)}</pre>
          ),
          rowExpandable: (r) => Object.keys(r.data ?? {}).length > 0,
        }}
        columns={[
          { title: '№', dataIndex: 'id', width: 70 },
          { title: 'Время', dataIndex: 'at', width: 140, render: formatDateTime },
          { title: 'Событие', dataIndex: 'type', render: (t: string) => auditTypeLabel(t) },
          { title: 'Пользователь', dataIndex: 'actorLogin', width: 130, render: (v: string | null) => v ?? '—' },
          {
            title: 'Объект',
            render: (_, r) =>
              r.entityType ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.entityType} {r.entityId}
                </Typography.Text>
              ) : null,
          },
          { title: 'IP-адрес', dataIndex: 'ip', width: 130 },
        ]}
      />
    </>
  );
}

function VerificationAlert({
  result,
  onClose,
}: {
  result: AuditVerification | { error: string };
  onClose: () => void;
}) {
  const common = {
    showIcon: true,
    closable: { onClose },
    style: { marginBottom: 16 },
    'data-testid': 'audit-verify-result',
  };
  if ('error' in result) return <Alert type="error" title={result.error} {...common} />;
  if (result.ok) {
    return (
      <Alert
        type="success"
        title={`Целостность журнала подтверждена: проверено записей — ${result.checked}`}
        {...common}
      />
    );
  }
  const b = result.firstBroken;
  return (
    <Alert
      type="error"
      title="Нарушена целостность журнала аудита"
      description={
        b
          ? `Первая повреждённая запись № ${b.id} от ${formatDateTime(b.at)}: ${b.reason}`
          : `Проверено записей: ${result.checked}`
      }
      {...common}
    />
  );
}
