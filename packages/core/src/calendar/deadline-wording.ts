/**
 * Russian wording for deadline explanations: number agreement and day descriptions.
 */
import type { ShiftDirection } from './calendar-arithmetic.js';
import type { DeadlineKind } from './deadline-rule.js';
import { formatDateRu, weekdayNameRu } from './iso-date.js';
import type { DayInfo } from './production-calendar.js';

/** Russian plural form for `n`: forms are [1, 2–4, 5+] — «день», «дня», «дней». */
export function pluralRu(n: number, forms: readonly [string, string, string]): string {
  const abs = Math.abs(n);
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

const UNIT_FORMS: Record<'working_days' | 'calendar_days' | 'months', readonly [string, string, string]> = {
  working_days: ['рабочий день', 'рабочих дня', 'рабочих дней'],
  calendar_days: ['календарный день', 'календарных дня', 'календарных дней'],
  months: ['месяц', 'месяца', 'месяцев'],
};

/** Units that are counted. */
export type CountedKind = Exclude<DeadlineKind, 'fixed_date' | 'none'>;

/** «3 рабочих дня», «21 календарный день», «2 месяца»; with an extension «30 + 30 календарных дней». */
export function amountPhrase(kind: CountedKind, n: number, extension = 0): string {
  const total = Math.abs(n) + extension;
  const count = extension > 0 ? `${Math.abs(n)} + ${extension}` : `${total}`;
  return `${count} ${pluralRu(total, UNIT_FORMS[kind])}`;
}

/** Month names in the genitive: «30 апреля». */
export const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** '04-30' → «30 апреля». */
export function monthDayPhrase(monthDay: string): string {
  return `${Number(monthDay.slice(3))} ${MONTHS_GENITIVE[Number(monthDay.slice(0, 2)) - 1]}`;
}

/** Why a day is not a working day: «воскресенье, выходной день», «нерабочий праздничный день (День Победы)». */
export function nonWorkingReason(info: DayInfo): string {
  switch (info.kind) {
    case 'holiday':
      return `нерабочий праздничный день (${info.holidayName})`;
    case 'day_off':
      return 'перенесённый выходной день';
    case 'weekend':
      return `${weekdayNameRu(info.date)}, выходной день`;
    case 'working':
    case 'working_weekend':
      return 'рабочий день';
    default: {
      const unreachable: never = info.kind;
      return unreachable;
    }
  }
}

/** The sentence about a moved last day: «14.04.2024 — воскресенье, выходной день; срок переносится на …». */
export function shiftPhrase(shiftedFrom: DayInfo, shift: ShiftDirection): string {
  const where =
    shift === 'previous'
      ? 'срок переносится на предшествующий рабочий день (местный порядок)'
      : 'срок переносится на следующий рабочий день';
  return `${formatDateRu(shiftedFrom.date)} — ${nonWorkingReason(shiftedFrom)}; ${where}`;
}
