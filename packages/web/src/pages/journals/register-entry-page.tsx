import { journalDataSchema } from '@antikor/core';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Result, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../app/api';
import { useUser } from '../../app/auth-context';
import { datePickerFormat } from '../../components/dates';
import { EmployeePicker } from '../../components/employee-picker';
import { checkWith, showServerError } from '../../components/form-issues';
import { PageHeader } from '../../components/page-header';
import { stageOf, toData } from './form-values';
import { JournalField } from './journal-field';
import { useEntryWrite } from './journal-queries';
import type { EntryDetail, JournalInfo } from './journal-types';
import { WithJournal } from './with-journal';

/**
 * Registration of an entry by the journal's keeper, or a municipal employee's own notification
 * (`?own=1`, самообслуживание). Only registration-stage fields are asked; the rest come at workflow steps.
 */
export function RegisterEntryPage() {
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  return (
    <WithJournal code={code}>
      {(journal) => (
        <RegisterForm key={journal.code} journal={journal} own={params.get('own') === '1' || !journal.canRegister} />
      )}
    </WithJournal>
  );
}

type Values = Record<string, unknown> & { employeeId?: string | null; party?: string; registeredOn?: Dayjs | null };

function RegisterForm({ journal, own }: { journal: JournalInfo; own: boolean }) {
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const register = useEntryWrite(null, (body: unknown) =>
    api.post<EntryDetail>(`/journals/${journal.code}/entries`, body),
  );

  const isOwn = own && journal.canFileOwn;
  if (!journal.canRegister && !isOwn) {
    return (
      <Result
        status="403"
        title="Нет доступа"
        subTitle="Регистрировать записи этого журнала может только ответственный за журнал."
      />
    );
  }
  const fields = journal.fields.filter((f) => stageOf(f) === 'registration');
  const asksEmployee = !isOwn && (journal.subject === 'employee' || journal.subject === 'employee_or_party');
  const asksParty = journal.subject === 'party' || (journal.subject === 'employee_or_party' && !isOwn);
  const title = isOwn
    ? journal.formTitle
    : `Регистрация: ${journal.formTitle[0].toLowerCase()}${journal.formTitle.slice(1)}`;
  const backTo = isOwn && !journal.canRegister ? '/my-notices' : `/journals/${journal.code}`;

  const onFinish = async (values: Values) => {
    setError(null);
    const data = toData(fields, values, 'omit');
    const checked = checkWith(journalDataSchema(journal), data, form);
    if (!checked.data) {
      setError(
        checked.unmatched.length
          ? checked.unmatched.map((i) => i.message).join('; ')
          : 'Проверьте поля, отмеченные красным',
      );
      return;
    }
    const body = {
      data,
      // A keeper filing their own notice names themself; a self-service filer is known to the server.
      employeeId: isOwn ? (journal.canRegister ? user.employeeId : undefined) : (values.employeeId ?? undefined),
      party: asksParty ? values.party?.trim() || undefined : undefined,
      registeredOn: journal.canRegister && values.registeredOn ? values.registeredOn.format('YYYY-MM-DD') : undefined,
    };
    try {
      const entry = await register.mutateAsync(body);
      message.success(`${isOwn ? 'Уведомление зарегистрировано' : 'Запись зарегистрирована'} под № ${entry.regNumber}`);
      navigate(`/journals/${journal.code}/${entry.id}`, { replace: true });
    } catch (e) {
      setError(showServerError(form, e));
    }
  };

  return (
    <>
      <PageHeader title={title} subtitle={journal.title} backTo={backTo} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onFinishFailed={() => setError('Проверьте поля, отмеченные красным')}
        onValuesChange={() => setError(null)}
        disabled={register.isPending}
        scrollToFirstError
        data-testid="entry-form"
        initialValues={Object.fromEntries(fields.filter((f) => f.type === 'boolean').map((f) => [f.key, false]))}
        style={{ maxWidth: 880 }}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
        {(journal.subject !== 'none' || journal.canRegister) && (
          <Card size="small" title={isOwn ? 'Заявитель' : 'Регистрация'} style={{ marginBottom: 16 }}>
            {isOwn && journal.subject !== 'none' && journal.subject !== 'party' && (
              <Form.Item label={journal.subjectLabel}>
                <Typography.Text data-testid="entry-own-subject">{user.fullName}</Typography.Text>
              </Form.Item>
            )}
            {asksEmployee && (
              <Form.Item
                name="employeeId"
                label={
                  journal.subject === 'employee_or_party' ? `${journal.subjectLabel} — сотрудник` : journal.subjectLabel
                }
                rules={
                  journal.subject === 'employee'
                    ? [{ required: true, message: `Укажите: ${journal.subjectLabel.toLowerCase()}` }]
                    : []
                }
                extra={journal.subject === 'employee_or_party' ? 'Или укажите стороннее лицо ниже' : undefined}
              >
                <EmployeePicker includeFormer testId="entry-employee" />
              </Form.Item>
            )}
            {asksParty && (
              <Form.Item
                name="party"
                label={
                  journal.subject === 'employee_or_party' ? `${journal.subjectLabel} — иное лицо` : journal.subjectLabel
                }
                rules={
                  journal.subject === 'party'
                    ? [{ required: true, whitespace: true, message: `Укажите: ${journal.subjectLabel.toLowerCase()}` }]
                    : []
                }
              >
                <Input maxLength={500} data-testid="entry-party" />
              </Form.Item>
            )}
            {journal.canRegister && (
              <Form.Item
                name="registeredOn"
                label="Дата регистрации"
                extra="Оставьте пустой — будет сегодняшняя. Укажите дату поступления, если документ на бумаге регистрируется позже."
              >
                <DatePicker
                  format={datePickerFormat}
                  placeholder="Сегодня"
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                  style={{ width: 220 }}
                  data-testid="entry-registered-on"
                />
              </Form.Item>
            )}
          </Card>
        )}
        <Card size="small" title={journal.formTitle} style={{ marginBottom: 16 }}>
          {fields.map((f) => (
            <JournalField key={f.key} field={f} required={!!f.required} />
          ))}
        </Card>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={register.isPending} data-testid="entry-submit">
            {isOwn ? 'Подать уведомление' : 'Зарегистрировать'}
          </Button>
          <Button onClick={() => navigate(backTo)}>Отмена</Button>
        </Flex>
      </Form>
    </>
  );
}
