import { FileAddOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Collapse,
  Empty,
  Flex,
  Modal,
  Row,
  Select,
  Skeleton,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { DraftTextView } from './draft-text-view';
import { useExpertise, useRun } from './expertise-queries';
import type { ExpertiseOverview, Finding, RunDetail } from './expertise-types';
import { type FindingFilter, FindingList, filterFindings } from './finding-list';
import { IncomingPanel } from './incoming-panel';
import { NewVersionForm } from './new-version-form';
import { AddFindingModal, RejectModal, SuggestionModal } from './review-modals';

const sourceLabel = { upload: 'загружен файл', paste: 'вставлен текст', attachment: 'файл из вложений' } as const;

/**
 * Anti-corruption expertise of one draft act (measures 2.2–2.3 of the plan; ПП РФ № 96): versions of the
 * text, the findings highlighted in it and listed by factor, the expert's decisions, the conclusion in
 * Word, received independent conclusions and prosecutor's demands.
 */
export function ExpertisePage() {
  const { entryId = '' } = useParams();
  const overview = useExpertise(entryId);
  const o = overview.data;
  return (
    <>
      <PageHeader
        title={
          o ? `Антикоррупционная экспертиза проекта № ${o.entry.regNumber}` : 'Антикоррупционная экспертиза проекта'
        }
        subtitle={o?.entry.draftTitle}
        backTo={`/journals/draft-act/${entryId}`}
      />
      {overview.isPending && <Skeleton active />}
      {overview.isError && <LoadError error={overview.error} onRetry={() => overview.refetch()} />}
      {o && <ExpertiseBody overview={o} />}
    </>
  );
}

function ExpertiseBody({ overview }: { overview: ExpertiseOverview }) {
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const latest = overview.runs[0];
  const runId = params.get('run') ?? latest?.id ?? null;
  const run = useRun(runId);
  const showRun = (r: RunDetail) => {
    setAdding(false);
    setParams({ run: r.id }, { replace: true });
  };

  if (!latest) {
    return (
      <>
        <Card size="small" title="Текст проекта ещё не проверялся" style={{ marginBottom: 16 }}>
          {overview.canScan ? (
            <NewVersionForm overview={overview} onDone={showRun} />
          ) : (
            <Empty
              description={
                overview.entry.isFinal ? 'Работа с проектом завершена' : 'Проверку проводит правовое управление'
              }
            />
          )}
        </Card>
        <IncomingPanel overview={overview} />
      </>
    );
  }
  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }} data-testid="version-bar">
        <Flex gap={12} align="center" wrap justify="space-between">
          <Space wrap>
            <Typography.Text>Редакция:</Typography.Text>
            <Select
              style={{ minWidth: 360 }}
              value={runId}
              onChange={(id) => setParams({ run: id }, { replace: true })}
              options={overview.runs.map((r) => ({
                value: r.id,
                label: `№ ${r.version} от ${formatDateTime(r.scannedAt)}${r.fileName ? ` — ${r.fileName}` : ` — ${sourceLabel[r.source]}`}`,
              }))}
              data-testid="version-select"
            />
            {overview.canScan && (
              <Button icon={<FileAddOutlined />} onClick={() => setAdding(true)} data-testid="new-version-open">
                Новая редакция
              </Button>
            )}
          </Space>
          {run.data && (
            <Space wrap>
              <Button
                icon={<FileExcelOutlined />}
                href={`/api/expertise-runs/${run.data.id}/findings.xlsx`}
                download
                data-testid="findings-xlsx"
              >
                Замечания (Excel)
              </Button>
              <Button
                type="primary"
                icon={<FileWordOutlined />}
                href={`/api/expertise-runs/${run.data.id}/conclusion.docx`}
                download
                data-testid="conclusion-docx"
              >
                Заключение (DOCX)
              </Button>
            </Space>
          )}
        </Flex>
      </Card>
      {run.isPending && <Skeleton active />}
      {run.isError && <LoadError error={run.error} onRetry={() => run.refetch()} />}
      {run.data && <RunView overview={overview} run={run.data} />}
      <IncomingPanel overview={overview} />
      {adding && (
        <Modal
          open
          title={`Новая редакция проекта № ${overview.entry.regNumber}`}
          footer={null}
          onCancel={() => setAdding(false)}
          width={720}
        >
          <Typography.Paragraph type="secondary">
            Решения по положениям, которые не изменились, переносятся в новую редакцию; предыдущие редакции сохраняются.
          </Typography.Paragraph>
          <NewVersionForm overview={overview} onDone={showRun} />
        </Modal>
      )}
    </>
  );
}

function RunView({ overview, run }: { overview: ExpertiseOverview; run: RunDetail }) {
  const [filter, setFilter] = useState<FindingFilter>('all');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<Finding | null>(null);
  const [editing, setEditing] = useState<Finding | null>(null);
  const [span, setSpan] = useState<{ start: number; end: number; text: string } | null>(null);
  const visible = useMemo(() => filterFindings(run.findings, filter), [run.findings, filter]);
  const newIds = useMemo(() => new Set(run.changes?.newFindingIds ?? []), [run.changes]);
  const c = run.counts;
  const entryId = overview.entry.id;
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic title="Замечаний движка" value={c.claims} />
          </Card>
        </Col>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic
              title="Не рассмотрено"
              value={c.pending}
              valueStyle={c.pending ? { color: '#d46b08' } : undefined}
            />
          </Card>
        </Col>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic
              title="Подтверждено"
              value={c.confirmed}
              valueStyle={c.confirmed ? { color: '#cf1322' } : undefined}
            />
          </Card>
        </Col>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic title="Отклонено" value={c.rejected} />
          </Card>
        </Col>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic title="Добавил эксперт" value={c.manual} />
          </Card>
        </Col>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic title="Подсказки" value={c.hints} />
          </Card>
        </Col>
      </Row>
      {!run.isLatest && (
        <Alert
          type="info"
          showIcon
          title={`Редакция № ${run.version} сохранена для истории; решения принимаются по последней редакции.`}
          style={{ marginBottom: 16 }}
        />
      )}
      {run.isLatest && c.pending > 0 && run.canReview && (
        <Alert
          type="warning"
          showIcon
          title={`Не рассмотрено замечаний: ${c.pending}. До их рассмотрения заключение формируется как проект.`}
          style={{ marginBottom: 16 }}
        />
      )}
      {run.changes && <ChangesBox run={run} />}
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <DraftTextView
            run={run}
            visible={visible}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onAddFinding={run.canReview ? setSpan : undefined}
          />
        </Col>
        <Col xs={24} xl={10}>
          <FindingList
            entryId={entryId}
            findings={run.findings}
            filter={filter}
            onFilter={setFilter}
            selectedId={selectedId}
            onSelect={setSelectedId}
            canReview={run.canReview}
            newIds={newIds}
            onReject={setRejecting}
            onEditSuggestion={setEditing}
          />
        </Col>
      </Row>
      {rejecting && <RejectModal entryId={entryId} finding={rejecting} onClose={() => setRejecting(null)} />}
      {editing && <SuggestionModal entryId={entryId} finding={editing} onClose={() => setEditing(null)} />}
      {span && <AddFindingModal entryId={entryId} runId={run.id} span={span} onClose={() => setSpan(null)} />}
    </>
  );
}

function ChangesBox({ run }: { run: RunDetail }) {
  const ch = run.changes!;
  const removed = ch.removedFindings;
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="version-changes"
      title={`По сравнению с редакцией № ${ch.previousVersion}: новых и изменённых абзацев — ${ch.addedParagraphs.length}, исключённых — ${ch.removedParagraphs.length}; новых замечаний — ${ch.newFindingIds.length}; устранено факторов — ${removed.filter((f) => f.decision === 'confirmed').length}`}
      description={
        (removed.length > 0 || ch.removedParagraphs.length > 0) && (
          <Collapse
            ghost
            size="small"
            items={[
              ...(removed.length
                ? [
                    {
                      key: 'f',
                      label: `Замечания редакции № ${ch.previousVersion}, которых больше нет (${removed.length})`,
                      children: removed.map((f) => (
                        <div key={f.id} style={{ marginBottom: 4 }}>
                          <Tag color={f.decision === 'confirmed' ? 'red' : 'default'}>{f.code}</Tag>
                          {f.unit}: «{f.trigger}» —{' '}
                          {f.decision === 'confirmed'
                            ? 'фактор устранён'
                            : f.decision === 'rejected'
                              ? 'было отклонено'
                              : 'не рассматривалось'}
                        </div>
                      )),
                    },
                  ]
                : []),
              ...(ch.removedParagraphs.length
                ? [
                    {
                      key: 'p',
                      label: `Исключённые и прежние редакции абзацев (${ch.removedParagraphs.length})`,
                      children: ch.removedParagraphs.map((p) => (
                        <Typography.Paragraph key={p} delete type="secondary" style={{ marginBottom: 4 }}>
                          {p}
                        </Typography.Paragraph>
                      )),
                    },
                  ]
                : []),
            ]}
          />
        )
      }
    />
  );
}
