import { describe, expect, it } from 'vitest';
import { buildGiftedAway, buildIncome, buildRealEstate, buildVehicle } from '../../spravki-bk/build.js';
import { findingsOf, self, spouse } from '../analysis.test-helper.js';

const flat = buildRealEstate({ kind: 'apartment', typeRaw: 'Квартира', area: 57.8, basis: 'Договор купли-продажи' });
const car = buildVehicle({ make: 'KIA', model: 'Rio', year: 2015, basis: 'Договор купли-продажи' });

describe('YOY_INCOME_JUMP', () => {
  it('flags an income that more than doubled, naming the lines that grew', () => {
    const [f] = findingsOf('YOY_INCOME_JUMP', {
      current: {
        year: 2024,
        persons: [
          self(2024, {
            incomes: [
              buildIncome('main_work', 950_000),
              buildIncome('other', 1_200_000, { otherKind: 'Доход от сдачи в аренду' }),
            ],
          }),
        ],
      },
      previous: [{ year: 2023, persons: [self(2023)] }],
    });
    expect(f).toMatchObject({ severity: 'medium', personRole: 'self', personName: 'Рябова Юлия Ивановна' });
    expect(f.evidence).toEqual([
      { label: 'Доход за 2024 г.', value: 2_150_000, source: 'раздел 1, строка 7' },
      { label: 'Доход за 2023 г.', value: 900_000, source: 'справка за 2023 г., раздел 1, строка 7' },
      { label: 'Рост по строке', value: 1_200_000, source: 'раздел 1, строка 6' },
      { label: 'Рост по строке', value: 50_000, source: 'раздел 1, строка 1' },
    ]);
    expect(f.message).toContain('в 2.4 раза');
  });

  it('does not flag ordinary growth, small incomes, or a first year', () => {
    const grown = self(2024, { incomes: [buildIncome('main_work', 1_500_000)] });
    expect(
      findingsOf('YOY_INCOME_JUMP', {
        current: { year: 2024, persons: [grown] },
        previous: [{ year: 2023, persons: [self(2023)] }],
      }),
    ).toEqual([]);
    const tiny = (year: number, amount: number) => spouse(year, { incomes: [buildIncome('main_work', amount)] });
    expect(
      findingsOf('YOY_INCOME_JUMP', {
        current: { year: 2024, persons: [tiny(2024, 90_000)] },
        previous: [{ year: 2023, persons: [tiny(2023, 10_000)] }],
      }),
    ).toEqual([]);
    expect(
      findingsOf('YOY_INCOME_JUMP', {
        current: { year: 2024, persons: [self(2024, { incomes: [buildIncome('main_work', 5_000_000)] })] },
      }),
    ).toEqual([]);
  });

  it('uses the configured ratio', () => {
    const grown = self(2024, { incomes: [buildIncome('main_work', 1_500_000)] });
    const input = { current: { year: 2024, persons: [grown] }, previous: [{ year: 2023, persons: [self(2023)] }] };
    expect(findingsOf('YOY_INCOME_JUMP', { ...input, config: { incomeJumpRatio: 1.5 } })).toHaveLength(1);
  });
});

describe('YOY_PROPERTY_DISAPPEARED', () => {
  it('flags an apartment and a car that vanished without a sale or gift entry', () => {
    const found = findingsOf('YOY_PROPERTY_DISAPPEARED', {
      current: { year: 2024, persons: [self(2024)] },
      previous: [{ year: 2023, persons: [self(2023, { realEstate: [flat], vehicles: [car] })] }],
    });
    expect(found.map((f) => f.evidence[0])).toEqual([
      { label: 'Было на конец 2023 г.', value: 'Квартира, 57.8 м²', source: 'справка за 2023 г., раздел 3.1' },
      {
        label: 'Было на конец 2023 г.',
        value: 'ЛегковойАвтомобиль KIA Rio 2015',
        source: 'справка за 2023 г., раздел 3.2',
      },
    ]);
  });

  it('accepts a section 7 entry, a sale on line 6, or a transfer to the spouse', () => {
    const previous = [{ year: 2023, persons: [self(2023, { realEstate: [flat], vehicles: [car] }), spouse(2023)] }];
    const gifted = self(2024, {
      giftedAway: [buildGiftedAway({ propertyType: 'Квартира', recipient: 'Рябова М. И.' })],
    });
    const sold = self(2024, {
      incomes: [
        buildIncome('main_work', 900_000),
        buildIncome('other', 1_000_000, { otherKind: 'Доход от продажи автомобиля' }),
      ],
    });
    const found = (persons: ReturnType<typeof self>[]) =>
      findingsOf('YOY_PROPERTY_DISAPPEARED', { current: { year: 2024, persons }, previous }).map(
        (f) => f.evidence[0].value,
      );
    expect(found([gifted, spouse(2024)])).toEqual(['ЛегковойАвтомобиль KIA Rio 2015']);
    expect(found([sold, spouse(2024)])).toEqual([]);
    expect(found([self(2024), spouse(2024, { realEstate: [flat], vehicles: [car] })])).toEqual([]);
  });
});

describe('YOY_NEW_PROPERTY_NO_SOURCE', () => {
  it('flags a new object without basis and source of funds', () => {
    const bare = buildRealEstate({ kind: 'house', typeRaw: 'ЖилойДом', area: 120, basis: null });
    const [f] = findingsOf('YOY_NEW_PROPERTY_NO_SOURCE', {
      current: { year: 2024, persons: [self(2024, { realEstate: [bare] })] },
      previous: [{ year: 2023, persons: [self(2023)] }],
    });
    expect(f.evidence[0]).toEqual({ label: 'Новое на конец 2024 г.', value: 'ЖилойДом, 120 м²', source: 'раздел 3.1' });
  });

  it('does not flag new objects with a basis, nor old ones without it', () => {
    const bare = buildRealEstate({ kind: 'house', typeRaw: 'ЖилойДом', area: 120, basis: null });
    expect(
      findingsOf('YOY_NEW_PROPERTY_NO_SOURCE', {
        current: { year: 2024, persons: [self(2024, { realEstate: [flat] })] },
        previous: [{ year: 2023, persons: [self(2023)] }],
      }),
    ).toEqual([]);
    expect(
      findingsOf('YOY_NEW_PROPERTY_NO_SOURCE', {
        current: { year: 2024, persons: [self(2024, { realEstate: [bare] })] },
        previous: [{ year: 2023, persons: [self(2023, { realEstate: [bare] })] }],
      }),
    ).toEqual([]);
  });
});
