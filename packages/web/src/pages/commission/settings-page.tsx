import {
  commissionDeadlineCodes,
  commissionSettingsInput,
  defaultQuorum,
  type FederalDeadlineCode,
  federalDeadlineRules,
  type QuorumRule,
  quorumRequired,
} from '@antikor/core';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Skeleton, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../app/api';
import { type DeadlineOverrides, DeadlineOverridesEditor } from '../../components/deadline-overrides-editor';
import { checkWith, showServerError } from '../../components/form-issues';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { useCommissionWrite, useCompositions } from './commission-queries';

/** GET/PUT /api/commission/settings (server/src/modules/commission/commission-access.ts loadSettings). */
type CommissionSettings = {
  quorum: QuorumRule;
  blockAnonymous: boolean;
  deadlineOverrides: DeadlineOverrides;
};

type QuorumValues = { quorumNumerator: number | null; quorumDenominator: number | null; blockAnonymous: boolean };

/** 'Заседание комиссии — не позднее 20 дней …' → 'Заседание комиссии': the term itself is shown below it. */
const ruleTitle = (code: FederalDeadlineCode) => federalDeadlineRules[code].description.split(' — ')[0];
const commissionRules = commissionDeadlineCodes.map((code) => ({ code, title: ruleTitle(code) }));

/** The commission's own terms: GET also returns the journals' terms of the motivated conclusion it applies. */
const ownOverrides = (all: DeadlineOverrides): DeadlineOverrides =>
  Object.fromEntries(
    Object.entries(all).filter(([code]) => (commissionDeadlineCodes as readonly string[]).includes(code)),
  );

const settingsKey = ['commission', 'settings'];

/**
 * Settings of the commission on conduct and conflict of interest by the municipal regulation on it: the
 * quorum (Указ № 821, п. 19), whether anonymous information may be a ground, and the regulation's own terms.
 */
export function SettingsPage() {
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => api.get<CommissionSettings>('/commission/settings'),
  });
  const save = useCommissionWrite((body: { settings: unknown; deadlineOverrides: DeadlineOverrides }) =>
    api.put<CommissionSettings>('/commission/settings', body),
  );
  const { message } = App.useApp();

  const header = (
    <PageHeader
      title="Комиссия: настройки"
      subtitle="По положению о комиссии, утверждённому муниципальным правовым актом"
      backTo="/commission/composition"
    />
  );
  if (settings.isPending)
    return (
      <>
        {header}
        <Skeleton active />
      </>
    );
  if (settings.isError)
    return (
      <>
        {header}
        <LoadError error={settings.error} onRetry={() => settings.refetch()} />
      </>
    );
  const current = settings.data;
  const currentInput = {
    quorumNumerator: current.quorum.numerator,
    quorumDenominator: current.quorum.denominator,
    blockAnonymous: current.blockAnonymous,
  };
  return (
    <>
      {header}
      <QuorumCard
        current={current}
        saving={save.isPending}
        onSave={async (input) => {
          await save.mutateAsync({ settings: input, deadlineOverrides: ownOverrides(current.deadlineOverrides) });
          message.success('Кворум и правило об анонимной информации сохранены');
        }}
      />
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        Сроки работы комиссии
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
        По умолчанию действуют сроки Указа № 821 и 273-ФЗ. Если муниципальное положение о комиссии устанавливает иной
        срок, включите его здесь: он применяется к вопросам, сроки которых пересчитываются после сохранения. Срок
        мотивированного заключения задаётся в настройках журналов, где регистрируются уведомления:{' '}
        <Link to="/journals/coi-notice/settings">конфликт интересов</Link>,{' '}
        <Link to="/journals/ex-employee-notice/settings">сообщения работодателей</Link>.
      </Typography.Paragraph>
      <DeadlineOverridesEditor
        rules={commissionRules}
        overrides={ownOverrides(current.deadlineOverrides)}
        saving={save.isPending}
        submitText="Сохранить сроки"
        onSave={async (deadlineOverrides) => {
          await save.mutateAsync({ settings: currentInput, deadlineOverrides });
          message.success('Сроки комиссии сохранены');
        }}
      />
    </>
  );
}

function QuorumCard({
  current,
  saving,
  onSave,
}: {
  current: CommissionSettings;
  saving: boolean;
  onSave: (input: { quorumNumerator: number; quorumDenominator: number; blockAnonymous: boolean }) => Promise<void>;
}) {
  const [form] = Form.useForm<QuorumValues>();
  const [error, setError] = useState<string | null>(null);
  const compositions = useCompositions();
  const numerator = Form.useWatch('quorumNumerator', form);
  const denominator = Form.useWatch('quorumDenominator', form);

  const today = dayjs().format('YYYY-MM-DD');
  const composition = compositions.data?.find((c) => c.validFrom <= today && (!c.validTo || c.validTo >= today));

  /** Same rules and messages as the server (core commissionSettingsInput); null after marking the fields. */
  const check = (v: QuorumValues) => {
    const missing = (['quorumNumerator', 'quorumDenominator'] as const).filter((f) => v[f] == null);
    form.setFields([
      { name: 'quorumNumerator', errors: [] },
      { name: 'quorumDenominator', errors: [] },
    ]);
    if (missing.length) {
      form.setFields(missing.map((name) => ({ name, errors: ['Укажите число'] })));
      return null;
    }
    return checkWith(commissionSettingsInput, v, form).data;
  };

  const submit = async () => {
    setError(null);
    const input = check(form.getFieldsValue());
    if (!input) return;
    try {
      await onSave(input);
    } catch (e) {
      setError(showServerError(form, e));
    }
  };

  const valid = numerator != null && denominator != null && numerator * 2 > denominator && numerator <= denominator;
  const rule = valid ? { numerator, denominator } : null;
  const isDefault = rule?.numerator === defaultQuorum.numerator && rule.denominator === defaultQuorum.denominator;

  return (
    <Card size="small" title="Кворум и основания для заседания" style={{ maxWidth: 960 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        disabled={saving}
        initialValues={{
          quorumNumerator: current.quorum.numerator,
          quorumDenominator: current.quorum.denominator,
          blockAnonymous: current.blockAnonymous,
        }}
        onValuesChange={(_, all) => {
          setError(null);
          check(all);
        }}
      >
        {/* Both numbers are checked together, so their messages show once, under the whole line. */}
        <Form.Item label="Заседание правомочно, если присутствует не менее" style={{ marginBottom: 8 }}>
          <Flex align="center" gap={8} wrap>
            <span data-testid="quorum-numerator">
              <Form.Item name="quorumNumerator" noStyle>
                <InputNumber min={1} max={10} precision={0} style={{ width: 80 }} aria-label="Кворум: сколько частей" />
              </Form.Item>
            </span>
            <Typography.Text>из</Typography.Text>
            <span data-testid="quorum-denominator">
              <Form.Item name="quorumDenominator" noStyle>
                <InputNumber
                  min={1}
                  max={10}
                  precision={0}
                  style={{ width: 80 }}
                  aria-label="Кворум: из скольких частей"
                />
              </Form.Item>
            </span>
            <Typography.Text>от общего числа членов комиссии</Typography.Text>
          </Flex>
        </Form.Item>
        <Typography.Paragraph type="secondary" data-testid="quorum-hint">
          Указ Президента РФ от 01.07.2010 № 821, п. 19: не менее двух третей от общего числа членов комиссии.
          Муниципальное положение может установить иную долю, но больше половины состава.
          {rule && !isDefault && ' Доля отличается от федеральной — укажите её по муниципальному положению.'}
          {rule &&
            (composition
              ? ` При действующем составе (${composition.members.length} чел.) — не менее ${quorumRequired(composition.members.length, rule)} присутствующих.`
              : ` Например, при составе из 9 человек — не менее ${quorumRequired(9, rule)} присутствующих.`)}
        </Typography.Paragraph>

        <Form.Item
          name="blockAnonymous"
          valuePropName="checked"
          label="Анонимная информация не является основанием для заседания"
          layout="horizontal"
          style={{ marginBottom: 4 }}
        >
          <Switch data-testid="block-anonymous" />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          Анонимная информация не может служить основанием для проверки (Указ Президента РФ от 21.09.2009 № 1065, п.
          11); положения о комиссиях обычно повторяют это правило и для оснований заседания. При включённом правиле
          вопрос по анонимной информации не открывается. Выключайте, только если муниципальное положение прямо допускает
          её рассмотрение.
        </Typography.Paragraph>
        <Button type="primary" onClick={submit} loading={saving} data-testid="quorum-submit">
          Сохранить
        </Button>
      </Form>
    </Card>
  );
}
