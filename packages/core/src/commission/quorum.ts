/**
 * Quorum, composition rules and vote counting of the commission (Указ № 821, п. 8, 19, 21, 28; domain.md §1.2,
 * §1.6). Pure: the server applies them when a meeting is held.
 */
import type { MemberRole, Vote } from './statuses.js';

/** Quorum as a share of the members; Указ № 821 п. 19: at least two thirds. Configurable per organisation. */
export type QuorumRule = { numerator: number; denominator: number };
export const defaultQuorum: QuorumRule = { numerator: 2, denominator: 3 };

/** Members needed for a quorum: at least `numerator/denominator` of the composition, rounded up. */
export function quorumRequired(totalMembers: number, rule: QuorumRule = defaultQuorum): number {
  if (totalMembers <= 0) return 0;
  // Integer arithmetic: 2/3 of 9 is exactly 6, not 6.000000001.
  return Math.ceil((totalMembers * rule.numerator) / rule.denominator);
}

export type MemberForQuorum = { id: string; role: MemberRole; isIndependent: boolean };

export type QuorumCheck = {
  total: number;
  present: number;
  required: number;
  hasQuorum: boolean;
  /** Указ № 821 п. 19: a meeting attended only by the body's own employees is not allowed. */
  hasOutsider: boolean;
  /** Russian reasons why the meeting may not decide; empty when it may. */
  problems: string[];
};

export function checkQuorum(
  members: readonly MemberForQuorum[],
  presentIds: ReadonlySet<string>,
  rule: QuorumRule = defaultQuorum,
): QuorumCheck {
  const present = members.filter((m) => presentIds.has(m.id));
  const required = quorumRequired(members.length, rule);
  const hasQuorum = present.length >= required && present.length > 0;
  const hasOutsider = present.some((m) => m.isIndependent);
  const problems: string[] = [];
  if (!hasQuorum)
    problems.push(
      `Нет кворума: присутствуют ${present.length} из ${members.length} членов комиссии, нужно не менее ${required} (${rule.numerator}/${rule.denominator}, Указ № 821, п. 19)`,
    );
  if (present.length > 0 && !hasOutsider)
    problems.push(
      'Заседание, на котором присутствуют только служащие органа, недопустимо: нужен хотя бы один независимый член комиссии (Указ № 821, п. 19)',
    );
  return { total: members.length, present: present.length, required, hasQuorum, hasOutsider, problems };
}

/** Warnings about a composition (Указ № 821, п. 7–8); a composition with warnings can still be saved. */
export function compositionWarnings(members: readonly MemberForQuorum[]): string[] {
  const out: string[] = [];
  const count = (r: MemberRole) => members.filter((m) => m.role === r).length;
  if (count('chair') !== 1) out.push('В составе должен быть один председатель');
  if (count('secretary') !== 1) out.push('В составе должен быть один секретарь');
  if (count('deputy_chair') === 0) out.push('Не назначен заместитель председателя');
  const outside = members.filter((m) => m.isIndependent).length;
  // Указ № 821 п. 8: members who are not employees of the body — at least a quarter of the total.
  if (members.length > 0 && outside * 4 < members.length) {
    out.push(
      `Независимых членов ${outside} из ${members.length}: должно быть не менее четверти состава (Указ № 821, п. 8)`,
    );
  }
  return out;
}

export type VoteTally = { for: number; against: number; abstain: number; eligible: number; isAdopted: boolean };

/**
 * Counts the votes on one item. `eligible` is the number of members present who may vote (a member who
 * declared a personal interest does not — Указ № 821, п. 21); the decision is adopted by a simple majority
 * of them (п. 28).
 */
export function tallyVotes(votes: readonly Vote[], eligible: number): VoteTally {
  const t = { for: 0, against: 0, abstain: 0 };
  for (const v of votes) t[v]++;
  return { ...t, eligible, isAdopted: eligible > 0 && t.for * 2 > eligible };
}
