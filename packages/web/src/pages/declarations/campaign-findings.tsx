import { DownloadOutlined, ExperimentOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Form, Input, Modal, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, errorMessage, fetchFile, saveFile, withQuery } from '../../app/api';
import { formatDateTime } from '../../components/dates';
import { LoadError } from '../../components/query-state';
import { type FindingFilters, useFindings, useRisk } from './declaration-queries';
import {
  type Campaign,
  type FindingRow,
  type FindingStatus,
  findingStatusLabels,
  findingTransitions,
  type Severity,
  severityColors,
  severityLabels,
} from './declaration-types';

const ROLE: Record<string, string> = {
  self: 'декларант',
  spouse: 'супруг(а)',
  minor_child: 'ребёнок',
  family: 'семья',
};

/** Analysis: findings with their evidence and basis, the reviewer's decisions, and the risk ranking. */
export function CampaignFindings({ campaign }: { campaign: Campaign }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [view, setView] = useState<'findings' | 'risk'>('findings');
  const [f, setF] = useState<FindingFilters>({ page: 1, pageSize: 50, current: 'true' });
  const findings = useFindings(campaign.id, f, view === 'findings');
  const risk = useRisk(campaign.id, view === 'risk');
  const [deciding, setDeciding] = useState<{ row: FindingRow; to: FindingStatus } | null>(null);
  const run = useMutation({
    mutationFn: () =>
      api.post<{ families: number; findings: number; newFindings: number; gone: number }>(
        `/declaration-campaigns/${campaign.id}/analysis`,
      ),
    onSuccess: (r) => {
      message.success(
        `Проанализировано семей: ${r.families}; находок: ${r.findings} (новых ${r.newFindings}, больше не подтверждаются ${r.gone})`,
      );
      qc.invalidateQueries({ queryKey: ['declaration-findings', campaign.id] });
      qc.invalidateQueries({ queryKey: ['declaration-risk', campaign.id] });
      qc.invalidateQueries({ queryKey: ['declaration-campaign', campaign.id] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const update = (patch: Partial<FindingFilters>) => setF((prev) => ({ ...prev, page: 1, ...patch }));
  const exportXlsx = async () => {
    try {
      saveFile(
        await fetchFile(
          'GET',
          withQuery(`/declaration-campaigns/${campaign.id}/findings.xlsx`, {
            ...f,
            page: undefined,
            pageSize: undefined,
          }),
        ),
      );
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          icon={<ExperimentOutlined />}
          loading={run.isPending}
          onClick={() => run.mutate()}
          data-testid="run-analysis"
        >
          Провести анализ
        </Button>
        <Typography.Text type="secondary">
          {campaign.lastAnalysedAt
            ? `последний — ${formatDateTime(campaign.lastAnalysedAt)}`
            : 'анализ ещё не проводился'}
        </Typography.Text>
        <Segmented
          value={view}
          onChange={(v) => setView(v as 'findings' | 'risk')}
          options={[
            { value: 'findings', label: 'Находки' },
            { value: 'risk', label: 'Рейтинг риска и выборка' },
          ]}
        />
      </Space>
      {view === 'findings' && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Input.Search
              placeholder="Декларант или признак"
              allowClear
              onSearch={(q) => update({ q })}
              style={{ width: 240 }}
            />
            <Select
              value={f.severity}
              onChange={(severity) => update({ severity })}
              allowClear
              placeholder="Любая значимость"
              style={{ width: 170 }}
              options={(['high', 'medium', 'low'] as Severity[]).map((s) => ({ value: s, label: severityLabels[s] }))}
            />
            <Select
              value={f.status}
              onChange={(status) => update({ status })}
              allowClear
              placeholder="Любое решение"
              style={{ width: 200 }}
              options={(Object.keys(findingStatusLabels) as FindingStatus[]).map((s) => ({
                value: s,
                label: findingStatusLabels[s],
              }))}
            />
            <Select
              value={f.current}
              onChange={(current) => update({ current })}
              style={{ width: 230 }}
              options={[
                { value: 'true', label: 'Подтверждаются сейчас' },
                { value: 'false', label: 'Больше не подтверждаются' },
                { value: 'all', label: 'Все' },
              ]}
            />
            <Button icon={<DownloadOutlined />} onClick={exportXlsx}>
              Excel
            </Button>
          </Space>
          {findings.isError && <LoadError error={findings.error} onRetry={() => findings.refetch()} />}
          <Table<FindingRow>
            rowKey="id"
            size="small"
            loading={findings.isFetching}
            dataSource={findings.data?.items}
            data-testid="findings-table"
            locale={{
              emptyText: campaign.lastAnalysedAt
                ? 'Находок с такими условиями нет.'
                : 'Проведите анализ, чтобы увидеть находки.',
            }}
            expandable={{
              expandedRowRender: (r) => (
                <Descriptions size="small" column={1} bordered>
                  <Descriptions.Item label="Что найдено">{r.message}</Descriptions.Item>
                  <Descriptions.Item label="Доказательства">
                    {r.evidence.map((e) => (
                      <div key={`${e.label}${e.source}`}>
                        {e.label}: <b>{typeof e.value === 'number' ? e.value.toLocaleString('ru-RU') : e.value}</b>{' '}
                        <Typography.Text type="secondary">({e.source})</Typography.Text>
                      </div>
                    ))}
                  </Descriptions.Item>
                  <Descriptions.Item label="Основание">{r.basis}</Descriptions.Item>
                  {r.decisionNote && <Descriptions.Item label="Решение">{r.decisionNote}</Descriptions.Item>}
                </Descriptions>
              ),
            }}
            pagination={{
              current: findings.data?.page ?? f.page,
              pageSize: findings.data?.pageSize ?? f.pageSize,
              total: findings.data?.total ?? 0,
              showTotal: (total, [from, to]) => `${from}–${to} из ${total}`,
              onChange: (page, pageSize) => setF((prev) => ({ ...prev, page, pageSize })),
            }}
            columns={[
              {
                title: 'Значимость',
                width: 110,
                render: (_, r) => <Tag color={severityColors[r.severity]}>{severityLabels[r.severity]}</Tag>,
              },
              {
                title: 'Декларант',
                render: (_, r) => (
                  <span>
                    {r.declarantName}
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.subdivisionName}
                    </Typography.Text>
                  </span>
                ),
              },
              {
                title: 'Признак',
                render: (_, r) => (
                  <span data-testid="finding-title">
                    {r.title}
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {ROLE[r.personRole] ?? r.personRole}
                      {r.personName ? `: ${r.personName}` : ''}
                    </Typography.Text>
                  </span>
                ),
              },
              { title: 'Решение', width: 170, render: (_, r) => <Tag>{findingStatusLabels[r.status]}</Tag> },
              {
                title: '',
                width: 260,
                render: (_, r) => (
                  <Space size={4} wrap>
                    {findingTransitions[r.status].map((to) => (
                      <Button key={to} size="small" onClick={() => setDeciding({ row: r, to })}>
                        {findingStatusLabels[to]}
                      </Button>
                    ))}
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
      {view === 'risk' && (
        <>
          <Typography.Paragraph type="secondary">
            Декларанты по убыванию риска (по нерассмотренным находкам). Случайная выборка декларантов низкого риска для
            ручной проверки определяется кампанией и не может быть подобрана: отобрано {risk.data?.sampleSize ?? 0}.
          </Typography.Paragraph>
          <Table
            rowKey="declarantId"
            size="small"
            loading={risk.isFetching}
            dataSource={risk.data?.items}
            pagination={{ pageSize: 50 }}
            columns={[
              { title: '№', dataIndex: 'rank', width: 60 },
              { title: 'Декларант', dataIndex: 'name' },
              {
                title: 'Риск',
                width: 120,
                render: (_, r) => (
                  <Tag color={severityColors[r.level as Severity]}>{severityLabels[r.level as Severity]}</Tag>
                ),
              },
              { title: 'Баллы', dataIndex: 'score', width: 80 },
              {
                title: 'Находки (в/с/н)',
                width: 140,
                render: (_, r) => `${r.counts.high} / ${r.counts.medium} / ${r.counts.low}`,
              },
              {
                title: 'Выборка',
                width: 120,
                render: (_, r) => (r.sampled ? <Tag color="purple">в выборке</Tag> : ''),
              },
            ]}
          />
        </>
      )}
      {deciding && <DecisionModal {...deciding} campaignId={campaign.id} onClose={() => setDeciding(null)} />}
    </>
  );
}

function DecisionModal({
  row,
  to,
  campaignId,
  onClose,
}: {
  row: FindingRow;
  to: FindingStatus;
  campaignId: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ note: string }>();
  const needsNote = to === 'explained' || to === 'referred' || to === 'closed';
  const decide = useMutation({
    mutationFn: (v: { note?: string }) =>
      api.post<{ caseRegNumber: string | null }>(`/declaration-findings/${row.id}/decision`, {
        status: to,
        note: v.note,
      }),
    onSuccess: (res) => {
      if (res.caseRegNumber) message.success(`В комиссии открыт вопрос № ${res.caseRegNumber}`);
      qc.invalidateQueries({ queryKey: ['declaration-findings', campaignId] });
      qc.invalidateQueries({ queryKey: ['declaration-risk', campaignId] });
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Modal
      title={`${findingStatusLabels[to]}: ${row.title}`}
      open
      onCancel={onClose}
      okText="Сохранить решение"
      confirmLoading={decide.isPending}
      onOk={() => form.validateFields().then((v) => decide.mutate(v))}
    >
      <Typography.Paragraph>
        {row.declarantName}. {row.message}
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="note"
          label="Комментарий"
          rules={
            needsNote
              ? [
                  {
                    required: true,
                    whitespace: true,
                    message: 'Опишите решение: пояснения служащего, основание направления в комиссию или закрытия',
                  },
                ]
              : []
          }
        >
          <Input.TextArea rows={4} data-testid="decision-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
