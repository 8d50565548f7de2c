/** Shapes of the plan API (packages/server/src/modules/plan/routes.ts) as the pages read them. */
import type { IndicatorSource, IndicatorUnit, IndicatorValue, TermRule } from '@antikor/core';

export type Plan = {
  id: string;
  orgId: string;
  title: string;
  periodFrom: number;
  periodTo: number;
  approvedBy: string;
  /** 'MM-DD': the day subdivisions submit the yearly report by. */
  reportDue: string;
  quarterReportDays: number;
};

export type UnitKind = 'subdivision' | 'organisation';
export type PlanUnit = { kind: UnitKind; id: string; name: string };

export type Measure = {
  id: string;
  sectionId: string;
  number: string;
  text: string;
  executorsText: string;
  termText: string;
  termRule: TermRule | null;
  termDescription: string | null;
  expectedResult: string;
  units: PlanUnit[];
};

export type Section = { id: string; number: string; title: string; measures: Measure[] };

export type PlanDetail = Plan & { sections: Section[]; canManage: boolean };

export type ImportResult = { created: number; updated: number; unchanged: number };

export type ControlDateState = 'done' | 'overdue' | 'upcoming' | 'planned';
export type ControlDate = {
  date: string;
  label: string;
  explanation: string;
  measureId: string;
  number: string;
  text: string;
  termText: string;
  unitId: string;
  unitName: string;
  state: ControlDateState;
};

export type ReportStatus = 'not_started' | 'draft' | 'submitted' | 'returned' | 'accepted';

export type ReportAttachment = { id: string; fileName: string; size: number };

export type UnitStatus = {
  unitId: string;
  unitName: string;
  status: ReportStatus;
  reportId: string | null;
  text: string;
  reviewComment: string | null;
  submittedAt: string | null;
  updatedAt: string | null;
  version: number | null;
  canWrite: boolean;
  attachments: ReportAttachment[];
};

export type MeasureExecution = {
  sectionNumber: string;
  sectionTitle: string;
  measureId: string;
  number: string;
  text: string;
  termText: string;
  units: UnitStatus[];
};

export type Execution = {
  planId: string;
  year: number;
  quarter: number;
  periodLabel: string;
  dueDate: string;
  seesAll: boolean;
  totals: Record<ReportStatus, number>;
  measures: MeasureExecution[];
};

/** The report row as PUT /plans/:id/reports and the review endpoints answer it. */
export type ExecutionReport = {
  id: string;
  status: ReportStatus;
  text: string;
  version: number;
  reviewComment: string | null;
};

export type Indicator = {
  key: string;
  title: string;
  unit: IndicatorUnit;
  measures: string[];
  source: IndicatorSource;
  definition: string;
  value: IndicatorValue;
  note: string;
};

export type Indicators = { year: number; items: Indicator[]; canEdit: boolean };

export type ManualFigure = { key: string; title: string; value: number | null; note: string };
