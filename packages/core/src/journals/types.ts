/**
 * A statutory registry (журнал) as data (architecture.md, decision 2): one engine keeps every journal;
 * a new journal is a definition, not a module. Fields, statuses, transitions, deadlines, need-to-know and
 * the printable form are declared here and interpreted by the server and the web client alike.
 */
import type { Role } from '../access/roles.js';
import type { FederalDeadlineCode } from '../calendar/federal-deadline-rules.js';

export type FieldType =
  | 'text' // one line
  | 'textarea' // several lines
  | 'date' // 'YYYY-MM-DD'
  | 'datetime' // ISO date-time
  | 'integer'
  | 'money' // roubles with kopecks, a number
  | 'boolean'
  | 'select' // one of `options`
  | 'inn'; // ИНН of an organisation (10) or a person (12), checksum validated

export type FieldDef = {
  key: string;
  label: string;
  type: FieldType;
  required?: boolean;
  help?: string;
  options?: { value: string; label: string }[];
  /** Shown in the list and exported to Excel as a journal column. */
  inList?: boolean;
  /** Filled at a later step of the workflow rather than at registration (the form hides it until then). */
  stage?: 'registration' | 'processing';
  max?: number;
};

export type StatusDef = { code: string; label: string; isFinal?: boolean };

export type TransitionDef = {
  /** Stable action code, e.g. 'conclude'. */
  action: string;
  label: string;
  from: string[];
  to: string;
  /** Roles that may take the action (the anti-corruption officer and the administrator usually). */
  roles: Role[];
  /** Fields that must be filled (in the entry or in this request) before the move is allowed. */
  requires?: string[];
  /** A condition on a number field that the law sets for this step (e.g. a gift kept only up to 3 000 ₽). */
  guard?: { field: string; op: 'lte' | 'gt'; value: number; message: string };
};

/**
 * A deadline of an entry: which event starts it, which rule counts it, and which statuses meet it.
 * `rule` names a federal default in core/calendar; organisations may override it by code.
 */
export type DeadlineDef = {
  code: string;
  title: string;
  rule: FederalDeadlineCode;
  /** 'registeredAt' or a date field of the entry. */
  startsFrom: 'registeredAt' | { field: string };
  /** The deadline is met once the entry reaches one of these statuses (or any final status). */
  metBy: string[];
  /** Only when the condition holds (e.g. the gift's value exceeds 3 000 ₽ or is unknown). */
  when?: { field: string; op: 'gt' | 'empty_or_gt' | 'eq' | 'truthy' | 'falsy'; value?: number | string | boolean };
};

/** Who concerns an entry: an employee of the organisation, or an outside party named in free text. */
export type SubjectKind = 'employee' | 'party' | 'employee_or_party' | 'none';

export type JournalDefinition = {
  code: string;
  /** Full official title of the journal. */
  title: string;
  /** Short title for menus. */
  shortTitle: string;
  /** Title of one entry's printable form (the notification form). */
  formTitle: string;
  legalBasis: string;
  /** Area of the plan (measure numbers of the seed plan it backs). */
  measures: string[];
  subject: SubjectKind;
  subjectLabel: string;
  fields: FieldDef[];
  statuses: StatusDef[];
  initialStatus: string;
  transitions: TransitionDef[];
  deadlines: DeadlineDef[];
  /** Roles that see every entry of the organisation; others see only entries about themselves. */
  readRoles: Role[];
  /** Roles that register entries. */
  registerRoles: Role[];
  /**
   * Need-to-know: when true, the notifier's department head (responsible executor) does not see the entry
   * even for their own subdivision (273-ФЗ ст. 9 ч. 4: the notifier is under the state's protection).
   */
  isConfidential: boolean;
  /** An employee may file this notification about themself (self-service). */
  selfService: boolean;
  /** The entry field holding the event date used for the «period» filter when not the registration date. */
  periodField?: string;
};
