/**
 * The legal deadlines of a commission case, counted on the production calendar by the shared deadline
 * rules (core/calendar, `commission.*` and `coi.*` codes) — one mechanism for every deadline in Antikor.
 * Pure: the server calls it for a case card, the secretary's home page and the list.
 */
import { computeDeadline } from '../calendar/compute-deadline.js';
import type { DeadlineRule } from '../calendar/deadline-rule.js';
import { type FederalDeadlineCode, federalDeadlineRules } from '../calendar/federal-deadline-rules.js';
import { type IsoDate, parseIsoDate, toIsoDate } from '../calendar/iso-date.js';
import type { ProductionCalendar } from '../calendar/production-calendar.js';
import { type CommissionGround, groundDefs } from './grounds.js';

export type CaseForDeadlines = {
  ground: CommissionGround;
  /** Date the body received the information (notification, appeal, materials). */
  receivedOn: string;
  /** Date the information (and the motivated conclusion) reached the chair; null while under review. */
  chairReceivedOn?: string | null;
  /** Requests were sent to other bodies during the review (Указ № 821, п. 16.4: 45 days). */
  requestsSent?: boolean;
  /** The 45-day review was extended by up to 30 days (п. 16.4). */
  reviewExtended?: boolean;
  conclusionOn?: string | null;
  /** Date the chair set the meeting date (the meeting was scheduled with this case on the agenda). */
  meetingSetOn?: string | null;
  /** Date of the meeting at which the commission took its decision. */
  consideredOn?: string | null;
  /** Protocol copy sent to the head (п. 33); also the day the head's month starts (п. 34). */
  protocolSentOn?: string | null;
  /** Copy or extract handed to the employee (п. 33; 273-ФЗ ст. 12 ч. 3 for consent appeals). */
  extractSentOn?: string | null;
  headResponseOn?: string | null;
  /** The commission established signs of an offence (п. 36). */
  lawEnforcementNeeded?: boolean;
  lawEnforcementOn?: string | null;
};

export type CaseDeadline = {
  code: string;
  title: string;
  rule: FederalDeadlineCode;
  dueDate: IsoDate;
  basis: string;
  explanation: string;
  metOn: string | null;
  isLate: boolean;
  state: 'met' | 'overdue' | 'open';
};

type Spec = {
  code: string;
  title: string;
  rule: FederalDeadlineCode;
  from: string;
  metOn: string | null | undefined;
  extended?: boolean;
  startNote?: string;
};

/** The date by which Указ № 821 п. 17.1 applications are considered: a month after 30 April of the year. */
function incomeApplicationsStart(receivedOn: string): string | null {
  const { year } = parseIsoDate(receivedOn);
  const filingDeadline = toIsoDate(year, 4, 30);
  return receivedOn <= filingDeadline ? filingDeadline : null;
}

/**
 * @param today the current date in the office's time zone, for the state of open deadlines.
 * @param overrides the organisation's rules by code (its regulation on the commission may set other terms).
 */
export function computeCaseDeadlines(
  cal: ProductionCalendar,
  c: CaseForDeadlines,
  today: string,
  overrides: Partial<Record<string, DeadlineRule>> = {},
): CaseDeadline[] {
  const g = groundDefs[c.ground];
  const specs: Spec[] = [];
  if (g.needsConclusion) {
    // Указ № 821 п. 16.4: 7 working days; 45 days when requests were sent, + up to 30.
    const rule: FederalDeadlineCode = c.requestsSent
      ? 'coi.motivated_conclusion_with_requests'
      : c.ground === '16d'
        ? 'ex_employee.motivated_conclusion'
        : 'coi.motivated_conclusion';
    specs.push({
      code: 'conclusion',
      title: 'Мотивированное заключение',
      rule,
      from: c.receivedOn,
      metOn: c.conclusionOn,
      extended: c.requestsSent && c.reviewExtended,
    });
  }
  const chairOn = c.chairReceivedOn ?? null;
  if (g.meetingTerm === 'consent_appeal') {
    // 273-ФЗ ст. 12 ч. 3: the appeal is considered within 7 days of receipt.
    specs.push({
      code: 'meeting',
      title: 'Рассмотрение обращения на заседании',
      rule: 'commission.consent_appeal',
      from: c.receivedOn,
      metOn: c.consideredOn,
    });
  } else if (chairOn && g.meetingTerm !== 'next_meeting') {
    specs.push({
      code: 'set_meeting_date',
      title: 'Назначение даты заседания',
      rule: 'commission.set_meeting_date',
      from: chairOn,
      metOn: c.meetingSetOn ?? c.consideredOn,
    });
    const incomeStart = g.meetingTerm === 'income_applications' ? incomeApplicationsStart(c.receivedOn) : null;
    if (incomeStart) {
      specs.push({
        code: 'meeting',
        title: 'Рассмотрение заявления на заседании',
        rule: 'commission.income_applications',
        from: incomeStart,
        metOn: c.consideredOn,
      });
    } else {
      specs.push({
        code: 'meeting',
        title: 'Заседание комиссии',
        rule: 'commission.meeting',
        from: chairOn,
        metOn: c.consideredOn,
      });
    }
  }
  if (c.consideredOn) {
    const copiesOn =
      c.protocolSentOn && c.extractSentOn
        ? c.protocolSentOn > c.extractSentOn
          ? c.protocolSentOn
          : c.extractSentOn
        : null;
    specs.push({
      code: 'protocol_copies',
      title: 'Копии протокола представителю нанимателя и служащему',
      rule: 'commission.protocol_copies',
      from: c.consideredOn,
      metOn: copiesOn,
    });
    if (c.ground === '16b_2') {
      specs.push({
        code: 'consent_notice',
        title: 'Письменное уведомление гражданина о решении',
        rule: 'commission.consent_written_notice',
        from: c.consideredOn,
        metOn: c.extractSentOn,
      });
    }
    if (c.lawEnforcementNeeded) {
      specs.push({
        code: 'law_enforcement',
        title: 'Передача материалов в правоохранительные органы',
        rule: 'commission.law_enforcement',
        from: c.consideredOn,
        metOn: c.lawEnforcementOn,
      });
    }
  }
  if (c.protocolSentOn) {
    specs.push({
      code: 'head_decision',
      title: 'Решение представителя нанимателя по протоколу',
      rule: 'commission.head_decision',
      from: c.protocolSentOn,
      metOn: c.headResponseOn,
    });
  }
  const out: CaseDeadline[] = [];
  for (const s of specs) {
    const rule = overrides[s.rule] ?? federalDeadlineRules[s.rule];
    if (rule.kind === 'none') continue;
    const computed = computeDeadline(cal, rule, s.from.slice(0, 10) as IsoDate, {
      extended: Boolean(s.extended && rule.extension),
    });
    if (!computed.dueDate) continue;
    const metOn = s.metOn ?? null;
    const isLate = (metOn ?? today) > computed.dueDate;
    out.push({
      code: s.code,
      title: s.title,
      rule: s.rule,
      dueDate: computed.dueDate,
      basis: rule.basis,
      explanation: computed.explanation,
      metOn,
      isLate,
      state: metOn ? 'met' : isLate ? 'overdue' : 'open',
    });
  }
  return out;
}

/**
 * The commission's own terms a municipal regulation may set otherwise (commission settings). The terms of
 * the motivated conclusion belong to the journals the notices are registered in (coi-notice,
 * ex-employee-notice) and are set there, so each term has one place where it is configured.
 */
export const commissionDeadlineCodes = [
  'commission.set_meeting_date',
  'commission.meeting',
  'commission.income_applications',
  'commission.protocol_copies',
  'commission.head_decision',
  'commission.law_enforcement',
  'commission.consent_appeal',
  'commission.consent_written_notice',
] as const satisfies readonly FederalDeadlineCode[];
