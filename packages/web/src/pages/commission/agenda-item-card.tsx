import { memberRoleLabels, type Vote, voteLabels } from '@antikor/core';
import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../app/api';
import { formatDate } from '../../components/dates';
import { showServerError } from '../../components/form-issues';
import { useCommissionWrite } from './commission-queries';
import type { AgendaItem, Meeting } from './commission-types';

type Props = { meeting: Meeting; item: AgendaItem; index: number; canEdit: boolean };

/**
 * One question of the agenda as it is considered: members who declare a personal interest (they do not vote,
 * Указ № 821 п. 21), the votes of the others, the decision chosen from those allowed for the ground and the
 * protocol's texts (п. 31).
 */
export function AgendaItemCard({ meeting, item, index, canEdit }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const save = useCommissionWrite((body: unknown) =>
    api.put<{ ok: boolean }>(`/commission/agenda-items/${item.id}`, body),
  );
  const present = meeting.composition.members.filter((m) => meeting.presentMemberIds.includes(m.id));
  const interested: string[] = Form.useWatch('interestedMemberIds', form) ?? item.interestedMemberIds;
  const outcome = Form.useWatch('outcome', form) ?? item.outcome;
  const voters = present.filter((m) => !interested.includes(m.id));
  const initialVotes = Object.fromEntries(item.votes.map((v) => [v.memberId, v.vote]));

  const submit = async () => {
    const v = form.getFieldsValue();
    const votes = Object.entries((v.votes ?? {}) as Record<string, Vote | undefined>)
      .filter(([memberId, vote]) => vote && voters.some((m) => m.id === memberId))
      .map(([memberId, vote]) => ({ memberId, vote }));
    try {
      await save.mutateAsync({
        ...v,
        votes,
        interestedMemberIds: v.interestedMemberIds ?? [],
        decision: v.outcome === 'decided' ? v.decision : null,
        lawEnforcementNeeded: !!v.lawEnforcementNeeded,
      });
      message.success(`Вопрос ${index + 1}: итоги записаны`);
    } catch (e) {
      setError(showServerError(form, e));
    }
  };

  const header = (
    <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
      <Descriptions.Item label="Служащий">
        <Link to={`/commission/cases/${item.caseId}`}>
          № {item.regNumber}: {item.subjectName}
        </Link>
      </Descriptions.Item>
      <Descriptions.Item label="Суть">{item.summary}</Descriptions.Item>
      {item.conclusionText && (
        <Descriptions.Item label="Мотивированное заключение">{item.conclusionText}</Descriptions.Item>
      )}
      {item.meetingDue && (
        <Descriptions.Item label="Срок рассмотрения">{`${formatDate(item.meetingDue.dueDate)} — ${item.meetingDue.explanation}`}</Descriptions.Item>
      )}
      <Descriptions.Item label="Намерен присутствовать">
        {item.attendIntent === true ? 'да' : item.attendIntent === false ? 'нет' : 'не указал'}
      </Descriptions.Item>
    </Descriptions>
  );

  if (!canEdit) {
    const name = (id: string) => meeting.composition.members.find((m) => m.id === id)?.fullName ?? '';
    return (
      <Card
        size="small"
        title={`${index + 1}. ${item.groundLabel}`}
        style={{ marginBottom: 16 }}
        data-testid={`agenda-item-${index}`}
      >
        {header}
        <Typography.Paragraph>
          <b>Итог:</b>{' '}
          {item.outcome === 'postponed'
            ? 'рассмотрение отложено'
            : item.outcome === 'decided'
              ? (item.decisions.find((d) => d.code === item.decision)?.label ?? '')
              : 'не записан'}
        </Typography.Paragraph>
        {item.decisionText && <Typography.Paragraph>Обоснование: {item.decisionText}</Typography.Paragraph>}
        {item.outcome === 'decided' && (
          <Typography.Paragraph>
            Голосование: за — {item.tally.for}, против — {item.tally.against}, воздержались — {item.tally.abstain}{' '}
            (голосовали {item.tally.eligible})
          </Typography.Paragraph>
        )}
        {item.interestedMemberIds.length > 0 && (
          <Typography.Paragraph type="warning">
            Заявили о личной заинтересованности и не голосовали: {item.interestedMemberIds.map(name).join(', ')}
          </Typography.Paragraph>
        )}
      </Card>
    );
  }

  return (
    <Card
      size="small"
      title={`${index + 1}. ${item.groundLabel}`}
      style={{ marginBottom: 16 }}
      data-testid={`agenda-item-${index}`}
    >
      {header}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="item-error" />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ...item, votes: initialVotes }}
        onValuesChange={(changed) => {
          setError(null);
          form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
        }}
      >
        <Form.Item
          name="interestedMemberIds"
          label="Заявили о личной заинтересованности (не участвуют в рассмотрении, п. 21)"
        >
          <Checkbox.Group
            options={present.map((m) => ({ value: m.id, label: m.fullName }))}
            data-testid="item-interested"
          />
        </Form.Item>
        <Form.Item name="employeeAttended" label="Служащий на заседании">
          <Select
            allowClear
            style={{ width: 220 }}
            options={[
              { value: true, label: 'присутствовал(а)' },
              { value: false, label: 'не присутствовал(а)' },
            ]}
          />
        </Form.Item>
        <Form.Item name="claims" label="Претензии к служащему и материалы (если отличаются от сути вопроса)">
          <Input.TextArea rows={2} maxLength={10000} />
        </Form.Item>
        <Form.Item name="explanations" label="Пояснения служащего и иные пояснения">
          <Input.TextArea rows={2} maxLength={10000} data-testid="item-explanations" />
        </Form.Item>
        <Form.Item name="speakers" label="Выступили (ФИО, краткое изложение)">
          <Input.TextArea rows={2} maxLength={10000} />
        </Form.Item>
        <Form.Item name="otherInfo" label="Другие сведения">
          <Input.TextArea rows={1} maxLength={10000} />
        </Form.Item>
        <Form.Item name="outcome" label="Итог рассмотрения">
          <Radio.Group data-testid="item-outcome">
            <Radio value="decided">Принято решение</Radio>
            <Radio value="postponed">Рассмотрение отложено</Radio>
          </Radio.Group>
        </Form.Item>
        {outcome === 'decided' && (
          <>
            <Form.Item name="decision" label="Решение (из предусмотренных для основания)">
              <Select
                options={item.decisions.map((d) => ({ value: d.code, label: `${d.label} — ${d.basis}` }))}
                popupMatchSelectWidth={false}
                data-testid="item-decision"
              />
            </Form.Item>
            <Typography.Text strong>Голосование</Typography.Text>
            <Space style={{ marginLeft: 12 }}>
              <Button
                size="small"
                onClick={() => form.setFieldValue('votes', Object.fromEntries(voters.map((m) => [m.id, 'for'])))}
                data-testid="item-all-for"
              >
                Все «за»
              </Button>
            </Space>
            <div style={{ margin: '8px 0 16px' }}>
              {voters.length === 0 && (
                <Typography.Text type="secondary">Отметьте присутствующих членов комиссии</Typography.Text>
              )}
              {voters.map((m) => (
                <Form.Item
                  key={m.id}
                  name={['votes', m.id]}
                  label={`${m.fullName} (${memberRoleLabels[m.role].toLowerCase()})`}
                  style={{ marginBottom: 4 }}
                  layout="horizontal"
                >
                  <Radio.Group
                    options={(['for', 'against', 'abstain'] as const).map((v) => ({ value: v, label: voteLabels[v] }))}
                  />
                </Form.Item>
              ))}
            </div>
            <Form.Item name="decisionText" label="Обоснование решения">
              <Input.TextArea rows={3} maxLength={20000} data-testid="item-decision-text" />
            </Form.Item>
            <Form.Item name="dissent" label="Особое мнение члена комиссии (п. 32)">
              <Input.TextArea rows={1} maxLength={10000} />
            </Form.Item>
            <Form.Item name="lawEnforcementNeeded" valuePropName="checked">
              <Checkbox>Установлены признаки правонарушения — передать в правоохранительные органы (п. 36)</Checkbox>
            </Form.Item>
          </>
        )}
        {outcome === 'postponed' && (
          <Form.Item name="decisionText" label="Причина отложения">
            <Input.TextArea rows={2} maxLength={20000} />
          </Form.Item>
        )}
      </Form>
      <Button type="primary" onClick={submit} loading={save.isPending} data-testid="item-save">
        Записать итоги вопроса
      </Button>
    </Card>
  );
}
