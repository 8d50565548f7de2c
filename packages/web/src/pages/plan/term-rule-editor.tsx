import { describeTermRule, isMonthDay, type MonthDay, type TermRule, termKindLabels } from '@antikor/core';
import { Checkbox, Flex, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { ruleComplete } from './plan-format';

type Kind = TermRule['kind'];

/** A fresh rule of a kind, with the fields it needs filled with typical values. */
function blankRule(kind: Kind): TermRule {
  switch (kind) {
    case 'permanent':
    case 'on_arrival':
    case 'quarterly':
      return { kind };
    case 'period':
      return { kind };
    case 'yearly':
      return { kind, date: '12-25' };
    case 'quarters':
      return { kind, quarters: [4] };
    case 'working_days_after':
      // The 30 April filing deadline of income declarations (Указ Президента РФ от 18.05.2009 № 559, п. 3).
      return { kind, days: 14, from: '04-30', fromLabel: 'истечения срока подачи сведений о доходах' };
  }
}

const UNKNOWN = 'none';

/**
 * The term of a measure as a rule the system understands: a kind and the fields that kind needs.
 * `null` keeps the term as words only (no control dates). Used as a controlled form control.
 */
export function TermRuleEditor({
  value,
  onChange,
  onTouched,
}: {
  value?: TermRule | null;
  onChange?: (rule: TermRule | null) => void;
  /** Called when the user edits the rule by hand (it then stops following the words). */
  onTouched?: () => void;
}) {
  const rule = value ?? null;
  const set = (next: TermRule | null) => {
    onTouched?.();
    onChange?.(next);
  };
  const monthDayInput = (md: string, update: (v: MonthDay) => void, testId: string) => (
    <Input
      value={md}
      onChange={(e) => update(e.target.value as MonthDay)}
      placeholder="ММ-ДД"
      style={{ width: 90 }}
      status={isMonthDay(md) ? undefined : 'error'}
      data-testid={testId}
    />
  );
  return (
    <Flex vertical gap={8} data-testid="term-rule-editor">
      <Flex gap={8} wrap align="center">
        <Select<string>
          value={rule?.kind ?? UNKNOWN}
          onChange={(k) => set(k === UNKNOWN ? null : blankRule(k as Kind))}
          style={{ width: 300 }}
          aria-label="Вид срока"
          data-testid="term-kind"
          options={[
            ...(Object.keys(termKindLabels) as Kind[]).map((k) => ({ value: k, label: termKindLabels[k] })),
            { value: UNKNOWN, label: 'Не распознан (только текст)' },
          ]}
        />
        {rule?.kind === 'yearly' && (
          <>
            <span>до</span>
            {monthDayInput(rule.date, (date) => set({ ...rule, date }), 'term-date')}
            <Checkbox
              checked={rule.nextYear ?? false}
              onChange={(e) =>
                set({ kind: 'yearly', date: rule.date, ...(e.target.checked ? { nextYear: true } : {}) })
              }
            >
              года, следующего за отчётным
            </Checkbox>
          </>
        )}
        {rule?.kind === 'period' && (
          <>
            <span>с</span>
            <InputNumber
              value={rule.fromYear}
              min={2000}
              max={2100}
              placeholder="год"
              onChange={(v) => set({ ...rule, fromYear: v ?? undefined })}
              style={{ width: 90 }}
            />
            <span>по</span>
            <InputNumber
              value={rule.toYear}
              min={2000}
              max={2100}
              placeholder="год"
              onChange={(v) => set({ ...rule, toYear: v ?? undefined })}
              style={{ width: 90 }}
            />
            <Typography.Text type="secondary">пусто — весь срок плана</Typography.Text>
          </>
        )}
        {rule?.kind === 'quarters' && (
          <Checkbox.Group<number>
            value={rule.quarters}
            onChange={(qs) => set({ kind: 'quarters', quarters: [...qs].sort() })}
            options={[1, 2, 3, 4].map((q) => ({ value: q, label: `${['I', 'II', 'III', 'IV'][q - 1]} кв.` }))}
          />
        )}
        {rule?.kind === 'working_days_after' && (
          <>
            <InputNumber
              value={rule.days}
              min={1}
              max={365}
              onChange={(v) => set({ ...rule, days: v ?? 1 })}
              style={{ width: 80 }}
              aria-label="Рабочих дней"
            />
            <span>рабочих дней после</span>
            {monthDayInput(rule.from, (from) => set({ ...rule, from }), 'term-from')}
          </>
        )}
      </Flex>
      {rule?.kind === 'working_days_after' && (
        <Space.Compact block>
          <Space.Addon>со дня</Space.Addon>
          <Input
            value={rule.fromLabel}
            onChange={(e) => set({ ...rule, fromLabel: e.target.value })}
            placeholder="истечения срока подачи сведений о доходах"
            aria-label="Со дня"
          />
        </Space.Compact>
      )}
      <div data-testid="term-rule-description">
        {rule === null ? (
          <Tag color="orange">срок не распознан — контрольных дат не будет</Tag>
        ) : ruleComplete(rule) ? (
          <Typography.Text type="secondary">Правило: {describeTermRule(rule)}</Typography.Text>
        ) : (
          <Typography.Text type="danger">Заполните поля правила (день года — ММ-ДД)</Typography.Text>
        )}
      </div>
    </Flex>
  );
}
