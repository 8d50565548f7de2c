import { Tag } from 'antd';
import type { JournalInfo } from './journal-types';

/** An entry's status: blue when just registered, cyan while in work, grey once closed. */
export function StatusTag({ journal, status, label }: { journal: JournalInfo; status: string; label?: string }) {
  const def = journal.statuses.find((s) => s.code === status);
  const color = status === journal.initialStatus ? 'blue' : def?.isFinal ? 'default' : 'cyan';
  return (
    <Tag color={color} data-testid="entry-status" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
      {label ?? def?.label ?? status}
    </Tag>
  );
}
