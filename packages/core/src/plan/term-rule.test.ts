import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/production-calendar.js';
import { controlDatesInYear, ruleActiveInYear } from './control-dates.js';
import { describeTermRule, parseTermText, termRuleSchema } from './term-rule.js';

describe('terms of the seed plan read as rules', () => {
  it.each([
    ['Постоянно', { kind: 'permanent' }],
    ['Ежегодно до 30 апреля', { kind: 'yearly', date: '04-30' }],
    [
      'в течение 14 рабочих дней со дня истечения срока, установленного для подачи указанных сведений',
      { kind: 'working_days_after', days: 14, from: '04-30', fromLabel: 'истечения срока подачи сведений о доходах' },
    ],
    ['Ежегодно 3-4 кварталы', { kind: 'quarters', quarters: [3, 4] }],
    ['в течение 2021-2024 годов', { kind: 'period', fromYear: 2021, toYear: 2024 }],
    ['По мере поступления информации', { kind: 'on_arrival' }],
    ['Ежеквартально (при вынесении судебных решений)', { kind: 'quarterly' }],
    ['Ежегодно не позднее 1 апреля', { kind: 'yearly', date: '04-01' }],
    ['2021-2024 годы', { kind: 'period', fromYear: 2021, toYear: 2024 }],
    [
      'Ежегодно до 25 декабря, а также, а также по запросу отдела по профилактике коррупционных и иных правонарушений',
      { kind: 'yearly', date: '12-25' },
    ],
    ['Ежегодно, до 20 января года, следующего за отчётным', { kind: 'yearly', date: '01-20', nextYear: true }],
    ['Планируемый период', { kind: 'period' }],
    ['Ежегодно до 06 декабря', { kind: 'yearly', date: '12-06' }],
  ])('«%s»', (text, rule) => {
    expect(parseTermText(text)).toEqual(rule);
    expect(termRuleSchema.parse(rule)).toEqual(rule);
    expect(describeTermRule(rule as never).length).toBeGreaterThan(5);
  });

  it('returns null for words it cannot read, so the user chooses', () => {
    expect(parseTermText('по отдельному графику')).toBeNull();
  });

  it('rejects a malformed rule', () => {
    expect(termRuleSchema.safeParse({ kind: 'yearly', date: '13-40' }).success).toBe(false);
    expect(termRuleSchema.safeParse({ kind: 'quarters', quarters: [5] }).success).toBe(false);
  });
});

describe('control dates in a year', () => {
  it('moves a yearly date off a holiday: 30 April 2024 was a day off (ПП РФ № 1314) → 2 May', () => {
    expect(controlDatesInYear(defaultCalendar, { kind: 'yearly', date: '04-30' }, 2024).map((d) => d.date)).toEqual([
      '2024-05-02',
    ]);
    expect(controlDatesInYear(defaultCalendar, { kind: 'yearly', date: '04-30' }, 2025).map((d) => d.date)).toEqual([
      '2025-04-30',
    ]);
  });

  it('counts 14 working days after the filing deadline with the production calendar', () => {
    // 2025: 30 April is a Wednesday; 1–4 and 8–11 May are off: 5–7, 12–16, 19–23, 26 May → the 14th is 26 May.
    const [d] = controlDatesInYear(
      defaultCalendar,
      { kind: 'working_days_after', days: 14, from: '04-30', fromLabel: 'x' },
      2025,
    );
    expect(d.date).toBe('2025-05-26');
  });

  it('gives quarter ends, on working days', () => {
    expect(controlDatesInYear(defaultCalendar, { kind: 'quarterly' }, 2024).map((d) => d.date)).toEqual([
      '2024-04-01',
      '2024-07-01',
      '2024-09-30',
      '2025-01-09',
    ]);
    expect(
      controlDatesInYear(defaultCalendar, { kind: 'quarters', quarters: [3, 4] }, 2026).map((d) => d.label),
    ).toEqual(['III квартал 2026', 'IV квартал 2026']);
  });

  it('puts a «next year» date in the following year and gives none for permanent terms', () => {
    expect(controlDatesInYear(defaultCalendar, { kind: 'yearly', date: '01-20', nextYear: true }, 2024)[0].date).toBe(
      '2025-01-20',
    );
    expect(controlDatesInYear(defaultCalendar, { kind: 'permanent' }, 2024)).toEqual([]);
  });

  it('limits period rules to their years', () => {
    const plan = { periodFrom: 2021, periodTo: 2024 };
    expect(ruleActiveInYear({ kind: 'period', fromYear: 2022, toYear: 2023 }, 2024, plan)).toBe(false);
    expect(ruleActiveInYear({ kind: 'permanent' }, 2025, plan)).toBe(false);
    expect(ruleActiveInYear({ kind: 'permanent' }, 2024, plan)).toBe(true);
  });
});
