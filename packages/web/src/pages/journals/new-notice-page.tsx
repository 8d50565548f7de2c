import { federalDeadlineRules } from '@antikor/core';
import { Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useJournals } from './journal-queries';
import type { JournalInfo } from './journal-types';

/** The term of filing as the law states it: the deadline that registering the notice meets is the notifier's own. */
function filingTerm(j: JournalInfo): string | undefined {
  const own = j.deadlines.find((d) => d.metBy.includes(j.initialStatus));
  return own ? federalDeadlineRules[own.rule]?.description : undefined;
}

/** «Подать уведомление»: the kinds of notice a municipal employee files about themself. */
export function NewNoticePage() {
  const navigate = useNavigate();
  const journals = useJournals();
  const own = (journals.data ?? []).filter((j) => j.canFileOwn);
  return (
    <>
      <PageHeader title="Подать уведомление" subtitle="Выберите вид уведомления" backTo="/my-notices" />
      {journals.isPending && <Skeleton active />}
      {journals.isError && <LoadError error={journals.error} onRetry={() => journals.refetch()} />}
      {journals.data && own.length === 0 && (
        <Empty description="Для вашей учётной записи подача уведомлений недоступна." />
      )}
      <Row gutter={[16, 16]}>
        {own.map((j) => (
          <Col key={j.code} xs={24} lg={12}>
            <Card
              hoverable
              onClick={() => navigate(`/journals/${j.code}/new?own=1`)}
              data-testid={`notice-kind-${j.code}`}
              style={{ height: '100%' }}
            >
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {j.formTitle}
              </Typography.Title>
              {filingTerm(j) && (
                <Typography.Paragraph style={{ marginBottom: 6 }}>{filingTerm(j)}</Typography.Paragraph>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {j.legalBasis}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
