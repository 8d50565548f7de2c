/** The case as the API answers it: fields, labels, deadlines on the production calendar, available steps. */
import {
  allowedDecisions,
  type CaseSourceKind,
  type CaseStatus,
  type CommissionGround,
  caseSourceLabels,
  caseStatusLabels,
  computeCaseDeadlines,
  defaultCalendar,
  findDecision,
  groundDefs,
} from '@antikor/core';
import type { CommissionSettings } from './commission-access.js';
import type { commissionCases } from './tables.js';

export type CaseRow = typeof commissionCases.$inferSelect;

export function caseDeadlines(c: CaseRow, today: string, settings: CommissionSettings) {
  return computeCaseDeadlines(
    defaultCalendar,
    { ...c, ground: c.ground as CommissionGround },
    today,
    settings.deadlineOverrides,
  );
}

/** Steps outside meetings the secretary may take now. */
export function caseActions(c: CaseRow): string[] {
  switch (c.status as CaseStatus) {
    case 'preliminary_review':
      return ['complete_review', 'withdraw'];
    case 'awaiting_meeting':
      return ['withdraw'];
    case 'scheduled':
      return [];
    case 'considered':
      return [
        'send_protocol',
        ...(c.extractSentOn ? [] : ['send_extract']),
        ...(c.lawEnforcementNeeded && !c.lawEnforcementOn ? ['refer_law_enforcement'] : []),
      ];
    case 'protocol_sent':
      return [
        'head_response',
        ...(c.extractSentOn ? [] : ['send_extract']),
        ...(c.lawEnforcementNeeded && !c.lawEnforcementOn ? ['refer_law_enforcement'] : []),
      ];
    case 'head_decided':
      return ['close', ...(c.lawEnforcementNeeded && !c.lawEnforcementOn ? ['refer_law_enforcement'] : [])];
    case 'closed':
    case 'withdrawn':
      return [];
  }
}

export function toCaseListItem(c: CaseRow, today: string, settings: CommissionSettings) {
  const ground = c.ground as CommissionGround;
  const deadlines = caseDeadlines(c, today, settings);
  const next = deadlines.filter((d) => d.state !== 'met').sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0] ?? null;
  return {
    id: c.id,
    orgId: c.orgId,
    regNumber: c.regNumber,
    ground,
    groundLabel: groundDefs[ground].label,
    sourceKind: c.sourceKind,
    sourceLabel: caseSourceLabels[c.sourceKind as CaseSourceKind] ?? c.sourceKind,
    sourceRef: c.sourceRef,
    journalEntryId: c.journalEntryId,
    employeeId: c.employeeId,
    subjectName: c.subjectName,
    receivedOn: c.receivedOn,
    status: c.status,
    statusLabel: caseStatusLabels[c.status as CaseStatus] ?? c.status,
    consideredOn: c.consideredOn,
    decision: c.decision,
    decisionLabel: c.decision ? (findDecision(ground, c.decision)?.label ?? c.decision) : null,
    nextDeadline: next ? { title: next.title, dueDate: next.dueDate, state: next.state, basis: next.basis } : null,
  };
}

export function toCaseDto(c: CaseRow, today: string, settings: CommissionSettings) {
  const ground = c.ground as CommissionGround;
  return {
    ...toCaseListItem(c, today, settings),
    groundDescription: groundDefs[ground].description,
    groundBasis: groundDefs[ground].basis,
    needsConclusion: groundDefs[ground].needsConclusion,
    chairReceivedOn: c.chairReceivedOn,
    summary: c.summary,
    materials: c.materials,
    conclusionText: c.conclusionText,
    conclusionRecommendation: c.conclusionRecommendation,
    conclusionOn: c.conclusionOn,
    requestsSent: c.requestsSent,
    reviewExtended: c.reviewExtended,
    attendIntent: c.attendIntent,
    meetingSetOn: c.meetingSetOn,
    protocolSentOn: c.protocolSentOn,
    extractSentOn: c.extractSentOn,
    headResponseOn: c.headResponseOn,
    headResponseText: c.headResponseText,
    lawEnforcementNeeded: c.lawEnforcementNeeded,
    lawEnforcementOn: c.lawEnforcementOn,
    lawEnforcementBody: c.lawEnforcementBody,
    lawEnforcementNote: c.lawEnforcementNote,
    closingNote: c.closingNote,
    decisions: allowedDecisions(ground),
    deadlines: caseDeadlines(c, today, settings),
    actions: caseActions(c),
  };
}
