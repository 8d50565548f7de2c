import { describe, expect, it } from 'vitest';
import { buildObligation } from '../../spravki-bk/build.js';
import { findingsOf, self, spouse } from '../analysis.test-helper.js';

const mortgage = buildObligation({
  content: 'Ипотечный кредит',
  counterparty: 'ПАО Сбербанк',
  counterpartyInn: '7707083893',
  basis: 'Кредитный договор от 12.03.2021 № 123',
  amount: 3_500_000,
  outstanding: 2_800_000,
});

describe('LARGE_OBLIGATION', () => {
  it('flags debts of 500 000 ₽ and more, medium when they exceed three years of family income', () => {
    const [f] = findingsOf('LARGE_OBLIGATION', {
      current: { year: 2024, persons: [self(2024, { obligations: [mortgage] }), spouse(2024)] },
    });
    expect(f).toMatchObject({ severity: 'low', personRole: 'self' });
    expect(f.evidence.slice(0, 2)).toEqual([
      {
        label: 'Ипотечный кредит, кредитор: ПАО Сбербанк, Кредитный договор от 12.03.2021 № 123 — сумма',
        value: 3_500_000,
        source: 'раздел 6.2',
      },
      { label: 'остаток на отчётную дату', value: 2_800_000, source: 'раздел 6.2' },
    ]);
    const huge = { ...mortgage, amount: 9_000_000, outstanding: 8_000_000 };
    expect(
      findingsOf('LARGE_OBLIGATION', {
        current: { year: 2024, persons: [self(2024, { obligations: [huge] }), spouse(2024)] },
      })[0].severity,
    ).toBe('medium');
  });

  it('ignores smaller obligations and loans the person gave', () => {
    const small = { ...mortgage, amount: 499_999, outstanding: 100_000 };
    const lent = { ...mortgage, role: 'creditor' as const };
    expect(
      findingsOf('LARGE_OBLIGATION', {
        current: { year: 2024, persons: [self(2024, { obligations: [small, lent] })] },
      }),
    ).toEqual([]);
  });
});

describe('CREDITOR_IS_COUNTERPARTY', () => {
  it('flags an obligation to a counterparty of the organisation (high)', () => {
    const loan = buildObligation({
      content: 'Заём',
      counterparty: 'ООО «Дорстрой»',
      counterpartyInn: '4205000000',
      amount: 600_000,
    });
    const [f] = findingsOf('CREDITOR_IS_COUNTERPARTY', {
      current: { year: 2024, persons: [self(2024), spouse(2024, { obligations: [loan] })] },
      context: { counterpartyInns: ['4205 000 000'] },
    });
    expect(f).toMatchObject({ severity: 'high', personRole: 'spouse' });
    expect(f.evidence).toEqual([
      { label: 'Заём, кредитор: ООО «Дорстрой», ИНН 4205000000', value: 600_000, source: 'раздел 6.2' },
    ]);
  });

  it('does not flag creditors outside the counterparty list, nor without the list', () => {
    const persons = [self(2024, { obligations: [mortgage] })];
    expect(
      findingsOf('CREDITOR_IS_COUNTERPARTY', {
        current: { year: 2024, persons },
        context: { counterpartyInns: ['4205000000'] },
      }),
    ).toEqual([]);
    expect(findingsOf('CREDITOR_IS_COUNTERPARTY', { current: { year: 2024, persons } })).toEqual([]);
  });
});
