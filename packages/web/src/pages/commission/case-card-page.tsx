import { FileWordOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth-context';
import { datePickerFormat, formatDate, fromIsoDate, toIsoDate } from '../../components/dates';
import { showServerError } from '../../components/form-issues';
import { FullPageSpin } from '../../components/full-page-spin';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { CaseActionModal, caseActionDefs } from './case-action-modal';
import { useCase, useCommissionWrite } from './commission-queries';
import type { CaseDetail } from './commission-types';
import { DeadlineTag } from './deadline-text';

const yesNo = (v: boolean | null) => (v === true ? 'да' : v === false ? 'нет' : '—');

/** The motivated conclusion and materials (Указ № 821, п. 16.4), editable until the meeting. */
function ConclusionForm({ c }: { c: CaseDetail }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const save = useCommissionWrite((body: unknown) => api.patch<CaseDetail>(`/commission/cases/${c.id}`, body));
  const submit = async () => {
    const v = form.getFieldsValue();
    try {
      await save.mutateAsync({
        materials: v.materials || null,
        conclusionText: v.conclusionText || null,
        conclusionRecommendation: v.conclusionRecommendation ?? null,
        conclusionOn: toIsoDate(v.conclusionOn),
        requestsSent: !!v.requestsSent,
        reviewExtended: !!v.reviewExtended,
      });
      message.success('Сохранено');
    } catch (e) {
      setError(showServerError(form, e));
    }
  };
  return (
    <Card
      title={c.needsConclusion ? 'Мотивированное заключение (Указ № 821, п. 16.4)' : 'Материалы'}
      size="small"
      style={{ marginBottom: 16 }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ...c, conclusionOn: fromIsoDate(c.conclusionOn) }}
        onValuesChange={(changed) => {
          setError(null);
          form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
        }}
      >
        <Form.Item name="materials" label="Материалы (перечень)">
          <Input.TextArea rows={2} maxLength={10000} />
        </Form.Item>
        {c.needsConclusion && (
          <>
            <Form.Item
              name="conclusionText"
              label="Текст заключения: сведения, ответы на запросы, мотивированный вывод"
            >
              <Input.TextArea rows={4} maxLength={20000} data-testid="conclusion-text" />
            </Form.Item>
            <Space wrap>
              <Form.Item name="conclusionRecommendation" label="Рекомендуемое решение">
                <Select
                  style={{ width: 420 }}
                  allowClear
                  popupMatchSelectWidth={false}
                  options={c.decisions.map((d) => ({ value: d.code, label: d.label }))}
                />
              </Form.Item>
              <Form.Item name="conclusionOn" label="Дата заключения">
                <DatePicker format={datePickerFormat} data-testid="conclusion-date" />
              </Form.Item>
            </Space>
            <Space wrap>
              <Form.Item name="requestsSent" valuePropName="checked">
                <Checkbox>Направлены запросы (срок 45 дней)</Checkbox>
              </Form.Item>
              <Form.Item name="reviewExtended" valuePropName="checked">
                <Checkbox>Срок продлён на 30 дней</Checkbox>
              </Form.Item>
            </Space>
          </>
        )}
      </Form>
      <Button onClick={submit} loading={save.isPending} data-testid="conclusion-save">
        Сохранить
      </Button>
    </Card>
  );
}

export function CaseCardPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { can } = useAuth();
  const q = useCase(id);
  const [action, setAction] = useState<string | null>(null);
  if (q.isLoading) return <FullPageSpin />;
  if (q.isError || !q.data) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const c = q.data;
  const manage = can('commission.manage');
  const editable = manage && ['preliminary_review', 'awaiting_meeting', 'scheduled'].includes(c.status);
  return (
    <>
      <PageHeader
        title={`Вопрос № ${c.regNumber}`}
        subtitle={`${c.groundLabel} · ${c.subjectName}`}
        backTo="/commission/cases"
        extra={
          <>
            {c.consideredOn && (
              <>
                <Button
                  icon={<FileWordOutlined />}
                  href={`/api/commission/cases/${c.id}/extract.docx?for=employee`}
                  download
                >
                  Выписка для служащего
                </Button>
                <Button
                  icon={<FileWordOutlined />}
                  href={`/api/commission/cases/${c.id}/extract.docx?for=head`}
                  download
                >
                  Выписка для представителя нанимателя
                </Button>
              </>
            )}
            {manage &&
              c.actions.map((a) => (
                <Button
                  key={a}
                  type={a === 'withdraw' ? 'default' : 'primary'}
                  danger={a === 'withdraw'}
                  onClick={() => setAction(a)}
                  data-testid={`case-action-${a}`}
                >
                  {caseActionDefs[a]?.label ?? a}
                </Button>
              ))}
          </>
        }
      />
      <Space style={{ marginBottom: 16 }} wrap>
        <Tag color="blue" data-testid="case-status">
          {c.statusLabel}
        </Tag>
        {c.deadlines.map((d) => (
          <DeadlineTag key={d.code} d={d} />
        ))}
      </Space>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label="Служащий (гражданин)">
            {c.employeeId ? <Link to={`/org/employees/${c.employeeId}`}>{c.subjectName}</Link> : c.subjectName}
          </Descriptions.Item>
          <Descriptions.Item label="Основание">
            {c.groundDescription} <Typography.Text type="secondary">({c.groundBasis})</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="Источник">
            {c.sourceLabel}
            {c.sourceKind === 'affiliation_link' && c.sourceRef ? (
              <>
                {' '}
                <Link to={`/affiliation/links/${c.sourceRef}`}>открыть связь и доказательства</Link>
              </>
            ) : c.sourceRef && c.sourceKind !== 'declaration_finding' ? (
              `: ${c.sourceRef}`
            ) : (
              ''
            )}{' '}
            {c.journalEntryId && (
              <Link to={`/journals/${c.ground === '16d' ? 'ex-employee-notice' : 'coi-notice'}/${c.journalEntryId}`}>
                открыть запись
              </Link>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="Информация поступила">{formatDate(c.receivedOn)}</Descriptions.Item>
          <Descriptions.Item label="Передано председателю">{formatDate(c.chairReceivedOn) || '—'}</Descriptions.Item>
          <Descriptions.Item label="Намерен присутствовать">{yesNo(c.attendIntent)}</Descriptions.Item>
          <Descriptions.Item label="Суть вопроса" span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.summary}</Typography.Paragraph>
          </Descriptions.Item>
          {c.conclusionText && (
            <Descriptions.Item label="Мотивированное заключение" span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {c.conclusionText} {c.conclusionOn && `(от ${formatDate(c.conclusionOn)})`}
              </Typography.Paragraph>
            </Descriptions.Item>
          )}
          {c.decisionLabel && (
            <Descriptions.Item label="Решение комиссии" span={2}>
              {formatDate(c.consideredOn)}: {c.decisionLabel}
            </Descriptions.Item>
          )}
          {c.protocolSentOn && (
            <Descriptions.Item label="Протокол направлен">{formatDate(c.protocolSentOn)}</Descriptions.Item>
          )}
          {c.extractSentOn && (
            <Descriptions.Item label="Выписка вручена служащему">{formatDate(c.extractSentOn)}</Descriptions.Item>
          )}
          {c.headResponseOn && (
            <Descriptions.Item label="Решение представителя нанимателя" span={2}>
              {formatDate(c.headResponseOn)}: {c.headResponseText}
            </Descriptions.Item>
          )}
          {c.lawEnforcementNeeded && (
            <Descriptions.Item label="Правоохранительные органы" span={2}>
              {c.lawEnforcementOn
                ? `${formatDate(c.lawEnforcementOn)}, ${c.lawEnforcementBody}${c.lawEnforcementNote ? `: ${c.lawEnforcementNote}` : ''}`
                : 'Требуется передача материалов (Указ № 821, п. 36)'}
            </Descriptions.Item>
          )}
          {c.closingNote && <Descriptions.Item label="Примечание">{c.closingNote}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {editable && <ConclusionForm c={c} />}
      <Card size="small" title="Сроки" style={{ marginBottom: 16 }}>
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={c.deadlines}
          locale={{ emptyText: 'Сроков нет (сообщение работодателя рассматривается на ближайшем заседании, п. 17.2)' }}
          columns={[
            { key: 'title', title: 'Срок', dataIndex: 'title' },
            { key: 'due', title: 'Дата', render: (_, d) => <DeadlineTag d={{ ...d, title: undefined }} /> },
            { key: 'met', title: 'Исполнено', render: (_, d) => formatDate(d.metOn) },
            { key: 'explanation', title: 'Как посчитано', dataIndex: 'explanation' },
          ]}
        />
      </Card>
      <Card size="small" title="Заседания">
        <Table
          rowKey="itemId"
          size="small"
          pagination={false}
          dataSource={c.meetings}
          locale={{ emptyText: 'Вопрос ещё не включался в повестку' }}
          onRow={(m) => ({
            onClick: () => navigate(`/commission/meetings/${m.meetingId}`),
            style: { cursor: 'pointer' },
          })}
          columns={[
            { key: 'number', title: 'Заседание', render: (_, m) => `№ ${m.number} от ${formatDate(m.meetingDate)}` },
            {
              key: 'outcome',
              title: 'Итог',
              render: (_, m) =>
                m.outcome === 'postponed'
                  ? 'отложено'
                  : m.outcome === 'decided'
                    ? (c.decisions.find((d) => d.code === m.decision)?.label ?? m.decision)
                    : 'не рассмотрено',
            },
            {
              key: 'votes',
              title: 'Голосование',
              render: (_, m) =>
                m.outcome === 'decided'
                  ? `за ${m.votes.for}, против ${m.votes.against}, воздерж. ${m.votes.abstain}`
                  : '',
            },
          ]}
        />
      </Card>
      {action && <CaseActionModal c={c} action={action} onClose={() => setAction(null)} />}
    </>
  );
}
