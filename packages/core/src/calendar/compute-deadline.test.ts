import { describe, expect, it } from 'vitest';
import { computeDeadline } from './compute-deadline.js';
import { type DeadlineRule, deadlineRuleSchema } from './deadline-rule.js';
import { commissionDeadlineRules } from './deadline-rules-commission.js';
import { employeeDeadlineRules } from './deadline-rules-employees.js';
import { publicDeadlineRules } from './deadline-rules-public.js';
import { pluralRu } from './deadline-wording.js';
import { federalDeadlineCodes, federalDeadlineRules as rules } from './federal-deadline-rules.js';
import { defaultCalendar as cal } from './production-calendar.js';

describe('computeDeadline: real examples with explanations', () => {
  it('gift notice after a business trip: 3 working days across 9–12 May 2024', () => {
    const r = computeDeadline(cal, rules['gift.notice'], '2024-05-06');
    expect(r.dueDate).toBe('2024-05-13');
    expect(r.explanation).toBe(
      '3 рабочих дня с 06.05.2024 (ПП РФ от 09.01.2014 № 10, п. 5): 07.05, 08.05, 13.05 → 13.05.2024',
    );
  });

  it('gift received on 29.12.2023 → 11.01.2024, flagged because 2023 is not loaded', () => {
    const r = computeDeadline(cal, rules['gift.notice'], '2023-12-29');
    expect(r.dueDate).toBe('2024-01-11');
    expect(r.isEstimated).toBe(true);
    expect(r.explanation).toMatch(
      /^3 рабочих дня с 29\.12\.2023 .*: 09\.01, 10\.01, 11\.01 → 11\.01\.2024 Внимание: .*2023 год не загружен/,
    );
  });

  it('gift hand-over after a notice of 26.04.2024: 5 working days over the working Saturday and 29.04–01.05', () => {
    const r = computeDeadline(cal, rules['gift.handover'], '2024-04-26');
    expect(r.dueDate).toBe('2024-05-07');
    expect(r.explanation).toContain(': 27.04, 02.05, 03.05, 06.05, 07.05 → 07.05.2024');
  });

  it('59-ФЗ answer ending on a Sunday moves to Monday, and to Friday under a local override', () => {
    const federal = computeDeadline(cal, rules['appeal.answer'], '2024-03-15');
    expect(federal.dueDate).toBe('2024-04-15');
    expect(federal.explanation).toBe(
      '30 календарных дней с 15.03.2024 (59-ФЗ, ст. 12, ч. 1); 14.04.2024 — воскресенье, выходной день; срок переносится на следующий рабочий день → 15.04.2024',
    );
    const local: DeadlineRule = {
      ...rules['appeal.answer'],
      shift: 'previous',
      basis: 'Административный регламент, п. 3.5',
    };
    const r = computeDeadline(cal, local, '2024-03-15');
    expect(r.dueDate).toBe('2024-04-12');
    expect(r.explanation).toContain('срок переносится на предшествующий рабочий день (местный порядок) → 12.04.2024');
  });

  it('the 59-ФЗ extension adds 30 days and says so', () => {
    const r = computeDeadline(cal, rules['appeal.answer'], '2024-03-15', { extended: true });
    expect(r.dueDate).toBe('2024-05-14');
    expect(r.explanation).toBe(
      '30 + 30 календарных дней (продление — 59-ФЗ, ст. 12, ч. 2) с 15.03.2024 (59-ФЗ, ст. 12, ч. 1) → 14.05.2024',
    );
    expect(() => computeDeadline(cal, rules['gift.notice'], '2024-03-15', { extended: true })).toThrow(
      /продлению не подлежит/,
    );
  });

  it('court report: one month from 31.01.2024 → 29.02.2024', () => {
    const r = computeDeadline(cal, rules['court.report'], '2024-01-31');
    expect(r.dueDate).toBe('2024-02-29');
    expect(r.explanation).toContain(
      'соответствующего числа в последнем месяце нет — последний день месяца → 29.02.2024',
    );
  });

  it('declarations are due 30 April; in 2024 that was a transferred day off, so 02.05.2024', () => {
    const due2024 = computeDeadline(cal, rules['declarations.deadline'], '2023-12-31');
    expect(due2024.dueDate).toBe('2024-05-02');
    expect(due2024.explanation).toContain('30.04.2024 — перенесённый выходной день');
    expect(computeDeadline(cal, rules['declarations.deadline'], '2024-12-31').dueDate).toBe('2025-04-30');
    expect(computeDeadline(cal, rules['declarations.deadline'], '2025-12-31').dueDate).toBe('2026-04-30');
  });

  it('website publication: 14 working days after the filing deadline 30.04.2025 → 26.05.2025', () => {
    const r = computeDeadline(cal, rules['declarations.publication'], '2025-04-30');
    expect(r.dueDate).toBe('2025-05-26');
    expect(r.explanation).toContain(
      ': 05.05, 06.05, 07.05, 12.05, 13.05, 14.05, 15.05, 16.05, 19.05, 20.05, 21.05, 22.05, 23.05, 26.05 → 26.05.2025',
    );
    // Chained from the shifted 2024 deadline (02.05.2024): 03.05, 06–08.05, 13–17.05, 20–24.05.
    expect(computeDeadline(cal, rules['declarations.publication'], '2024-05-02').dueDate).toBe('2024-05-24');
  });

  it('other paid work: 10 working days before the start, across the New Year block', () => {
    const r = computeDeadline(cal, rules['other_work.notice'], '2025-01-20');
    // 17–13.01 and 10–09.01 (7 days), 01–08.01 and 30–31.12 off, the working Saturday 28.12 (8), 27.12, 26.12.
    expect(r.dueDate).toBe('2024-12-26');
    expect(r.explanation).toContain(
      ': 17.01, 16.01, 15.01, 14.01, 13.01, 10.01, 09.01, 28.12, 27.12, 26.12 → 26.12.2024',
    );
    expect(r.explanation).toMatch(/^За 10 рабочих дней до 20\.01\.2025/);
  });

  it('employer notice about a former employee: 10 days, moved off the May holidays', () => {
    // Contract of 28.04.2025 → 08.05.2025 (transferred day off) → 09.05 holiday → weekend → 12.05.2025.
    const r = computeDeadline(cal, rules['ex_employee.employer_notice'], '2025-04-28');
    expect(r.dueDate).toBe('2025-05-12');
    expect(r.explanation).toContain('08.05.2025 — перенесённый выходной день');
  });

  it('a window rule does not move its end and says so', () => {
    const r = computeDeadline(cal, rules['ex_employee.restriction_period'], '2024-03-09');
    expect(r.dueDate).toBe('2026-03-09');
    expect(r.explanation).toContain('09.03.2026 — перенесённый выходной день, перенос не применяется');
  });

  it("a rule of kind 'none' has no due date", () => {
    const rule: DeadlineRule = {
      kind: 'none',
      amount: 0,
      shift: 'none',
      basis: '273-ФЗ, ст. 11',
      description: 'уведомление — как только станет известно',
    };
    expect(computeDeadline(cal, rule, '2024-05-06')).toMatchObject({
      dueDate: null,
      explanation: 'Срок не установлен: уведомление — как только станет известно (273-ФЗ, ст. 11)',
    });
  });

  it('deadlines in a year without a calendar carry the warning', () => {
    const r = computeDeadline(cal, rules['appeal.answer'], '2027-04-01');
    expect(r.dueDate).toBe('2027-05-04'); // 01.05.2027 Saturday; Monday 03.05 off by ТК РФ ст. 112 ч. 2
    expect(r.isEstimated).toBe(true);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'year_not_loaded', year: 2027 })]);
  });
});

describe('federal catalogue', () => {
  it('has every code the other modules rely on', () => {
    for (const code of [
      'gift.notice',
      'gift.handover',
      'coi.motivated_conclusion',
      'ex_employee.employer_notice',
      'commission.meeting',
      'appeal.answer',
      'court.report',
      'declarations.deadline',
      'declarations.clarify',
      'declarations.publication',
    ]) {
      expect(federalDeadlineCodes).toContain(code);
    }
  });

  it('no code is defined in two groups', () => {
    const total =
      Object.keys(commissionDeadlineRules).length +
      Object.keys(employeeDeadlineRules).length +
      Object.keys(publicDeadlineRules).length;
    expect(federalDeadlineCodes).toHaveLength(total);
  });

  it('every rule is valid by the override schema, cites a basis and computes on the default calendar', () => {
    for (const code of federalDeadlineCodes) {
      const rule = rules[code];
      expect(deadlineRuleSchema.safeParse(rule).success, code).toBe(true);
      expect(rule.basis, code).toMatch(/ФЗ|Указ|ПП РФ|КАС|ТК|ГК/);
      expect(computeDeadline(cal, rule, '2025-03-03').dueDate, code).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
  });

  it('matches Appendix A for the key defaults', () => {
    expect(rules['declarations.deadline']).toMatchObject({ kind: 'fixed_date', fixedDate: '04-30' });
    expect(rules['declarations.publication']).toMatchObject({ kind: 'working_days', amount: 14 });
    expect(rules['declarations.clarify']).toMatchObject({ kind: 'months', amount: 1 });
    expect(rules['coi.motivated_conclusion']).toMatchObject({ kind: 'working_days', amount: 7 });
    expect(rules['ex_employee.employer_notice']).toMatchObject({ kind: 'calendar_days', amount: 10 });
    expect(rules['commission.meeting']).toMatchObject({ kind: 'calendar_days', amount: 20 });
    expect(rules['gift.handover']).toMatchObject({ kind: 'working_days', amount: 5 });
    expect(rules['court.report']).toMatchObject({ kind: 'months', amount: 1 });
  });

  it('the override schema refuses inconsistent rules with field paths', () => {
    const bad = deadlineRuleSchema.safeParse({
      kind: 'fixed_date',
      amount: 3,
      shift: 'next',
      basis: ' ',
      description: 'x',
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['amount', 'basis', 'fixedDate']);
  });
});

describe('Russian number agreement', () => {
  it('1 день, 2 дня, 5 дней, 11 дней, 21 день, 22 дня, 112 дней', () => {
    const f = (n: number) => `${n} ${pluralRu(n, ['день', 'дня', 'дней'])}`;
    expect([1, 2, 5, 11, 21, 22, 112].map(f)).toEqual([
      '1 день',
      '2 дня',
      '5 дней',
      '11 дней',
      '21 день',
      '22 дня',
      '112 дней',
    ]);
  });
});
