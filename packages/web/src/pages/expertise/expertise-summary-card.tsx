import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../components/dates';
import { useExpertise } from './expertise-queries';

/** On the draft-act entry card: where the expertise stands, and the way into it. */
export function ExpertiseSummaryCard({ entryId }: { entryId: string }) {
  const q = useExpertise(entryId);
  const o = q.data;
  const latest = o?.runs[0];
  const open = o?.incoming.filter((i) => !i.answeredOn) ?? [];
  return (
    <Card
      size="small"
      title="Антикоррупционная экспертиза"
      style={{ marginBottom: 16 }}
      data-testid="expertise-summary"
      loading={q.isPending}
    >
      {latest ? (
        <Flex vertical gap={6}>
          <Typography.Text>
            Редакция № {latest.version} от {formatDateTime(latest.scannedAt)}
          </Typography.Text>
          <Flex gap={4} wrap>
            <Tag color="red">подтверждено: {latest.counts.confirmed}</Tag>
            {latest.counts.pending > 0 && <Tag color="orange">не рассмотрено: {latest.counts.pending}</Tag>}
            <Tag>отклонено: {latest.counts.rejected}</Tag>
            {o?.entry.factorsRemoved && <Tag color="green">факторы устранены</Tag>}
          </Flex>
        </Flex>
      ) : (
        <Typography.Text type="secondary">Текст проекта ещё не проверялся.</Typography.Text>
      )}
      {open.length > 0 && (
        <Typography.Paragraph type="warning" style={{ marginTop: 8, marginBottom: 0 }}>
          Ожидают рассмотрения:{' '}
          {open
            .map(
              (i) =>
                `${i.kind === 'prosecutor_demand' ? 'требование прокурора' : 'заключение независимого эксперта'} (до ${i.dueDate.split('-').reverse().join('.')})`,
            )
            .join('; ')}
        </Typography.Paragraph>
      )}
      <Link to={`/expertise/${entryId}`}>
        <Button
          type="primary"
          ghost
          icon={<SafetyCertificateOutlined />}
          style={{ marginTop: 10 }}
          data-testid="expertise-open"
        >
          {latest ? 'Открыть экспертизу' : o?.canScan ? 'Проверить проект' : 'Открыть'}
        </Button>
      </Link>
    </Card>
  );
}
