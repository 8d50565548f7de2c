import { type AuditRecord, auditTypeLabels } from '@antikor/core';
import { Card, Flex, Skeleton, Switch, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../components/dates';
import { LoadError } from '../../components/query-state';
import { useEntryHistory } from './journal-queries';
import type { JournalInfo } from './journal-types';

const isRead = (r: AuditRecord) => r.type.endsWith('_read') || r.type.endsWith('.read');

/** What an audit record says about the entry, in the journal's own words (status labels, field labels). */
function describe(journal: JournalInfo, r: AuditRecord): string {
  const d = r.data as Record<string, unknown>;
  const status = (code: unknown) => journal.statuses.find((s) => s.code === code)?.label ?? String(code);
  switch (r.type) {
    case 'journal.registered':
      return [`№ ${d.regNumber}`, d.selfService ? 'подано самим служащим' : null].filter(Boolean).join(', ');
    case 'journal.transitioned': {
      const action = journal.transitions.find((t) => t.action === d.action)?.label;
      return [action, `«${status(d.from)}» → «${status(d.to)}»`, d.comment ? `Комментарий: ${d.comment}` : null]
        .filter(Boolean)
        .join('. ');
    }
    case 'journal.updated': {
      const keys = Array.isArray(d.fields) ? (d.fields as string[]) : [];
      return keys.length
        ? `Поля: ${keys.map((k) => journal.fields.find((f) => f.key === k)?.label ?? k).join('; ')}`
        : '';
    }
    case 'journal.attachment_added':
    case 'journal.attachment_read':
      return typeof d.fileName === 'string' ? d.fileName : '';
    default:
      return '';
  }
}

/** The entry's history from the append-only audit log; reads of the entry are hidden unless asked for. */
export function EntryHistory({ journal, entryId }: { journal: JournalInfo; entryId: string }) {
  const history = useEntryHistory(entryId, true);
  const [withReads, setWithReads] = useState(false);
  const records = (history.data?.items ?? []).filter((r) => withReads || !isRead(r));
  return (
    <Card
      size="small"
      title="История"
      style={{ marginBottom: 16 }}
      data-testid="entry-history"
      extra={
        <Flex gap={6} align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            просмотры
          </Typography.Text>
          <Switch size="small" checked={withReads} onChange={setWithReads} aria-label="Показывать просмотры" />
        </Flex>
      }
    >
      {history.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {history.isError && <LoadError error={history.error} onRetry={() => history.refetch()} />}
      {history.data && records.length === 0 && <Typography.Text type="secondary">Записей нет.</Typography.Text>}
      {records.length > 0 && (
        <Timeline
          style={{ marginTop: 8 }}
          items={[...records]
            .sort((a, b) => a.at.localeCompare(b.at))
            .map((r) => ({
              key: r.id,
              color: r.type === 'journal.transitioned' ? 'blue' : isRead(r) ? 'gray' : 'green',
              content: (
                <div data-testid="history-item">
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(r.at)} · {r.actorLogin ?? 'система'}
                  </Typography.Text>
                  <div>{(auditTypeLabels as Record<string, string>)[r.type] ?? r.type}</div>
                  {describe(journal, r) && (
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {describe(journal, r)}
                    </Typography.Text>
                  )}
                </div>
              ),
            }))}
        />
      )}
    </Card>
  );
}
