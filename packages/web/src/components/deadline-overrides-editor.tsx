import { type DeadlineRule, deadlineRuleSchema, type FederalDeadlineCode, federalDeadlineRules } from '@antikor/core';
import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { showServerError } from './form-issues';

export type DeadlineOverrides = Record<string, DeadlineRule>;

/** A deadline an organisation may set by its own act: the rule's code and how the page names it. */
export type OverridableRule = { code: FederalDeadlineCode; title: string };

type RuleValues = {
  isLocal: boolean;
  kind: 'working_days' | 'calendar_days' | 'months';
  amount: number;
  basis: string;
  description: string;
};

type Props = {
  rules: OverridableRule[];
  /** The organisation's current overrides by rule code. */
  overrides: DeadlineOverrides;
  saving: boolean;
  /** Saves the complete set of overrides (only codes of `rules`); a rejection is shown above the form. */
  onSave: (overrides: DeadlineOverrides) => Promise<unknown>;
  submitText?: string;
};

const kindOptions = [
  { value: 'working_days', label: 'рабочих дней' },
  { value: 'calendar_days', label: 'календарных дней' },
  { value: 'months', label: 'месяцев' },
];

/**
 * Terms set by the municipal act instead of the federal defaults (domain.md §0.1: local acts set many
 * deadlines). A term left federal follows the default; a local one replaces it for the organisation.
 * Shared by the journals' and the commission's settings pages.
 */
export function DeadlineOverridesEditor({ rules, overrides, saving, onSave, submitText = 'Сохранить' }: Props) {
  const [form] = Form.useForm<Record<string, RuleValues>>();
  const [error, setError] = useState<string | null>(null);
  const initial = Object.fromEntries(
    rules.map(({ code }) => {
      const r = overrides[code] ?? federalDeadlineRules[code];
      const kind =
        r.kind === 'working_days' || r.kind === 'calendar_days' || r.kind === 'months' ? r.kind : 'working_days';
      return [
        code,
        {
          isLocal: !!overrides[code],
          kind,
          amount: r.amount,
          basis: overrides[code]?.basis ?? '',
          description: r.description,
        },
      ];
    }),
  );

  const onFinish = async (values: Record<string, RuleValues>) => {
    setError(null);
    const result: DeadlineOverrides = {};
    for (const { code, title } of rules) {
      const v = values[code];
      if (!v?.isLocal) continue;
      const parsed = deadlineRuleSchema.safeParse({
        ...federalDeadlineRules[code],
        kind: v.kind,
        amount: v.amount,
        basis: v.basis,
        description: v.description,
        origin: 'local_default',
      });
      if (!parsed.success) {
        setError(`${title}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
        return;
      }
      result[code] = parsed.data;
    }
    try {
      await onSave(result);
    } catch (e) {
      setError(showServerError(form, e));
    }
  };

  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={onFinish}
        disabled={saving}
        style={{ maxWidth: 960 }}
      >
        {rules.map(({ code, title }) => {
          const federal = federalDeadlineRules[code];
          return (
            <Card key={code} size="small" title={title} style={{ marginBottom: 16 }} data-testid={`rule-${code}`}>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                По умолчанию: {federal.description} ({federal.basis}){' '}
                {federal.origin === 'federal' ? (
                  <Tag>федеральный срок</Tag>
                ) : (
                  <Tag color="orange">типовой срок — сверьте с муниципальным актом</Tag>
                )}
              </Typography.Paragraph>
              <Form.Item
                name={[code, 'isLocal']}
                valuePropName="checked"
                label="Срок установлен муниципальным актом"
                layout="horizontal"
                style={{ marginBottom: 8 }}
              >
                <Switch />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) =>
                  getFieldValue([code, 'isLocal']) && (
                    <Row gutter={12}>
                      <Col xs={24} md={8}>
                        <Flex gap={8}>
                          <Form.Item
                            name={[code, 'amount']}
                            label="Срок"
                            rules={[{ required: true, message: 'Укажите число' }]}
                          >
                            <InputNumber min={1} max={1000} precision={0} style={{ width: 90 }} />
                          </Form.Item>
                          <Form.Item name={[code, 'kind']} label=" ">
                            <Select options={kindOptions} style={{ width: 170 }} />
                          </Form.Item>
                        </Flex>
                      </Col>
                      <Col xs={24} md={16}>
                        <Form.Item
                          name={[code, 'basis']}
                          label="Основание (акт, пункт)"
                          rules={[{ required: true, whitespace: true, message: 'Укажите муниципальный акт и пункт' }]}
                        >
                          <Input placeholder="Постановление администрации от … № …, п. …" />
                        </Form.Item>
                      </Col>
                      <Col span={24}>
                        <Form.Item
                          name={[code, 'description']}
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
        <Button type="primary" htmlType="submit" loading={saving} data-testid="settings-submit">
          {submitText}
        </Button>
      </Form>
    </>
  );
}
