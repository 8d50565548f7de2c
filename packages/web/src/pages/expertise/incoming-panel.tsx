import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../app/api';
import { datePickerFormat, formatDate, toIsoDate } from '../../components/dates';
import { showServerError } from '../../components/form-issues';
import { useExpertiseWrite, useFactors } from './expertise-queries';
import { type ExpertiseOverview, type Incoming, incomingResultLabels } from './expertise-types';

const stateTag: Record<Incoming['state'], { color: string; label: string }> = {
  open: { color: 'blue', label: 'на рассмотрении' },
  overdue: { color: 'red', label: 'срок истёк' },
  answered: { color: 'green', label: 'рассмотрено' },
  answered_late: { color: 'magenta', label: 'рассмотрено с нарушением срока' },
};

/**
 * Independent anti-corruption expertise (172-ФЗ ст. 5: conclusions considered within 30 days) and the
 * prosecutor's demands (ст. 4: within 10 days) about this draft or act; the posting period of the draft.
 */
export function IncomingPanel({ overview }: { overview: ExpertiseOverview }) {
  const { message } = App.useApp();
  const e = overview.entry;
  const [registering, setRegistering] = useState(false);
  const [answering, setAnswering] = useState<Incoming | null>(null);
  const publish = useExpertiseWrite(e.id, (from: string) =>
    api.post<{ from: string; to: string; description: string }>(`/draft-acts/${e.id}/expertise/publication`, { from }),
  );
  return (
    <Card
      size="small"
      title="Независимая антикоррупционная экспертиза и требования прокурора"
      data-testid="incoming-panel"
      extra={
        overview.canEdit && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="incoming-add">
            Зарегистрировать поступивший документ
          </Button>
        )
      }
    >
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text>Размещение проекта для независимой экспертизы:</Typography.Text>
        {e.publishedForIndependentFrom ? (
          <Typography.Text strong>
            с {formatDate(e.publishedForIndependentFrom)} по {formatDate(e.publishedForIndependentTo)}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">не размещался</Typography.Text>
        )}
        {overview.canEdit && !e.isFinal && (
          <Tooltip title="Окончание приёма заключений рассчитывается по сроку муниципального порядка (по умолчанию не менее 7 дней)">
            <DatePicker
              size="small"
              format={datePickerFormat}
              placeholder="Дата размещения"
              onChange={(d) => {
                const from = toIsoDate(d);
                if (from)
                  publish.mutate(from, {
                    onSuccess: (r) => message.success(`Приём заключений — по ${formatDate(r.to)}`),
                    onError: (err) => message.error(errorMessage(err)),
                  });
              }}
            />
          </Tooltip>
        )}
      </Flex>
      <Table<Incoming>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={overview.incoming}
        locale={{ emptyText: 'Заключений независимых экспертов и требований прокурора не поступало' }}
        columns={[
          {
            title: 'Документ',
            render: (_, i) => (
              <>
                <div>{i.kindLabel}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[i.docNumber && `№ ${i.docNumber}`, i.docDate && `от ${formatDate(i.docDate)}`]
                    .filter(Boolean)
                    .join(' ')}
                </Typography.Text>
              </>
            ),
          },
          { title: 'Поступил', dataIndex: 'receivedOn', width: 100, render: formatDate },
          {
            title: 'От кого',
            render: (_, i) => (
              <>
                <div>{i.author}</div>
                {i.accreditation && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    аккредитация: {i.accreditation}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: 'Факторы', width: 90, render: (_, i) => i.factorCodes.join(', ') || '—' },
          { title: 'Суть', dataIndex: 'summary', ellipsis: true },
          {
            title: 'Срок рассмотрения',
            width: 170,
            render: (_, i) => (
              <Tooltip
                title={
                  <div style={{ maxWidth: 420 }}>
                    {i.dueExplanation}
                    <div style={{ marginTop: 4 }}>Основание: {i.dueBasis}</div>
                  </div>
                }
              >
                <Tag
                  color={stateTag[i.state].color}
                  data-testid="incoming-state"
                  data-state={i.state}
                  style={{ cursor: 'help' }}
                >
                  до {formatDate(i.dueDate)}: {stateTag[i.state].label}
                </Tag>
              </Tooltip>
            ),
          },
          {
            title: 'Результат',
            render: (_, i) =>
              i.answeredOn ? (
                <>
                  <div>
                    {i.result ? incomingResultLabels[i.result] : ''}, {formatDate(i.answeredOn)}
                    {i.answerNumber ? ` № ${i.answerNumber}` : ''}
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {i.answerSummary}
                  </Typography.Text>
                </>
              ) : overview.canEdit ? (
                <Button size="small" onClick={() => setAnswering(i)}>
                  Внести результат
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {registering && <RegisterIncomingModal overview={overview} onClose={() => setRegistering(false)} />}
      {answering && <AnswerModal entryId={e.id} doc={answering} onClose={() => setAnswering(null)} />}
    </Card>
  );
}

function RegisterIncomingModal({ overview, onClose }: { overview: ExpertiseOverview; onClose: () => void }) {
  const { message } = App.useApp();
  const factors = useFactors();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form);
  const save = useExpertiseWrite(overview.entry.id, (body: object) =>
    api.post<Incoming>(`/draft-acts/${overview.entry.id}/expertise/incoming`, body),
  );
  const submit = async () => {
    const v = await form.validateFields();
    save.mutate(
      {
        ...v,
        receivedOn: toIsoDate(v.receivedOn),
        docDate: toIsoDate(v.docDate),
        hasProposals: v.hasProposals ?? true,
      },
      {
        onSuccess: (r) => {
          message.success(`Зарегистрировано, рассмотреть до ${formatDate(r.dueDate)}`);
          onClose();
        },
        onError: (e) => setError(showServerError(form, e)),
      },
    );
  };
  return (
    <Modal
      open
      title="Поступивший документ"
      okText="Зарегистрировать"
      cancelText="Отмена"
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={submit}
      width={640}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'independent_conclusion', factorCodes: [], hasProposals: true }}
      >
        <Form.Item name="kind" label="Вид документа" rules={[{ required: true }]}>
          <Select
            options={[
              {
                value: 'independent_conclusion',
                label: 'Заключение независимой антикоррупционной экспертизы (рассмотреть в 30 дней)',
              },
              { value: 'prosecutor_demand', label: 'Требование прокурора об изменении акта (рассмотреть в 10 дней)' },
            ]}
          />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item
            name="receivedOn"
            label="Дата поступления"
            rules={[{ required: true, message: 'Укажите дату поступления' }]}
            style={{ flex: 1 }}
          >
            <DatePicker format={datePickerFormat} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="docNumber" label="Номер документа" style={{ flex: 1 }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="docDate" label="Дата документа" style={{ flex: 1 }}>
            <DatePicker format={datePickerFormat} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="author"
          label={kind === 'prosecutor_demand' ? 'Прокуратура' : 'Независимый эксперт (ФИО или организация)'}
          rules={[{ required: true, message: 'Укажите, от кого поступил документ' }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        {kind !== 'prosecutor_demand' && (
          <Form.Item name="accreditation" label="Аккредитация Минюста России (распоряжение, дата, номер)">
            <Input maxLength={500} />
          </Form.Item>
        )}
        <Form.Item name="factorCodes" label="Коррупциогенные факторы">
          <Select
            mode="multiple"
            options={(factors.data ?? []).map((f) => ({ value: f.code, label: `${f.code} — ${f.title}` }))}
          />
        </Form.Item>
        <Form.Item
          name="summary"
          label="Выявленные факторы и предложения"
          rules={[{ required: true, message: 'Кратко изложите содержание' }]}
        >
          <Input.TextArea rows={3} maxLength={10000} />
        </Form.Item>
        {kind !== 'prosecutor_demand' && (
          <Form.Item name="hasProposals" valuePropName="checked">
            <Checkbox>Содержит предложения о способе устранения факторов (нужен мотивированный ответ)</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function AnswerModal({ entryId, doc, onClose }: { entryId: string; doc: Incoming; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const save = useExpertiseWrite(entryId, (body: object) =>
    api.post<Incoming>(`/expertise-incoming/${doc.id}/answer`, body),
  );
  const submit = async () => {
    const v = await form.validateFields();
    save.mutate(
      { ...v, answeredOn: toIsoDate(v.answeredOn) },
      {
        onSuccess: () => {
          message.success('Результат рассмотрения внесён');
          onClose();
        },
        onError: (e) => setError(showServerError(form, e)),
      },
    );
  };
  return (
    <Modal
      open
      title={`Результат рассмотрения: ${doc.kindLabel.toLowerCase()}`}
      okText="Сохранить"
      cancelText="Отмена"
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={submit}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Flex gap={12}>
          <Form.Item
            name="answeredOn"
            label="Дата ответа"
            rules={[{ required: true, message: 'Укажите дату' }]}
            style={{ flex: 1 }}
          >
            <DatePicker format={datePickerFormat} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="answerNumber" label="Исходящий номер" style={{ flex: 1 }}>
            <Input maxLength={100} />
          </Form.Item>
        </Flex>
        <Form.Item name="result" label="Результат" rules={[{ required: true, message: 'Укажите результат' }]}>
          <Select options={Object.entries(incomingResultLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item
          name="answerSummary"
          label="Содержание ответа"
          rules={[{ required: true, message: 'Изложите результат рассмотрения' }]}
        >
          <Input.TextArea rows={3} maxLength={10000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
