import { describe, expect, it } from 'vitest';
import { type Address, compareAddresses, parseAddress } from './address';

const key = (s: string) => {
  const a = parseAddress(s);
  return a && [a.locality, a.street, a.house, a.unit];
};

describe('parseAddress', () => {
  it('reads one flat written in the usual ways', () => {
    const expected = ['кемерово', 'ленина', '5', '12'];
    expect(key('г. Кемерово, ул. Ленина, д. 5, кв. 12')).toEqual(expected);
    expect(key('Кемерово г, Ленина ул, 5-12')).toEqual(expected);
    expect(key('650000, Кемеровская обл., г Кемерово, ул Ленина, дом 5, квартира 12')).toEqual(expected);
    expect(key('Россия, Кемеровская область - Кузбасс, г.Кемерово, ул.Ленина, д.5, кв.12')).toEqual(expected);
    expect(key('г Кемерово ул Ленина д5 кв12')).toEqual(expected);
    expect(key('Кемерово, Ленина 5-12')).toEqual(expected);
  });

  it('keeps numbers that belong to the street name', () => {
    expect(key('г. Новокузнецк, ул. 50 лет Октября, д. 5')).toEqual(['новокузнецк', '50 лет октября', '5', undefined]);
    expect(key('ул. 1-я Линейная, 5')).toEqual([undefined, '1 линейная', '5', undefined]);
    expect(key('г. Кемерово, мкр. 7, д. 5, кв 1')).toEqual(['кемерово', '7', '5', '1']);
  });

  it('reads корпус, строение, house letters and offices', () => {
    expect(key('Октябрьский пр-кт, д.12 корп.2 кв.34')).toEqual([undefined, 'октябрьский', '12к2', '34']);
    expect(key('г Кемерово, ул. К. Маркса, д.3а, оф.301')).toEqual(['кемерово', 'маркса', '3а', '301']);
    expect(key('г. Кемерово, б-р Строителей, 28 корп 2, кв 7')).toEqual(['кемерово', 'строителей', '28к2', '7']);
  });

  it('tells a village (д. Сосновка) from a house (д. 3)', () => {
    expect(key('д. Сосновка, ул. Луговая, д. 3')).toEqual(['сосновка', 'луговая', '3', undefined]);
    expect(key('Кемеровский муниципальный округ, д. Сосновка, д. 15')).toEqual([
      'сосновка',
      'нп сосновка',
      '15',
      undefined,
    ]);
  });

  it('returns undefined when no house is given', () => {
    expect(parseAddress('г. Кемерово')).toBeUndefined();
  });
});

describe('compareAddresses', () => {
  const a = (s: string) => parseAddress(s) as Address;
  it('tells the same flat, the same house and different flats apart', () => {
    expect(
      compareAddresses(a('г. Кемерово, ул. Ленина, д. 5, кв. 12'), a('Кемерово г, Ленина ул, 5-12')).relation,
    ).toBe('same-unit');
    expect(
      compareAddresses(a('г. Кемерово, ул. Ленина, д. 5, кв. 12'), a('г. Кемерово, ул. Ленина, д. 5, кв. 13')).relation,
    ).toBe('different');
    expect(
      compareAddresses(a('с. Ягуново, ул. Центральная, 15'), a('Кемеровский р-н, с Ягуново, Центральная ул, д.15'))
        .relation,
    ).toBe('same-house');
    expect(
      compareAddresses(a('г. Кемерово, ул. Ленина, д. 5'), a('г. Кемерово, ул. Ленина, д. 5, кв. 13')).relation,
    ).toBe('same-building');
  });

  it('keeps the same street and house in another town apart', () => {
    const r = compareAddresses(
      a('г. Кемерово, ул. Ленина, д. 5, кв. 12'),
      a('г. Новокузнецк, ул. Ленина, д. 5, кв. 12'),
    );
    expect(r.relation).toBe('different');
    expect(compareAddresses(a('г. Кемерово, ул. Ленина, д. 5, кв. 12'), a('ул. Ленина, 5-12')).locality).toBe(
      'unknown',
    );
  });

  it('keeps a street and a lane of the same name apart', () => {
    expect(compareAddresses(a('г. Кемерово, ул. Садовая, 3'), a('г. Кемерово, пер. Садовый, 3')).relation).toBe(
      'different',
    );
    expect(compareAddresses(a('г. Кемерово, ул. Ленина, 3'), a('г. Кемерово, пр-кт Ленина, 3')).relation).toBe(
      'different',
    );
  });
});

describe('parseAddress with spelled-out types', () => {
  it('reads «поселок городского типа» and a postfix village marker', () => {
    expect(
      key('Россия, Кемеровская область - Кузбасс, поселок городского типа Промышленная, улица Мира, д. 7'),
    ).toEqual(['промышленная', 'мира', '7', undefined]);
    expect(key('Сосновка д, Луговая ул, д 3')).toEqual(['сосновка', 'луговая', '3', undefined]);
  });
});
