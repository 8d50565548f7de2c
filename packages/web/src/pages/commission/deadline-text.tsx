import type { CaseDeadline } from '@antikor/core';
import { Tag, Tooltip } from 'antd';
import { formatDate } from '../../components/dates';

const colors: Record<CaseDeadline['state'], string> = { met: 'green', overdue: 'red', open: 'blue' };
const words: Record<CaseDeadline['state'], string> = { met: 'исполнено', overdue: 'просрочено', open: 'до' };

/** A legal term of a case: its date and state, with the rule's explanation on hover. */
export function DeadlineTag({
  d,
}: {
  d: { title?: string; dueDate: string; state: CaseDeadline['state']; basis: string; explanation?: string };
}) {
  return (
    <Tooltip title={d.explanation ?? d.basis}>
      <Tag color={colors[d.state]}>
        {d.title ? `${d.title}: ` : ''}
        {d.state === 'open'
          ? `${words.open} ${formatDate(d.dueDate)}`
          : `${words[d.state]} (срок ${formatDate(d.dueDate)})`}
      </Tag>
    </Tooltip>
  );
}
