import { type DeadlineRule, deadlineRuleSchema, federalDeadlineRules } from '@antikor/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Select,
  Skeleton,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../../app/api';
import { useUser } from '../../app/auth-context';
import { showServerError } from '../../components/form-issues';
import { PageHeader } from '../../components/page-header';
import { LoadError } from '../../components/query-state';
import { settingsRoles } from './journal-page';
import type { JournalInfo } from './journal-types';
import { WithJournal } from './with-journal';

type Overrides = Record<string, DeadlineRule>;
type RuleValues = {
  isLocal: boolean;
  kind: 'working_days' | 'calendar_days' | 'months';
  amount: number;
  basis: string;
  description: string;
};

const kindOptions = [
  { value: 'working_days', label: 'рабочих дней' },
  { value: 'calendar_days', label: 'календарных дней' },
  { value: 'months', label: 'месяцев' },
];

/**
 * The journal's terms set by the municipal act (domain.md §0.1: local acts set many deadlines). A term
 * left federal follows the default; a local one replaces it for this organisation's new and open entries.
 */
export function JournalSettingsPage() {
  const { code = '' } = useParams();
  const user = useUser();
  if (!user.roles.some((r) => (settingsRoles as readonly string[]).includes(r))) {
    return (
      <Result
        status="403"
        title="Нет доступа"
        subTitle="Сроки журналов настраивает специалист по профилактике коррупции."
      />
    );
  }
  return <WithJournal code={code}>{(journal) => <SettingsForm key={journal.code} journal={journal} />}</WithJournal>;
}

function SettingsForm({ journal }: { journal: JournalInfo }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Record<string, RuleValues>>();
  const [error, setError] = useState<string | null>(null);
  const settings = useQuery({
    queryKey: ['journal-settings', journal.code],
    queryFn: () => api.get<{ deadlineOverrides: Overrides }>(`/journals/${journal.code}/settings`),
  });
  const save = useMutation({
    mutationFn: (deadlineOverrides: Overrides) =>
      api.put<{ deadlineOverrides: Overrides }>(`/journals/${journal.code}/settings`, { deadlineOverrides }),
    onSuccess: (data) => {
      queryClient.setQueryData(['journal-settings', journal.code], data);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['journal-entries'] }),
        queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
      ]);
    },
  });
  const rules = [...new Set(journal.deadlines.map((d) => d.rule))];

  if (settings.isPending) return <Skeleton active />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => settings.refetch()} />;
  const current = settings.data.deadlineOverrides;
  const initial = Object.fromEntries(
    rules.map((rule) => {
      const r = current[rule] ?? federalDeadlineRules[rule];
      const kind =
        r.kind === 'working_days' || r.kind === 'calendar_days' || r.kind === 'months' ? r.kind : 'working_days';
      return [
        rule,
        {
          isLocal: !!current[rule],
          kind,
          amount: r.amount,
          basis: current[rule]?.basis ?? '',
          description: r.description,
        },
      ];
    }),
  );

  const onFinish = async (values: Record<string, RuleValues>) => {
    setError(null);
    const overrides: Overrides = {};
    for (const rule of rules) {
      const v = values[rule];
      if (!v?.isLocal) continue;
      const parsed = deadlineRuleSchema.safeParse({
        ...federalDeadlineRules[rule],
        kind: v.kind,
        amount: v.amount,
        basis: v.basis,
        description: v.description,
        origin: 'local_default',
      });
      if (!parsed.success) {
        setError(
          `${journal.deadlines.find((d) => d.rule === rule)?.title}: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
        );
        return;
      }
      overrides[rule] = parsed.data;
    }
    try {
      await save.mutateAsync(overrides);
      message.success('Сроки журнала сохранены; открытые записи пересчитываются при следующем изменении');
    } catch (e) {
      setError(showServerError(form, e));
    }
  };

  return (
    <>
      <PageHeader
        title={`Сроки журнала «${journal.shortTitle}»`}
        subtitle="Сроки по муниципальному правовому акту вместо федеральных по умолчанию"
        backTo={`/journals/${journal.code}`}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={onFinish}
        disabled={save.isPending}
        style={{ maxWidth: 960 }}
      >
        {rules.map((rule) => {
          const federal = federalDeadlineRules[rule];
          const title = journal.deadlines
            .filter((d) => d.rule === rule)
            .map((d) => d.title)
            .join(', ');
          return (
            <Card key={rule} size="small" title={title} style={{ marginBottom: 16 }} data-testid={`rule-${rule}`}>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                По умолчанию: {federal.description} ({federal.basis}){' '}
                {federal.origin === 'federal' ? (
                  <Tag>федеральный срок</Tag>
                ) : (
                  <Tag color="orange">типовой срок — сверьте с муниципальным актом</Tag>
                )}
              </Typography.Paragraph>
              <Form.Item
                name={[rule, 'isLocal']}
                valuePropName="checked"
                label="Срок установлен муниципальным актом"
                layout="horizontal"
                style={{ marginBottom: 8 }}
              >
                <Switch />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) =>
                  getFieldValue([rule, 'isLocal']) && (
                    <Row gutter={12}>
                      <Col xs={24} md={8}>
                        <Flex gap={8}>
                          <Form.Item
                            name={[rule, 'amount']}
                            label="Срок"
                            rules={[{ required: true, message: 'Укажите число' }]}
                          >
                            <InputNumber min={1} max={1000} precision={0} style={{ width: 90 }} />
                          </Form.Item>
                          <Form.Item name={[rule, 'kind']} label=" ">
                            <Select options={kindOptions} style={{ width: 170 }} />
                          </Form.Item>
                        </Flex>
                      </Col>
                      <Col xs={24} md={16}>
                        <Form.Item
                          name={[rule, 'basis']}
                          label="Основание (акт, пункт)"
                          rules={[{ required: true, whitespace: true, message: 'Укажите муниципальный акт и пункт' }]}
                        >
                          <Input placeholder="Постановление администрации от … № …, п. …" />
                        </Form.Item>
                      </Col>
                      <Col span={24}>
                        <Form.Item
                          name={[rule, 'description']}
                          label="Как срок описывается пользователям"
                          rules={[{ required: true, whitespace: true, message: 'Опишите срок' }]}
                        >
                          <Input />
                        </Form.Item>
                      </Col>
                    </Row>
                  )
                }
              </Form.Item>
            </Card>
          );
        })}
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="settings-submit">
          Сохранить
        </Button>
      </Form>
    </>
  );
}
