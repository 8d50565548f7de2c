import { Card, Col, InputNumber, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useExpertiseStats } from './expertise-queries';
import type { ExpertiseStats } from './expertise-types';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);

/**
 * The year's figures of measures 2.2–2.3 for the annual report, received conclusions and demands, and how
 * often the legal department agreed with the engine (its precision by factor).
 */
export function ExpertiseStatsPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const q = useExpertiseStats(year);
  const s = q.data;
  return (
    <>
      <PageHeader
        title="Антикоррупционная экспертиза проектов НПА"
        subtitle="Показатели за год (мероприятия 2.2–2.3 плана) и точность автоматической проверки"
        extra={
          <Space>
            <Typography.Text>Год</Typography.Text>
            <InputNumber
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
              data-testid="stats-year"
            />
          </Space>
        }
      />
      {q.isPending && <Skeleton active />}
      {q.isError && <LoadError error={q.error} onRetry={() => q.refetch()} />}
      {s && <StatsBody s={s} />}
    </>
  );
}

function StatsBody({ s }: { s: ExpertiseStats }) {
  const r = s.report;
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }} data-testid="stats-report">
        <Col xs={12} md={5}>
          <Card size="small">
            <Statistic title="Проектов НПА рассмотрено" value={r.drafts} />
          </Card>
        </Col>
        <Col xs={12} md={5}>
          <Card size="small">
            <Statistic title="Проведена антикоррупционная экспертиза" value={r.withExpertise} />
          </Card>
        </Col>
        <Col xs={12} md={5}>
          <Card size="small">
            <Statistic title="Выявлено коррупциогенных факторов" value={r.factorsFound} />
          </Card>
        </Col>
        <Col xs={12} md={5}>
          <Card size="small">
            <Statistic title="Проектов с факторами" value={r.draftsWithFactors} />
          </Card>
        </Col>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic title="Факторы устранены" value={r.draftsFactorsRemoved} />
          </Card>
        </Col>
      </Row>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} md={12}>
          <Card size="small" title="Заключения независимых экспертов (172-ФЗ, ст. 5)">
            <Typography.Text>
              Поступило: {s.independentConclusions.received}; рассмотрено: {s.independentConclusions.answered}; с
              нарушением срока: {s.independentConclusions.late}; просрочено сейчас: {s.independentConclusions.overdue}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title="Требования прокурора (172-ФЗ, ст. 4)">
            <Typography.Text>
              Поступило: {s.prosecutorDemands.received}; рассмотрено: {s.prosecutorDemands.answered}; с нарушением
              срока: {s.prosecutorDemands.late}; просрочено сейчас: {s.prosecutorDemands.overdue}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={`Автоматическая проверка: подтверждено экспертами ${s.engine.confirmed} из ${s.engine.confirmed + s.engine.rejected} рассмотренных замечаний (точность ${pct(s.engine.precision)})`}
        extra={
          <Typography.Text type="secondary">
            не рассмотрено: {s.engine.pending}; добавлено экспертами: {s.engine.addedByExperts}
          </Typography.Text>
        }
      >
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={s.perFactor}
          columns={[
            { title: 'Фактор', render: (_, f) => `${f.code} — ${f.title}` },
            { title: 'Подтверждено', dataIndex: 'confirmed', width: 120 },
            { title: 'Замечаний движка', dataIndex: 'claims', width: 140 },
            { title: 'Отклонено', dataIndex: 'rejectedClaims', width: 110 },
            { title: 'Пропущено движком (добавлено экспертом)', dataIndex: 'addedByExperts', width: 200 },
            { title: 'Точность', dataIndex: 'precision', width: 100, render: pct },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          Проекты и их заключения — в реестре <Link to="/journals/draft-act">«Проекты НПА»</Link>. Каждый фактор
          учитывается один раз, даже если он оставался в нескольких редакциях проекта.
        </Typography.Paragraph>
      </Card>
    </>
  );
}
