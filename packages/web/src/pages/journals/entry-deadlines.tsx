import { Card, Flex, Tooltip, Typography } from 'antd';
import { deadlineView, deadlineViewTag, deadlineWindow } from './deadline-state';
import { DeadlineExplanation, DeadlineTag } from './deadline-tag';
import type { EntryDeadline } from './journal-types';

/** The entry's legal deadlines: each with its state, due date, and the rule and basis it was computed by. */
export function EntryDeadlines({ deadlines }: { deadlines: EntryDeadline[] }) {
  const w = deadlineWindow();
  return (
    <Card size="small" title="Сроки" style={{ marginBottom: 16 }} data-testid="entry-deadlines">
      {deadlines.length === 0 ? (
        <Typography.Text type="secondary">Сроков по этой записи сейчас нет.</Typography.Text>
      ) : (
        <Flex vertical gap={10}>
          {deadlines.map((d) => {
            const view = deadlineView(d, w);
            return (
              <div key={d.code} data-testid="entry-deadline" data-code={d.code} data-state={view}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Tooltip title={<DeadlineExplanation d={d} />}>
                    <Typography.Text strong style={{ cursor: 'help' }}>
                      {d.title}
                    </Typography.Text>
                  </Tooltip>
                  <DeadlineTag d={d} />
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {deadlineViewTag[view].label}. {d.basis}
                </Typography.Text>
              </div>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
