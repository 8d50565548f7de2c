import { type FieldDef, formatFieldValue } from '@antikor/core';
import { Card, Descriptions, Typography } from 'antd';
import { stageOf } from './form-values';
import type { JournalEntry, JournalInfo } from './journal-types';

const shown = (f: FieldDef, v: unknown) => {
  const text = formatFieldValue(f, v);
  return text ? (
    <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );
};

/**
 * The entry's fields by stage: what was notified at registration, and what was recorded while the entry
 * was processed (only the filled ones: the rest are asked by the workflow steps).
 */
export function EntryFields({ journal, entry }: { journal: JournalInfo; entry: JournalEntry }) {
  const registration = journal.fields.filter((f) => stageOf(f) === 'registration');
  const processing = journal.fields.filter(
    (f) => stageOf(f) === 'processing' && entry.data[f.key] !== undefined && entry.data[f.key] !== null,
  );
  return (
    <>
      <Card size="small" title={journal.formTitle} style={{ marginBottom: 16 }} data-testid="entry-registration-fields">
        <Descriptions
          size="small"
          column={1}
          styles={{ label: { width: 280 } }}
          items={registration.map((f) => ({ key: f.key, label: f.label, children: shown(f, entry.data[f.key]) }))}
        />
      </Card>
      {journal.fields.some((f) => stageOf(f) === 'processing') && (
        <Card size="small" title="Рассмотрение" style={{ marginBottom: 16 }} data-testid="entry-processing-fields">
          {processing.length ? (
            <Descriptions
              size="small"
              column={1}
              styles={{ label: { width: 280 } }}
              items={processing.map((f) => ({ key: f.key, label: f.label, children: shown(f, entry.data[f.key]) }))}
            />
          ) : (
            <Typography.Text type="secondary">
              Сведения о рассмотрении вносятся на шагах обработки записи.
            </Typography.Text>
          )}
        </Card>
      )}
    </>
  );
}
