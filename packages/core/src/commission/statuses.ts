/**
 * Workflow of a commission case (domain.md §1.10, simplified to the steps people record): preliminary
 * review with a motivated conclusion → waiting for a meeting → on a meeting's agenda → considered →
 * protocol sent to the head → head's decision received → closed; or withdrawn.
 */
export const caseStatuses = [
  'preliminary_review',
  'awaiting_meeting',
  'scheduled',
  'considered',
  'protocol_sent',
  'head_decided',
  'closed',
  'withdrawn',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const caseStatusLabels: Record<CaseStatus, string> = {
  preliminary_review: 'Предварительное рассмотрение',
  awaiting_meeting: 'Ожидает заседания',
  scheduled: 'Включено в повестку',
  considered: 'Рассмотрено комиссией',
  protocol_sent: 'Протокол направлен',
  head_decided: 'Получено решение представителя нанимателя',
  closed: 'Закрыто',
  withdrawn: 'Снято с рассмотрения',
};

/** Statuses in which nothing more is expected of the commission. */
export const finalCaseStatuses: readonly CaseStatus[] = ['closed', 'withdrawn'];

export const meetingStatuses = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const meetingStatusLabels: Record<MeetingStatus, string> = {
  scheduled: 'Назначено',
  held: 'Проведено',
  cancelled: 'Отменено',
};

/** Roles in the commission (Указ № 821, п. 7–8). */
export const memberRoles = ['chair', 'deputy_chair', 'secretary', 'member'] as const;
export type MemberRole = (typeof memberRoles)[number];
export const memberRoleLabels: Record<MemberRole, string> = {
  chair: 'Председатель',
  deputy_chair: 'Заместитель председателя',
  secretary: 'Секретарь',
  member: 'Член комиссии',
};

export const votes = ['for', 'against', 'abstain'] as const;
export type Vote = (typeof votes)[number];
export const voteLabels: Record<Vote, string> = { for: 'за', against: 'против', abstain: 'воздержался' };

/** What happened to an item at a meeting: decided, or put off to another meeting. */
export const itemOutcomes = ['decided', 'postponed'] as const;
export type ItemOutcome = (typeof itemOutcomes)[number];
