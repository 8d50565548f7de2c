import { findJournal } from '@antikor/core';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toData, toFormValues } from './form-values';

const found = findJournal('gift-notice');
if (!found) throw new Error('gift-notice journal is missing');
const gift = found;

describe('journal form values', () => {
  it('dates go to the API as calendar dates and come back as picker values', () => {
    const values = {
      receivedOn: dayjs('2024-05-06T23:30:00'),
      giftName: '  Ваза  ',
      quantity: 1,
      declaredValue: undefined,
      eventName: '',
    };
    expect(toData(gift.fields, values, 'omit')).toEqual({ receivedOn: '2024-05-06', giftName: 'Ваза', quantity: 1 });
    const back = toFormValues(gift.fields, { receivedOn: '2024-05-06', quantity: 2 });
    expect(dayjs.isDayjs(back.receivedOn) && (back.receivedOn as dayjs.Dayjs).format('DD.MM.YYYY')).toBe('06.05.2024');
    expect(back.quantity).toBe(2);
  });

  it('a correction sends cleared fields as null, so the server erases them', () => {
    expect(toData(gift.fields, { storagePlace: '', handoverAct: '№ 3' }, 'null')).toEqual({
      storagePlace: null,
      handoverAct: '№ 3',
    });
  });
});
