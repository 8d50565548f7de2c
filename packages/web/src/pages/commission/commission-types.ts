import type {
  CaseDeadline,
  CommissionGround,
  DecisionDef,
  MemberRole,
  QuorumCheck,
  Vote,
  VoteTally,
} from '@antikor/core';

/** Shapes of the commission API's answers (server/src/modules/commission). */
export type CaseListItem = {
  id: string;
  regNumber: string;
  ground: CommissionGround;
  groundLabel: string;
  sourceKind: string;
  sourceLabel: string;
  sourceRef: string | null;
  journalEntryId: string | null;
  employeeId: string | null;
  subjectName: string;
  receivedOn: string;
  status: string;
  statusLabel: string;
  consideredOn: string | null;
  decision: string | null;
  decisionLabel: string | null;
  nextDeadline: { title: string; dueDate: string; state: CaseDeadline['state']; basis: string } | null;
};

export type CaseDetail = CaseListItem & {
  groundDescription: string;
  groundBasis: string;
  needsConclusion: boolean;
  chairReceivedOn: string | null;
  summary: string;
  materials: string | null;
  conclusionText: string | null;
  conclusionRecommendation: string | null;
  conclusionOn: string | null;
  requestsSent: boolean;
  reviewExtended: boolean;
  attendIntent: boolean | null;
  protocolSentOn: string | null;
  extractSentOn: string | null;
  headResponseOn: string | null;
  headResponseText: string | null;
  lawEnforcementNeeded: boolean;
  lawEnforcementOn: string | null;
  lawEnforcementBody: string | null;
  lawEnforcementNote: string | null;
  closingNote: string | null;
  decisions: DecisionDef[];
  deadlines: CaseDeadline[];
  actions: string[];
  meetings: {
    meetingId: string;
    itemId: string;
    number: string;
    meetingDate: string;
    meetingStatus: string;
    outcome: string | null;
    decision: string | null;
    decisionText: string | null;
    votes: { for: number; against: number; abstain: number };
  }[];
};

export type Member = {
  id: string;
  role: MemberRole;
  employeeId: string | null;
  fullName: string;
  position: string;
  isIndependent: boolean;
  userId: string | null;
};
export type Composition = {
  id: string;
  title: string;
  validFrom: string;
  validTo: string | null;
  members: Member[];
  warnings: string[];
};

export type MeetingListItem = {
  id: string;
  number: string;
  meetingDate: string;
  meetingTime: string | null;
  place: string;
  status: string;
  statusLabel: string;
  items: number;
};

export type AgendaItem = {
  id: string;
  position: number;
  caseId: string;
  regNumber: string;
  subjectName: string;
  ground: CommissionGround;
  groundLabel: string;
  summary: string;
  conclusionText: string | null;
  conclusionRecommendation: string | null;
  attendIntent: boolean | null;
  meetingDue: { dueDate: string; basis: string; explanation: string } | null;
  decisions: DecisionDef[];
  outcome: 'decided' | 'postponed' | null;
  decision: string | null;
  decisionText: string | null;
  claims: string | null;
  explanations: string | null;
  speakers: string | null;
  otherInfo: string | null;
  employeeAttended: boolean | null;
  dissent: string | null;
  lawEnforcementNeeded: boolean;
  interestedMemberIds: string[];
  votes: { memberId: string; vote: Vote }[];
  tally: VoteTally;
};

export type Meeting = {
  id: string;
  number: string;
  meetingDate: string;
  meetingTime: string | null;
  place: string;
  status: 'scheduled' | 'held' | 'cancelled';
  scheduledOn: string;
  notifiedOn: string | null;
  otherAttendees: string | null;
  heldAt: string | null;
  composition: Composition;
  presentMemberIds: string[];
  quorum: QuorumCheck;
  items: AgendaItem[];
  warnings: string[];
};
