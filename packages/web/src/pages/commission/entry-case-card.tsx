import { TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth-context';
import { formatDate } from '../../components/dates';

type CaseItem = {
  id: string;
  regNumber: string;
  statusLabel: string;
  consideredOn: string | null;
  decisionLabel: string | null;
};

/**
 * On a conflict-of-interest notice or an employer's message: the commission's case opened from it, its status
 * and decision — or, for the secretary, the way to open one (Указ № 821, п. 16 «б», «д»).
 */
export function EntryCaseCard({ entryId }: { entryId: string }) {
  const { can } = useAuth();
  const q = useQuery({
    queryKey: ['commission', 'cases', 'by-entry', entryId],
    queryFn: () => api.get<{ items: CaseItem[] }>(`/commission/cases?journalEntryId=${entryId}&pageSize=5`),
    enabled: can('commission.read'),
  });
  if (!can('commission.read')) return null;
  const c = q.data?.items[0];
  return (
    <Card
      size="small"
      title="Комиссия по соблюдению требований"
      style={{ marginBottom: 16 }}
      loading={q.isPending}
      data-testid="entry-case"
    >
      {c ? (
        <Flex vertical gap={6}>
          <Link to={`/commission/cases/${c.id}`}>Вопрос № {c.regNumber}</Link>
          <Flex gap={4} wrap>
            <Tag>{c.statusLabel}</Tag>
            {c.consideredOn && <Tag color="blue">рассмотрен {formatDate(c.consideredOn)}</Tag>}
          </Flex>
          {c.decisionLabel && <Typography.Text>Решение: {c.decisionLabel}</Typography.Text>}
        </Flex>
      ) : (
        <Flex vertical gap={8} align="start">
          <Typography.Text type="secondary">Вопрос в комиссии по этой записи не открыт.</Typography.Text>
          {can('commission.manage') && (
            <Link to={`/commission/cases/new?entry=${entryId}`}>
              <Button icon={<TeamOutlined />}>Открыть вопрос для комиссии</Button>
            </Link>
          )}
        </Flex>
      )}
    </Card>
  );
}
