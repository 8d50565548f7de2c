import { Alert, Card, Col, Row, Statistic, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { CampaignFindings } from './campaign-findings';
import { CampaignImport } from './campaign-import';
import { CampaignPersons } from './campaign-persons';
import { CampaignPublication } from './campaign-publication';
import { CampaignSchedule } from './campaign-schedule';
import { CampaignUnmatched } from './campaign-unmatched';
import { useCampaign } from './declaration-queries';
import { type Campaign, kindLabels, type StatusCounts, statusColors, statusLabels } from './declaration-types';

/** One campaign: status at a glance, persons, import, analysis, schedule and publication. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const campaign = useCampaign(id);
  const tab = params.get('tab') ?? (params.get('status') || params.get('behindSchedule') ? 'persons' : 'summary');
  const c = campaign.data;
  if (campaign.isError) return <LoadError error={campaign.error} onRetry={() => campaign.refetch()} />;
  const setTab = (key: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('tab', key);
        return next;
      },
      { replace: true },
    );
  return (
    <>
      <PageHeader
        title={c ? `Декларационная кампания за ${c.reportingYear} год` : 'Декларационная кампания'}
        subtitle={
          c &&
          `Срок представления — ${formatDate(c.deadline)}; уточнённые сведения — до ${formatDate(c.clarifyDeadline)}`
        }
        backTo="/declarations"
      />
      {c && (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            { key: 'summary', label: 'Сводка', children: <Summary c={c} /> },
            { key: 'persons', label: 'Обязанные лица', children: <CampaignPersons campaign={c} /> },
            ...(c.canManage
              ? [
                  {
                    key: 'import',
                    label: <span data-testid="tab-import">Импорт «Справки БК»</span>,
                    children: <CampaignImport campaign={c} />,
                  },
                  {
                    key: 'unmatched',
                    label: <span>Не сопоставлены {c.unmatched > 0 && <Tag color="red">{c.unmatched}</Tag>}</span>,
                    children: <CampaignUnmatched campaign={c} />,
                  },
                  {
                    key: 'findings',
                    label: <span data-testid="tab-findings">Анализ</span>,
                    children: <CampaignFindings campaign={c} />,
                  },
                  { key: 'schedule', label: 'График', children: <CampaignSchedule campaign={c} /> },
                  { key: 'publication', label: 'Публикация', children: <CampaignPublication campaign={c} /> },
                ]
              : []),
          ]}
        />
      )}
    </>
  );
}

const ORDER = ['received', 'late', 'clarified', 'expected', 'missing', 'excluded'] as const;

function CountTags({ counts }: { counts: StatusCounts }) {
  return (
    <>
      {ORDER.filter((s) => counts[s] > 0).map((s) => (
        <Tag key={s} color={statusColors[s]}>
          {statusLabels[s]}: {counts[s]}
        </Tag>
      ))}
    </>
  );
}

function Summary({ c }: { c: Campaign }) {
  const s = c.summary;
  const pastDeadline = c.today > c.deadline;
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {s.byKind.map((k) => (
          <Col key={k.kind} xs={24} md={8}>
            <Card size="small" data-testid={`summary-${k.kind}`}>
              <Statistic title={kindLabels[k.kind] ?? k.kind} value={k.counts.filed} suffix={`из ${k.counts.due}`} />
              <CountTags counts={k.counts} />
            </Card>
          </Col>
        ))}
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title="Справки супругов и несовершеннолетних детей"
              value={s.family.filed}
              suffix={`из ${s.family.due}`}
            />
            <CountTags counts={s.family} />
          </Card>
        </Col>
      </Row>
      {pastDeadline && s.declarants.missing + s.family.missing > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Срок истёк ${formatDate(c.deadline)}: не представлены ${s.declarants.missing} справок служащих и ${s.family.missing} — членов семей`}
          description="Непредставление сведений — основание для рассмотрения на комиссии по соблюдению требований к служебному поведению (Указ Президента РФ от 01.07.2010 № 821, п. 16); невозможность представить сведения о супруге — заявление в комиссию до истечения срока."
        />
      )}
      <Card size="small" title="Сроки" style={{ marginBottom: 16 }}>
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          <b>Представление сведений — до {formatDate(c.deadline)}.</b>{' '}
          <Typography.Text type="secondary">{c.deadlineExplanation}</Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          <b>Уточнённые сведения — до {formatDate(c.clarifyDeadline)}.</b>{' '}
          <Typography.Text type="secondary">{c.clarifyExplanation}</Typography.Text>
        </Typography.Paragraph>
        <Typography.Text type="secondary">
          {c.lastAnalysedAt ? `Анализ проведён ${formatDateTime(c.lastAnalysedAt)}.` : 'Анализ ещё не проводился.'}
        </Typography.Text>
      </Card>
      <Typography.Title level={5}>По организациям</Typography.Title>
      <Table
        size="small"
        rowKey="orgId"
        pagination={false}
        dataSource={s.byOrganisation}
        style={{ marginBottom: 16 }}
        columns={[
          { title: 'Организация', dataIndex: 'orgName' },
          { title: 'Представили', render: (_, r) => `${r.counts.filed} из ${r.counts.due}`, width: 140 },
          { title: 'Состояние', render: (_, r) => <CountTags counts={r.counts} /> },
        ]}
      />
      <Typography.Title level={5}>По подразделениям</Typography.Title>
      <Table
        size="small"
        rowKey={(r) => `${r.orgId}|${r.subdivisionId}`}
        pagination={false}
        dataSource={s.bySubdivision}
        data-testid="summary-subdivisions"
        columns={[
          { title: 'Подразделение', render: (_, r) => r.subdivisionName ?? 'Без подразделения' },
          { title: 'Организация', dataIndex: 'orgName', width: 200 },
          {
            title: 'По графику',
            width: 120,
            render: (_, r) =>
              r.scheduleDue ? (
                <Tooltip title="Дата по графику представления справок">
                  <span style={{ color: r.scheduleDue < c.today && r.counts.expected > 0 ? '#cf1322' : undefined }}>
                    {formatDate(r.scheduleDue)}
                  </span>
                </Tooltip>
              ) : (
                '—'
              ),
          },
          { title: 'Служащие', render: (_, r) => `${r.counts.filed} из ${r.counts.due}`, width: 110 },
          { title: 'Члены семей', render: (_, r) => `${r.familyCounts.filed} из ${r.familyCounts.due}`, width: 120 },
          { title: 'Состояние', render: (_, r) => <CountTags counts={r.counts} /> },
        ]}
      />
    </>
  );
}
