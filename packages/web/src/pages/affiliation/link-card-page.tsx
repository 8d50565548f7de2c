import { ArrowRightOutlined } from '@ant-design/icons';
import { type LinkStatus, linkStatusLabels } from '@antikor/core';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../app/api';
import { formatDate, formatDateTime } from '../../components/dates';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useDecideLink, useLinkCard } from './affiliation-queries';
import type { FieldEvidence, LinkCard } from './affiliation-types';
import { basisLabels, LinkStatusTag, ScoreTag } from './link-tags';

const fieldLabels: Record<string, string> = {
  inn: 'ИНН',
  last_name: 'Фамилия',
  first_name: 'Имя',
  middle_name: 'Отчество',
  birth_date: 'Дата рождения',
  phone: 'Телефон',
  email: 'E-mail',
  address: 'Адрес',
  gender: 'Пол',
};
const howLabels: Record<string, string> = {
  exact: 'совпадает',
  normalised: 'совпадает (регистр, пробелы, ё/е)',
  transliteration: 'совпадает в латинской записи',
  initial: 'совпадает инициал',
  'gender-form': 'другая родовая форма фамилии',
  typo: 'отличается одной опечаткой',
  'other-order': 'другой порядок',
  'entrepreneur-inn': 'ИНН индивидуального предпринимателя',
  'same-invalid': 'совпадает, но не проходит проверку контрольных цифр',
  'other-format': 'совпадает в другой записи',
  'local-number': 'совпадает без кода города',
  'other-form': 'совпадает в другой записи',
  'same-flat': 'та же квартира',
  'same-house': 'тот же дом',
  'same-building': 'тот же дом (квартира указана с одной стороны)',
  different: 'различается',
  'different-unchecked': 'различается (номер с ошибкой)',
};
const outcomeTag = {
  agree: <Tag color="green">совпадает</Tag>,
  partial: <Tag color="gold">частично</Tag>,
  disagree: <Tag color="red">различается</Tag>,
};

const decisionOptions: { value: Exclude<LinkStatus, 'new'>; label: string }[] = [
  { value: 'confirmed', label: 'Подтверждено' },
  { value: 'rejected', label: 'Не подтверждено' },
  { value: 'needs_check', label: 'Требует проверки' },
  { value: 'referred', label: 'Направить в комиссию' },
];

/** The evidence card of one link: the path, what agreed and what did not, the decision and its history. */
export function LinkCardPage() {
  const { id = '' } = useParams();
  const card = useLinkCard(id);
  if (card.isError) return <LoadError error={card.error} onRetry={() => card.refetch()} />;
  if (!card.data) return <Spin />;
  const c = card.data;
  return (
    <>
      <PageHeader
        title={`Связь: ${c.employee.name} — ${c.counterparty.companyName ?? c.counterparty.companyInn ?? ''}`}
        subtitle={c.summary}
        backTo="/affiliation"
      />
      <Card size="small" style={{ marginBottom: 16 }} data-testid="link-path">
        <Flex gap={12} align="center" wrap>
          {c.path.map((step, i) => (
            <Flex key={step.kind} gap={12} align="center">
              {i > 0 && <ArrowRightOutlined style={{ color: '#999' }} />}
              <div>
                <Typography.Text strong>{step.label}</Typography.Text>
                {step.detail && <div style={{ color: '#888', fontSize: 12 }}>{step.detail}</div>}
              </div>
            </Flex>
          ))}
        </Flex>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card size="small" title="Доказательства" style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
              <Descriptions.Item label="Оценка">
                <ScoreTag score={c.score} />
              </Descriptions.Item>
              <Descriptions.Item label="Основание">{basisLabels[c.basis]}</Descriptions.Item>
              <Descriptions.Item label="То же лицо">
                {c.evidence.samePerson.toFixed(2).replace('.', ',')}
              </Descriptions.Item>
              <Descriptions.Item label="Общий контакт">
                {c.evidence.sharedContact.toFixed(2).replace('.', ',')}
              </Descriptions.Item>
            </Descriptions>
            {c.evidence.cap === 'name-only' && (
              <Typography.Paragraph type="warning">
                Совпадает только ФИО: это может быть однофамилец — нужна проверка по документам.
              </Typography.Paragraph>
            )}
            {c.evidence.cap === 'inn-conflict' && (
              <Typography.Paragraph type="warning">ИНН различаются: по ИНН это разные лица.</Typography.Paragraph>
            )}
            <Table<FieldEvidence>
              size="small"
              rowKey={(f) => `${f.field}|${f.staff}|${f.counterparty}`}
              pagination={false}
              dataSource={c.evidence.fields}
              data-testid="evidence-table"
              columns={[
                { key: 'field', title: 'Сведения', width: 130, render: (_, f) => fieldLabels[f.field] ?? f.field },
                {
                  key: 'staff',
                  title: c.person.relation === 'self' ? 'У сотрудника' : 'У родственника',
                  dataIndex: 'staff',
                },
                { key: 'cp', title: 'У контрагента', dataIndex: 'counterparty' },
                { key: 'outcome', title: 'Итог', width: 110, render: (_, f) => outcomeTag[f.outcome] },
                { key: 'how', title: 'Как', render: (_, f) => howLabels[f.how] ?? f.how },
              ]}
            />
          </Card>
          <Card size="small" title="Контрагент" style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label="Организация">{c.counterparty.companyName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="ИНН">{c.counterparty.companyInn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="Роль лица">{c.counterparty.roleLabel ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="Лицо">{c.counterparty.personName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="Дата рождения">
                {formatDate(c.counterpartyDetails.birthDate) || '—'}
              </Descriptions.Item>
              <Descriptions.Item label="Телефоны">{c.counterpartyDetails.phones.join(', ') || '—'}</Descriptions.Item>
              <Descriptions.Item label="Адреса">{c.counterpartyDetails.addresses.join('; ') || '—'}</Descriptions.Item>
              <Descriptions.Item label="Источник">
                {c.counterparty.source === 'institution'
                  ? 'руководитель подведомственного учреждения'
                  : c.counterparty.source === 'procurement'
                    ? 'поставщик из реестра закупок'
                    : 'загруженный список контрагентов'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {c.contracts.length > 0 && (
            <Card
              size="small"
              title="Закупки у этой организации (реестр закупок)"
              style={{ marginBottom: 16 }}
              data-testid="link-contracts"
            >
              <Table
                size="small"
                rowKey="entryId"
                pagination={false}
                dataSource={c.contracts}
                columns={[
                  {
                    title: 'Извещение',
                    dataIndex: 'noticeNumber',
                    render: (v: string, k) => <Link to={`/journals/procurement/${k.entryId}`}>{v}</Link>,
                  },
                  { title: 'Объект закупки', dataIndex: 'object' },
                  { title: 'Заказчик', dataIndex: 'customer' },
                  {
                    title: 'Контракт',
                    render: (_: unknown, k) =>
                      k.contractNumber ? `№ ${k.contractNumber} от ${formatDate(k.contractOn)}` : '—',
                  },
                  {
                    title: 'Цена, руб.',
                    dataIndex: 'contractPrice',
                    align: 'right',
                    render: (v: number | null) =>
                      v === null ? '—' : v.toLocaleString('ru-RU', { minimumFractionDigits: 2 }),
                  },
                ]}
              />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title="Решение рабочей группы" style={{ marginBottom: 16 }}>
            <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
              <LinkStatusTag status={c.status} />
              {!c.isCurrent && <Tag>последней проверкой не найдена</Tag>}
            </Flex>
            {c.caseRef && <Typography.Paragraph>Материал комиссии: {c.caseRef}</Typography.Paragraph>}
            {c.comment && <Typography.Paragraph>Комментарий: {c.comment}</Typography.Paragraph>}
            {c.allowed.length > 0 ? (
              <DecisionForm card={c} />
            ) : (
              <Typography.Text type="secondary">
                Связь направлена в комиссию; дальнейшее рассмотрение — в материалах комиссии.
              </Typography.Text>
            )}
          </Card>
          <Card size="small" title="История">
            <Timeline
              data-testid="link-history"
              items={c.events.map((e) => ({
                key: e.id,
                children: (
                  <>
                    <div>
                      {formatDateTime(e.at)} —{' '}
                      {e.kind === 'found'
                        ? 'найдена проверкой'
                        : e.kind === 'reopened'
                          ? 'возвращена на рассмотрение'
                          : `решение: ${e.toStatusLabel}`}
                      {e.actorName ? `, ${e.actorName}` : ''}
                    </div>
                    {e.comment && <div style={{ color: '#666' }}>{e.comment}</div>}
                    {e.caseRef && <div style={{ color: '#666' }}>Материал комиссии: {e.caseRef}</div>}
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}

function DecisionForm({ card }: { card: LinkCard }) {
  const [form] = Form.useForm<{ status: Exclude<LinkStatus, 'new'>; comment?: string; caseRef?: string }>();
  const decide = useDecideLink(card.id);
  const { message } = App.useApp();
  const status = Form.useWatch('status', form);
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="decision-form"
      onFinish={async (values) => {
        try {
          await decide.mutateAsync(values);
          message.success(`Решение записано: ${linkStatusLabels[values.status]}`);
          form.resetFields();
        } catch (e) {
          if (e instanceof ApiError && e.details.length)
            form.setFields(e.details.map((d) => ({ name: d.field as 'comment', errors: [d.message] })));
          message.error(errorMessage(e));
        }
      }}
    >
      <Form.Item name="status" label="Решение" rules={[{ required: true, message: 'Выберите решение' }]}>
        <Radio.Group options={decisionOptions.filter((o) => card.allowed.includes(o.value))} optionType="button" />
      </Form.Item>
      {status === 'referred' && (
        <Form.Item
          name="caseRef"
          label="Номер материала комиссии, если вопрос уже заведён вне системы"
          extra="Оставьте пустым — в разделе «Комиссия» будет открыт вопрос (представление, п. 16 «в» Указа № 821) с этой связью как основанием."
        >
          <Input placeholder="например, 7/2025 от 14.03.2025" maxLength={200} />
        </Form.Item>
      )}
      <Form.Item
        name="comment"
        label={status === 'rejected' ? 'Почему связь не подтверждена' : 'Комментарий'}
        rules={status === 'rejected' ? [{ required: true, message: 'Укажите причину' }] : []}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={decide.isPending} data-testid="decision-submit">
        Записать решение
      </Button>
    </Form>
  );
}
