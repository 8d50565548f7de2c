import { Tag, Tooltip } from 'antd';
import { formatDate, formatDateTime } from '../../components/dates';
import { deadlineView, deadlineViewTag, deadlineWindow } from './deadline-state';
import type { EntryDeadline } from './journal-types';

/** The rule and the law behind a deadline, for a tooltip (architecture.md decision 3: every deadline explains itself). */
export function DeadlineExplanation({ d }: { d: Pick<EntryDeadline, 'explanation' | 'basis' | 'metAt'> }) {
  return (
    <div style={{ maxWidth: 420 }}>
      <div>{d.explanation}</div>
      <div style={{ marginTop: 4, opacity: 0.85 }}>Основание: {d.basis}</div>
      {d.metAt && <div style={{ marginTop: 4 }}>Исполнен {formatDateTime(d.metAt)}</div>}
    </div>
  );
}

/**
 * A deadline as a coloured tag: red when overdue, orange when due within 3 working days, green when
 * met, magenta when met late; the tooltip explains how the date was computed and on what basis.
 */
export function DeadlineTag({ d, withTitle = false }: { d: EntryDeadline; withTitle?: boolean }) {
  const view = deadlineView(d, deadlineWindow());
  const { color } = deadlineViewTag[view];
  const text = d.metAt ? `исполнен ${formatDate(d.metAt)}` : `до ${formatDate(d.dueDate)}`;
  return (
    <Tooltip title={<DeadlineExplanation d={d} />}>
      <Tag color={color} data-testid="deadline-tag" data-state={view} style={{ cursor: 'help', marginInlineEnd: 0 }}>
        {withTitle ? `${d.title}: ${text}` : text}
      </Tag>
    </Tooltip>
  );
}
