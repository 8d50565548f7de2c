import { Flex, Tag, Typography, theme } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../../components/dates';

export type AttentionItem = {
  id: string;
  kind: string;
  title: string;
  description?: string;
  dueDate?: string;
  severity: 'info' | 'warning' | 'overdue';
  link?: string;
};

const severityTag: Record<AttentionItem['severity'], { color: string; label: string }> = {
  info: { color: 'blue', label: 'К сведению' },
  warning: { color: 'orange', label: 'Срок близко' },
  overdue: { color: 'red', label: 'Просрочено' },
};

/** One task on the home page: severity, title (a link when it leads somewhere), due date. */
export function AttentionItemRow({ item }: { item: AttentionItem }) {
  const { token } = theme.useToken();
  const tag = severityTag[item.severity];
  return (
    <Flex
      gap={12}
      align="flex-start"
      style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
      data-testid="attention-item"
    >
      <Tag color={tag.color} style={{ minWidth: 96, textAlign: 'center' }}>
        {tag.label}
      </Tag>
      <div style={{ flex: 1, minWidth: 0 }}>
        <div>
          {item.link ? <Link to={item.link}>{item.title}</Link> : <Typography.Text>{item.title}</Typography.Text>}
        </div>
        {item.description && <Typography.Text type="secondary">{item.description}</Typography.Text>}
      </div>
      {item.dueDate && (
        <Typography.Text type={item.severity === 'overdue' ? 'danger' : 'secondary'} style={{ whiteSpace: 'nowrap' }}>
          до {formatDate(item.dueDate)}
        </Typography.Text>
      )}
    </Flex>
  );
}
