import {
  type CaseInput,
  caseInput,
  caseSourceKinds,
  caseSourceLabels,
  commissionGrounds,
  groundDefs,
  type Page,
} from '@antikor/core';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../app/api';
import { datePickerFormat, formatDate, toIsoDate } from '../../components/dates';
import { EmployeePicker } from '../../components/employee-picker';
import { checkWith, showServerError } from '../../components/form-issues';
import { PageHeader } from '../../components/page-header';
import { useCommissionWrite } from './commission-queries';
import type { CaseDetail } from './commission-types';

type Entry = {
  id: string;
  regNumber: string;
  registeredOn: string;
  status: string;
  subjectName: string | null;
  journalCode: string;
};
const sourceJournals = [
  {
    code: 'coi-notice',
    title: 'Уведомление о личной заинтересованности (п. 16 «б» абз. 5)',
    statuses: ['preliminary_review', 'concluded', 'referred_to_commission'],
  },
  {
    code: 'ex-employee-notice',
    title: 'Сообщение работодателя о бывшем служащем (п. 16 «д»)',
    statuses: ['concluded', 'referred_to_commission'],
  },
];

/** Journal entries that can go to the commission: notices under review or with a conclusion. */
function useSourceEntries() {
  return useQuery({
    queryKey: ['commission', 'source-entries'],
    queryFn: async () => {
      const pages = await Promise.all(
        sourceJournals.map((j) =>
          api
            .get<Page<Entry>>(`/journals/${j.code}/entries`, { pageSize: 200 })
            .catch(() => ({ items: [] as Entry[] })),
        ),
      );
      return pages.flatMap((p, i) =>
        p.items
          .filter((e) => sourceJournals[i].statuses.includes(e.status))
          .map((e) => ({ ...e, journalCode: sourceJournals[i].code })),
      );
    },
  });
}

/** Opens a question for the commission: from a journal entry, or on another ground of Указ № 821 п. 16. */
export function NewCasePage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [mode, setMode] = useState<'entry' | 'other'>('entry');
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  // «Открыть вопрос» on a journal entry's card comes here with the entry chosen.
  const [params] = useSearchParams();
  const [entryId, setEntryId] = useState<string | null>(params.get('entry'));
  const entries = useSourceEntries();
  const open = useCommissionWrite((body: unknown) =>
    api.post<CaseDetail>(mode === 'entry' ? '/commission/cases/from-entry' : '/commission/cases', body),
  );
  const sourceKind = Form.useWatch('sourceKind', form);

  const submit = async () => {
    setError(null);
    let body: unknown;
    if (mode === 'entry') {
      if (!entryId) return setError('Выберите запись журнала');
      body = { journalEntryId: entryId };
    } else {
      const v = form.getFieldsValue();
      const values: CaseInput = {
        ...v,
        receivedOn: toIsoDate(v.receivedOn) ?? undefined,
        employeeId: v.employeeId ?? null,
        subjectName: v.subjectName || null,
        sourceRef: v.sourceRef || null,
      };
      const checked = checkWith(caseInput, values, form);
      if (!checked.data)
        return setError(checked.unmatched.map((i) => i.message).join('; ') || 'Проверьте поля, отмеченные красным');
      body = checked.data;
    }
    try {
      const c = await open.mutateAsync(body);
      message.success(`Вопрос № ${c.regNumber} открыт`);
      navigate(`/commission/cases/${c.id}`);
    } catch (e) {
      setError(showServerError(form, e));
    }
  };

  return (
    <>
      <PageHeader title="Открыть вопрос для рассмотрения комиссией" backTo="/commission/cases" />
      <Card style={{ maxWidth: 860 }}>
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value)}
          optionType="button"
          style={{ marginBottom: 16 }}
          data-testid="case-mode"
        >
          <Radio.Button value="entry">По записи журнала</Radio.Button>
          <Radio.Button value="other">Другое основание</Radio.Button>
        </Radio.Group>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="case-error" />}
        {mode === 'entry' ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph type="secondary">
              Уведомление о возникновении личной заинтересованности или сообщение работодателя о заключении договора с
              бывшим служащим. Мотивированное заключение из журнала переходит в материалы вопроса; если его ещё нет,
              предварительное рассмотрение продолжится в вопросе (Указ № 821, п. 16.4).
            </Typography.Paragraph>
            <Select
              style={{ width: '100%' }}
              value={entryId}
              onChange={setEntryId}
              loading={entries.isFetching}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="Выберите запись журнала"
              data-testid="case-entry"
              notFoundContent="Нет уведомлений на рассмотрении или с мотивированным заключением"
              options={sourceJournals.map((j) => ({
                label: j.title,
                options: (entries.data ?? [])
                  .filter((e) => e.journalCode === j.code)
                  .map((e) => ({
                    value: e.id,
                    label: `№ ${e.regNumber} от ${formatDate(e.registeredOn)} — ${e.subjectName ?? ''}`,
                  })),
              }))}
            />
          </Space>
        ) : (
          <Form
            form={form}
            layout="vertical"
            initialValues={{ sourceKind: 'manual', isAnonymous: false }}
            onValuesChange={(changed) => {
              setError(null);
              form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
            }}
          >
            <Form.Item name="ground" label="Основание (Указ № 821, п. 16)" required>
              <Select
                options={commissionGrounds.map((g) => ({
                  value: g,
                  label: `${groundDefs[g].label} — ${groundDefs[g].basis}`,
                }))}
                popupMatchSelectWidth={false}
                data-testid="case-ground"
              />
            </Form.Item>
            <Form.Item name="sourceKind" label="Источник информации">
              <Select
                options={caseSourceKinds
                  .filter((k) => k !== 'journal_entry')
                  .map((k) => ({ value: k, label: caseSourceLabels[k] }))}
              />
            </Form.Item>
            <Form.Item
              name="sourceRef"
              label="Реквизиты источника"
              help={
                sourceKind && sourceKind !== 'manual'
                  ? 'Номер и дата доклада о проверке, идентификатор результата анализа или связи'
                  : 'Например, «Представление заместителя главы от 05.02.2024»'
              }
            >
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item name="employeeId" label="Служащий (в том числе бывший)">
              <EmployeePicker includeFormer testId="case-employee" />
            </Form.Item>
            <Form.Item name="subjectName" label="…или ФИО и должность, если человека нет в штатном списке">
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item name="receivedOn" label="Дата поступления информации" required>
              <DatePicker format={datePickerFormat} data-testid="case-received" />
            </Form.Item>
            <Form.Item name="summary" label="Суть вопроса: претензии, материалы" required>
              <Input.TextArea rows={4} maxLength={10000} data-testid="case-summary" />
            </Form.Item>
            <Form.Item name="attendIntent" label="Служащий намерен лично присутствовать на заседании">
              <Select
                allowClear
                options={[
                  { value: true, label: 'Да' },
                  { value: false, label: 'Нет' },
                ]}
                style={{ width: 160 }}
              />
            </Form.Item>
            <Form.Item name="isAnonymous" valuePropName="checked">
              <Checkbox>Информация анонимная</Checkbox>
            </Form.Item>
          </Form>
        )}
        <Button
          type="primary"
          onClick={submit}
          loading={open.isPending}
          data-testid="case-submit"
          style={{ marginTop: 8 }}
        >
          Открыть вопрос
        </Button>
      </Card>
    </>
  );
}
