import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../app/api';
import { useAuth, useUser } from '../../app/auth-context';
import { isGroup, visibleNavigation } from '../../app/nav-items';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { type AttentionItem, AttentionItemRow } from './attention-item';

/** The start page: what needs the user's attention now, and the sections they can open. */
export function HomePage() {
  const user = useUser();
  const { can } = useAuth();
  const attention = useQuery({
    queryKey: ['home', 'attention'],
    queryFn: () => api.get<{ items: AttentionItem[] }>('/home/attention'),
  });
  const sections = visibleNavigation(can, user).filter(isGroup);

  return (
    <>
      <PageHeader title="Главная" subtitle={`Здравствуйте, ${user.fullName}`} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title="Требует вашего внимания" data-testid="attention">
            {attention.isPending && <Skeleton active />}
            {attention.isError && <LoadError error={attention.error} onRetry={() => attention.refetch()} />}
            {attention.data &&
              (attention.data.items.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Нет задач, требующих вашего внимания" />
              ) : (
                <Flex vertical>
                  {attention.data.items.map((item) => (
                    <AttentionItemRow key={item.id} item={item} />
                  ))}
                </Flex>
              ))}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title="Разделы">
            {sections.length === 0 && (
              <Typography.Text type="secondary">Для вашей роли разделов пока нет.</Typography.Text>
            )}
            {sections.map((group) => (
              <div key={group.key} style={{ marginBottom: 12 }}>
                <Typography.Text strong>{group.label}</Typography.Text>
                <Flex vertical gap={2} style={{ marginTop: 4 }}>
                  {group.children.map((leaf) => (
                    <Link key={leaf.path} to={leaf.path}>
                      {leaf.icon} {leaf.label}
                    </Link>
                  ))}
                </Flex>
              </div>
            ))}
          </Card>
        </Col>
      </Row>
    </>
  );
}
