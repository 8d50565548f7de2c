import { describe, expect, it } from 'vitest';
import { buildIncome } from '../spravki-bk/build.js';
import { readFixture } from '../spravki-bk/fixtures.test-helper.js';
import { parseSpravkiBk } from '../spravki-bk/parse-package.js';
import { self } from './analysis.test-helper.js';
import { analyzeDeclarations, listAnalysisRules } from './analyze.js';

describe('analyzeDeclarations', () => {
  it('analyses a parsed fixture package: findings carry code, title, basis, person and evidence', () => {
    const pkg = parseSpravkiBk(readFixture('001'));
    const result = analyzeDeclarations({ current: { year: 2024, persons: pkg.persons } });
    expect(result.findings.map((f) => [f.ruleCode, f.personRole, f.severity])).toEqual([
      ['SECURITIES_INCOME_WITHOUT_SECURITIES', 'self', 'medium'],
      ['SECURITIES_INCOME_WITHOUT_SECURITIES', 'spouse', 'medium'],
      ['OTHER_PAID_WORK_NO_NOTICE', 'self', 'medium'],
      ['DEPOSITS_WITHOUT_INTEREST', 'self', 'low'],
    ]);
    const f = result.findings[2];
    expect(f.title).toBe('Доход от иной оплачиваемой работы без уведомления');
    expect(f.basis).toContain('25-ФЗ, ст. 11 ч. 2');
    expect(f.personName).toBe('Рябова Юлия Ивановна');
    expect(f.evidence[0]).toEqual({
      label: 'Доход от иной творческой деятельности',
      value: 20_966.69,
      source: 'раздел 1, строка 3',
    });
    expect(result.risk).toEqual({ score: 10, level: 'medium', counts: { high: 0, medium: 3, low: 1 } });
    expect(result.rulesRun).toHaveLength(listAnalysisRules().length);
  });

  it('with a notification in the journal the paid-work finding disappears', () => {
    const pkg = parseSpravkiBk(readFixture('001'));
    const result = analyzeDeclarations({
      current: { year: 2024, persons: pkg.persons },
      context: { otherPaidWorkNotices: [{ registeredAt: '2023-12-01', employer: 'Кемеровский колледж' }] },
    });
    expect(result.findings.map((f) => f.ruleCode)).not.toContain('OTHER_PAID_WORK_NO_NOTICE');
  });

  it('applies disabled rules and severity overrides from the config', () => {
    const p = self(2024, { incomes: [buildIncome('main_work', 1), buildIncome('teaching_science', 100_000)] });
    const base = analyzeDeclarations({ current: { year: 2024, persons: [p] } });
    expect(base.findings.map((f) => [f.ruleCode, f.severity])).toEqual([['OTHER_PAID_WORK_NO_NOTICE', 'medium']]);
    const raised = analyzeDeclarations({
      current: { year: 2024, persons: [p] },
      config: { severity: { OTHER_PAID_WORK_NO_NOTICE: 'high' } },
    });
    expect(raised.findings[0].severity).toBe('high');
    expect(raised.risk.level).toBe('high');
    const off = analyzeDeclarations({
      current: { year: 2024, persons: [p] },
      config: { disabledRules: ['OTHER_PAID_WORK_NO_NOTICE'] },
    });
    expect(off.findings).toEqual([]);
    expect(off.rulesRun).not.toContain('OTHER_PAID_WORK_NO_NOTICE');
  });

  it('ignores "previous" years that are not before the reporting year', () => {
    const jump = self(2024, { incomes: [buildIncome('main_work', 3_000_000)] });
    const result = analyzeDeclarations({
      current: { year: 2024, persons: [jump] },
      previous: [{ year: 2025, persons: [self(2025)] }],
    });
    expect(result.findings.map((f) => f.ruleCode)).not.toContain('YOY_INCOME_JUMP');
  });

  it('lists every rule with a code, a Russian title and a basis', () => {
    const rules = listAnalysisRules();
    expect(new Set(rules.map((r) => r.code)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.title).toMatch(/[А-Яа-я]/);
      expect(r.basis.length).toBeGreaterThan(20);
    }
  });
});
