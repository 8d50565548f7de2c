// Production calendar and legal deadlines (domain.md §0.3, §16, Appendix A).
export * from './calendar-arithmetic.js';
export * from './calendar-data.js';
export * from './calendar-year.js';
export * from './compare-calendar-years.js';
export * from './compute-deadline.js';
export * from './deadline-rule.js';
export * from './deadline-wording.js';
export * from './federal-deadline-rules.js';
export * from './iso-date.js';
export * from './labor-code-holidays.js';
export {
  CalendarRangeError,
  type CalendarWarning,
  computeYearTotals,
  createProductionCalendar,
  type DayInfo,
  type DayKind,
  defaultCalendar,
  getDayInfo,
  isShortDay,
  isWorkingDay,
  isYearLoaded,
  type OutOfRangePolicy,
  type ProductionCalendar,
  withCalendarYear,
  yearNotLoadedWarning,
} from './production-calendar.js';
export * from './xmlcalendar-parser.js';
