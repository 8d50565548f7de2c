import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calendar2024, calendar2025, calendar2026 } from './calendar-data.js';
import type { CalendarYear } from './calendar-year.js';
import { type CalendarDifference, compareCalendarYears } from './compare-calendar-years.js';
import { computeYearTotals, createProductionCalendar, getDayInfo, withCalendarYear } from './production-calendar.js';
import { parseXmlCalendar, XmlCalendarError } from './xmlcalendar-parser.js';

const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const fixture = (file: string) =>
  readFileSync(path.resolve(repoRoot, '../shared/fixtures/xmlcalendar-ru', file), 'utf8');

const tsData: Record<number, CalendarYear> = { 2024: calendar2024, 2025: calendar2025, 2026: calendar2026 };

/**
 * Known differences between the decree-based data and the xmlcalendar fixture (commit ccba74a, 2025-10-01).
 * domain.md §16.6 warns that stored versions of the 2024 file had errors (no t=3 for 27.04/28.12; 30.12 missing
 * and 31.12 duplicated). This fixture version agrees with the decrees day by day, so the lists are empty; a
 * fixture update that disagrees fails here and must be recorded with its reason.
 */
const knownDifferences: Record<number, CalendarDifference[]> = { 2024: [], 2025: [], 2026: [] };

function parseError(xml: string, expectedYear?: number): XmlCalendarError {
  try {
    parseXmlCalendar(xml, { fileName: 'test.xml', expectedYear });
  } catch (e) {
    if (e instanceof XmlCalendarError) return e;
    throw e;
  }
  throw new Error('expected XmlCalendarError');
}

describe('xmlcalendar.ru fixtures', () => {
  for (const year of [2024, 2025, 2026]) {
    it(`${year}: parsed file agrees with the decree data day by day`, () => {
      const parsed = parseXmlCalendar(fixture(`${year}/calendar.xml`), { fileName: `ru/${year}/calendar.xml` });
      expect(parsed.year).toBe(year);
      expect(compareCalendarYears(tsData[year], parsed)).toEqual(knownDifferences[year]);
      expect(computeYearTotals(parsed)).toEqual(tsData[year].officialTotals);
      // The dataset's f="" attributes are the decree's transfers.
      const key = (t: { from: string; to: string }) => `${t.from}>${t.to}`;
      expect(parsed.transfers.map(key).sort()).toEqual(tsData[year].transfers.map(key).sort());
      expect(parsed.source.dataset).toMatch(
        new RegExp(`ru/${year}/calendar\\.xml \\(версия \\d{4}\\.\\d{2}\\.\\d{2}\\)`),
      );
    });
  }

  for (const year of [2024, 2026]) {
    it(`${year}: the English file gives the same calendar`, () => {
      const ru = parseXmlCalendar(fixture(`${year}/calendar.xml`));
      const en = parseXmlCalendar(fixture(`${year}/calendar.en.xml`), { expectedYear: year });
      expect(compareCalendarYears(ru, en)).toEqual([]);
    });
  }

  it('2025: known fault — the English file says year="2024" and moves 08.03 twice; it is refused', () => {
    // Found by this test in fixture commit ccba74a: ru/2025/calendar.en.xml has <calendar year="2024"> and an
    // extra <day d="03.09" t="1" f="03.08"/> (08.03.2025 is already moved to 13.06). Read as 2024 it would
    // silently load 2025's transfers into 2024, so the parser must refuse it.
    const xml = fixture('2025/calendar.en.xml');
    expect(parseError(xml, 2025).issues.map((i) => `${i.element}: ${i.message}`)).toEqual([
      '<calendar year>: в файле 2024 год, ожидается 2025',
    ]);
    const asIs = parseError(xml).issues.map((i) => `${i.line} ${i.message}`);
    expect(asIs).toEqual([
      '25 f="03.08": переносится не выходной день',
      '28 f="01.04": переносится не выходной день',
      '29 f="02.23": переносится не выходной день',
      '33 f="03.08": переносится не выходной день',
      '35 f="11.01": переносится не выходной день',
      '37 f="01.05": переносится не выходной день',
    ]);
    // Read with the right year its days match the decree, apart from the duplicated transfer.
    const fixed = xml.replace('year="2024"', 'year="2025"');
    expect(parseError(fixed).issues.map((i) => i.message)).toEqual([
      'f="03.08": этот выходной уже перенесён на другой день',
    ]);
  });

  it('a parsed year loads into a calendar that an administrator extends', () => {
    const parsed = parseXmlCalendar(fixture('2025/calendar.xml'));
    const cal = withCalendarYear(createProductionCalendar([calendar2024]), parsed);
    expect(getDayInfo(cal, '2025-06-13')).toMatchObject({ isWorking: false, isEstimated: false });
  });
});

describe('the known faulty 2024 versions are caught', () => {
  const good = fixture('2024/calendar.xml');

  it('duplicated 31.12 and missing 30.12: parse error names the element and its line', () => {
    const bad = good.replace('<day d="12.30" t="1" f="12.28"/>', '<day d="12.31" t="1" f="01.07"/>');
    const error = parseError(bad);
    expect(error.issues).toEqual([
      { element: '<day d="12.31"> (days/day[26])', line: 39, message: 'день 12.31 уже указан в days/day[25]' },
    ]);
    expect(error.message).toContain('test.xml:39 <day d="12.31"> (days/day[26])');
  });

  it('no t="3" for 27.04 and 28.12: parses, and the cross-check shows both days', () => {
    const bad = good.replace('<day d="04.27" t="3" />', '').replace('<day d="12.28" t="3"/>', '');
    const parsed = parseXmlCalendar(bad);
    expect(compareCalendarYears(calendar2024, parsed)).toEqual([
      { date: '2024-04-27', expected: 'working', actual: 'off' },
      { date: '2024-12-28', expected: 'working', actual: 'off' },
    ]);
    expect(computeYearTotals(parsed).workingDays).toBe(246);
  });
});

describe('validation of xmlcalendar files', () => {
  const minimal = (days: string, attrs = 'year="2027" lang="ru" date="2026.09.02"') =>
    `<?xml version="1.0"?>\n<calendar ${attrs}>\n<holidays><holiday id="1" title="Новогодние каникулы"/></holidays>\n<days>\n${days}\n</days>\n</calendar>`;
  const holidays2027 = [
    '01.01',
    '01.04',
    '01.05',
    '01.06',
    '01.07',
    '01.08',
    '02.23',
    '03.08',
    '05.03',
    '05.10',
    '06.14',
    '11.04',
  ]
    .map((d) => `<day d="${d}" t="1"/>`)
    .join('\n');

  it('reports malformed XML with its line', () => {
    expect(parseError('<calendar year="2027">\n<days>\n</calendar>').issues[0]).toMatchObject({
      element: 'XML',
      line: 3,
    });
  });

  it('names each bad element: wrong t, t=3 on a weekday, undeclared holiday, bad date, missing holiday', () => {
    const error = parseError(
      minimal('<day d="01.02" t="7"/>\n<day d="01.11" t="3"/>\n<day d="01.03" t="1" h="9"/>\n<day d="02.30" t="1"/>'),
    );
    expect(error.issues.map((i) => `${i.element}: ${i.message}`)).toEqual([
      '<day d="01.02"> (days/day[1]): атрибут t «7»: ожидается 1, 2 или 3',
      '<day d="01.11"> (days/day[2]): t="3" (рабочий выходной) указан для будня',
      '<day d="01.03"> (days/day[3]): праздник h="9" не объявлен в <holidays>',
      '<day d="02.30"> (days/day[4]): атрибут d «02.30»: ожидается ММ.ДД, существующий день 2027 года',
      '<days>: праздник 01.01 (Новогодние каникулы, ТК РФ ст. 112) не отмечен t="1"',
      '<days>: праздник 01.04 (Новогодние каникулы, ТК РФ ст. 112) не отмечен t="1"',
      '<days>: праздник 01.05 (Новогодние каникулы, ТК РФ ст. 112) не отмечен t="1"',
      '<days>: праздник 01.06 (Новогодние каникулы, ТК РФ ст. 112) не отмечен t="1"',
      '<days>: праздник 01.07 (Рождество Христово, ТК РФ ст. 112) не отмечен t="1"',
      '<days>: праздник 01.08 (Новогодние каникулы, ТК РФ ст. 112) не отмечен t="1"',
      '<days>: праздник 02.23 (День защитника Отечества, ТК РФ ст. 112) не отмечен t="1"',
      '<days>: праздник 03.08 (Международный женский день, ТК РФ ст. 112) не отмечен t="1"',
      '<days>: праздник 11.04 (День народного единства, ТК РФ ст. 112) не отмечен t="1"',
    ]);
    expect(error.issues[0].line).toBe(5);
  });

  it('rejects another country, a bad year and a missing <days>', () => {
    expect(parseError(minimal(holidays2027, 'year="2027" country="by"')).issues[0].element).toBe('<calendar country>');
    expect(parseError(minimal(holidays2027, 'year="27"')).issues[0].element).toBe('<calendar year>');
    expect(parseError('<calendar year="2027"><holidays/></calendar>').issues[0].element).toBe('<days>');
  });

  it('accepts a synthetic 2027 file (test data, not the decree) and keeps the decree the administrator names', () => {
    const parsed = parseXmlCalendar(minimal(`${holidays2027}\n<day d="02.20" t="3"/>\n<day d="02.22" t="2"/>`), {
      decree: { citation: 'ПП РФ (тест)', number: '0', date: '2026-09-17', title: 'тестовые данные' },
    });
    expect(parsed.workingWeekends).toEqual(['02-20']);
    expect(parsed.shortDays).toEqual(['02-22']);
    expect(parsed.source.decree?.citation).toBe('ПП РФ (тест)');
  });
});
