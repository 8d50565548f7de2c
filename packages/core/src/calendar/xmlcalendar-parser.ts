/**
 * Parser for the xmlcalendar.ru production calendar format (github.com/xmlcalendar/data, ru/<year>/calendar.xml).
 *
 * `<calendar year lang date [country]><holidays><holiday id title/></holidays><days><day d="MM.DD" t h f/></days>`
 * t=1 day off, t=2 shortened working day, t=3 working Saturday/Sunday; h = holiday id; f = the day the day off
 * was moved from. Unlisted Saturdays and Sundays are days off. Pure: a string in, a CalendarYear out.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  type CalendarYear,
  type DayOffTransfer,
  type DecreeReference,
  monthDayInYear,
  validateCalendarYear,
} from './calendar-year.js';
import { type IsoDate, isIsoDate, isMonthDay, isWeekend, type MonthDay } from './iso-date.js';
import { laborCodeHolidays } from './labor-code-holidays.js';

/** One problem in an xmlcalendar file; `element` names it, e.g. `<day d="12.31"> (days/day[26])`. */
export type XmlCalendarIssue = { element: string; line?: number; message: string };

/** Thrown when an xmlcalendar file cannot be loaded; lists every problem found. */
export class XmlCalendarError extends Error {
  readonly issues: readonly XmlCalendarIssue[];
  constructor(source: string, issues: readonly XmlCalendarIssue[]) {
    const lines = issues.map((i) => `  ${source}${i.line ? `:${i.line}` : ''} ${i.element}: ${i.message}`);
    super(`Файл производственного календаря не загружен:\n${lines.join('\n')}`);
    this.name = 'XmlCalendarError';
    this.issues = issues;
  }
}

/** Options for {@link parseXmlCalendar}. */
export type ParseXmlCalendarOptions = {
  /** File name used in error messages and in the year's source, e.g. 'ru/2025/calendar.xml'. */
  fileName?: string;
  /** The year the file must describe (from its path ru/<year>/): catches a wrong `year` attribute. */
  expectedYear?: number;
  /** The transfer decree, when the administrator knows it (the dataset does not name it). */
  decree?: DecreeReference;
};

type XmlDay = { d?: unknown; t?: unknown; h?: unknown; f?: unknown };
type XmlNode = Record<string, unknown>;

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asNode = (value: unknown): XmlNode | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : null;

function lineAt(xml: string, index: number | undefined): number | undefined {
  if (index === undefined) return undefined;
  let line = 1;
  for (let i = 0; i < index && i < xml.length; i++) if (xml.charCodeAt(i) === 10) line++;
  return line;
}

function toMonthDay(value: string): MonthDay | null {
  const m = /^(\d{2})\.(\d{2})$/.exec(value);
  if (!m) return null;
  const md = `${m[1]}-${m[2]}`;
  return isMonthDay(md) ? md : null;
}

/**
 * Parses one year of the xmlcalendar.ru dataset and checks it: structure, attribute formats, the expected year,
 * duplicate days, t=3 only on weekends, holiday ids declared, transfers (f) only from a Saturday or Sunday and
 * each at most once, every ТК РФ ст. 112 holiday falling on a weekday marked t=1.
 * @throws XmlCalendarError naming each faulty element (with its line).
 */
export function parseXmlCalendar(xml: string, options: ParseXmlCalendarOptions = {}): CalendarYear {
  const fileName = options.fileName ?? 'calendar.xml';
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { msg, line } = wellFormed.err;
    throw new XmlCalendarError(fileName, [{ element: 'XML', line, message: msg }]);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    captureMetaData: true,
    isArray: (name) => name === 'day' || name === 'holiday',
  });
  const meta = XMLParser.getMetaDataSymbol() as unknown as string;
  const root = asNode(asNode(parser.parse(xml))?.calendar);
  const issues: XmlCalendarIssue[] = [];
  const fail = (element: string, message: string, line?: number): void => {
    issues.push({ element, message, line });
  };
  if (!root)
    throw new XmlCalendarError(fileName, [{ element: '<calendar>', message: 'нет корневого элемента calendar' }]);

  const yearText = String(root.year ?? '');
  if (!/^\d{4}$/.test(yearText)) fail('<calendar year>', `год «${yearText}»: ожидаются 4 цифры`);
  const year = Number(yearText);
  if (options.expectedYear !== undefined && year !== options.expectedYear) {
    fail('<calendar year>', `в файле ${yearText} год, ожидается ${options.expectedYear}`);
  }
  if (root.country !== undefined && root.country !== 'ru') {
    fail('<calendar country>', `календарь страны «${String(root.country)}», ожидается ru`);
  }
  const dateText = root.date === undefined ? '' : String(root.date);
  const versionDate = dateText.replace(/\./g, '-');
  if (dateText && !isIsoDate(versionDate)) fail('<calendar date>', `дата версии «${dateText}»: ожидается ГГГГ.ММ.ДД`);

  const holidayIds = new Set<string>();
  asArray(asNode(root.holidays)?.holiday).forEach((raw, i) => {
    const h = asNode(raw) ?? {};
    if (!/^\d+$/.test(String(h.id ?? ''))) fail(`<holiday> (holidays/holiday[${i + 1}])`, 'нет числового атрибута id');
    else holidayIds.add(String(h.id));
  });

  const daysNode = root.days;
  if (daysNode === undefined) fail('<days>', 'нет элемента days');
  const daysOff: MonthDay[] = [];
  const workingWeekends: MonthDay[] = [];
  const shortDays: MonthDay[] = [];
  const transfers: DayOffTransfer[] = [];
  const seen = new Map<MonthDay, string>();
  if (issues.length === 0) {
    asArray(asNode(daysNode)?.day).forEach((raw, i) => {
      const day = (asNode(raw) ?? {}) as XmlDay & XmlNode;
      const line = lineAt(xml, (day[meta] as { startIndex?: number } | undefined)?.startIndex);
      const d = String(day.d ?? '');
      const element = `<day d="${d}"> (days/day[${i + 1}])`;
      const md = toMonthDay(d);
      const date: IsoDate | null = md ? monthDayInYear(year, md) : null;
      if (!md || !date) {
        fail(element, `атрибут d «${d}»: ожидается ММ.ДД, существующий день ${year} года`, line);
        return;
      }
      if (seen.has(md)) {
        // domain.md §16.6: a stored 2024 file listed 31 Dec twice (and lacked 30 Dec).
        fail(element, `день ${d} уже указан в ${seen.get(md)}`, line);
        return;
      }
      seen.set(md, `days/day[${i + 1}]`);
      if (day.h !== undefined && !holidayIds.has(String(day.h))) {
        fail(element, `праздник h="${String(day.h)}" не объявлен в <holidays>`, line);
      }
      const t = String(day.t ?? '');
      if (t === '1') {
        daysOff.push(md);
        if (day.f !== undefined) {
          const from = toMonthDay(String(day.f));
          const fromDate = from ? monthDayInYear(year, from) : null;
          if (!from || !fromDate) fail(element, `атрибут f «${String(day.f)}»: ожидается ММ.ДД`, line);
          // ТК РФ ст. 112 ч. 2, 5: only a Saturday or Sunday is moved, and each one once.
          else if (!isWeekend(fromDate)) fail(element, `f="${String(day.f)}": переносится не выходной день`, line);
          else if (transfers.some((t) => t.from === from)) {
            fail(element, `f="${String(day.f)}": этот выходной уже перенесён на другой день`, line);
          } else transfers.push({ from, to: md });
        }
      } else if (t === '2') {
        shortDays.push(md);
        // A shortened Saturday (2024-11-02, 2025-11-01) is a working weekend day as well.
        if (isWeekend(date)) workingWeekends.push(md);
      } else if (t === '3') {
        if (!isWeekend(date)) fail(element, 't="3" (рабочий выходной) указан для будня', line);
        else workingWeekends.push(md);
      } else {
        fail(element, `атрибут t «${t}»: ожидается 1, 2 или 3`, line);
      }
    });
    // ТК РФ ст. 112 ч. 1: a holiday on a weekday is always a day off; a file that misses one is wrong.
    for (const h of laborCodeHolidays) {
      const date = monthDayInYear(year, h.monthDay);
      if (date && !isWeekend(date) && !daysOff.includes(h.monthDay)) {
        fail('<days>', `праздник ${h.monthDay.replace('-', '.')} (${h.name}, ТК РФ ст. 112) не отмечен t="1"`);
      }
    }
  }

  const result: CalendarYear = {
    year,
    source: {
      laborCodeBasis: 'ТК РФ ст. 112',
      decree: options.decree ?? null,
      dataset: `xmlcalendar.ru ${fileName}${dateText ? ` (версия ${dateText})` : ''}`,
    },
    daysOff,
    workingWeekends,
    shortDays,
    transfers,
  };
  if (issues.length === 0) {
    for (const issue of validateCalendarYear(result)) fail(issue.path, issue.message);
  }
  if (issues.length > 0) throw new XmlCalendarError(fileName, issues);
  return result;
}
