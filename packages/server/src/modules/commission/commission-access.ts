/**
 * Who may do what with the commission's work. Readers (members, the head, the anti-corruption officer) see
 * every case of their organisation tree; the secretary (anti-corruption officer, administrator) keeps it.
 */
import {
  commissionDeadlineCodes,
  type DeadlineRule,
  deadlineRuleSchema,
  defaultQuorum,
  hasPermission,
  type QuorumRule,
} from '@antikor/core';
import { eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { loadDeadlineOverrides } from '../journals/entry-deadlines.js';
import { commissionSettings } from './tables.js';

export function assertCommissionReader(actor: Actor): void {
  if (!hasPermission(actor.roles, 'commission.read'))
    throw new AppError('FORBIDDEN', 'Нет доступа к материалам комиссии');
}

export function assertCommissionKeeper(actor: Actor): void {
  if (!hasPermission(actor.roles, 'commission.manage'))
    throw new AppError('FORBIDDEN', 'Работу комиссии ведёт секретарь (специалист по профилактике коррупции)');
}

export type CommissionSettings = {
  quorum: QuorumRule;
  blockAnonymous: boolean;
  deadlineOverrides: Record<string, DeadlineRule>;
};

export async function loadSettings(db: Db, orgId: string): Promise<CommissionSettings> {
  const [row] = await db.select().from(commissionSettings).where(eq(commissionSettings.orgId, orgId));
  // The motivated conclusion's terms are set where the notices are registered (the journals' settings);
  // the commission's own terms in its settings. One place for each term.
  const deadlineOverrides: Record<string, DeadlineRule> = {
    ...(await loadDeadlineOverrides(db, orgId, 'coi-notice')),
    ...(await loadDeadlineOverrides(db, orgId, 'ex-employee-notice')),
  };
  const own = new Set<string>(commissionDeadlineCodes);
  for (const [code, raw] of Object.entries(row?.deadlineOverrides ?? {})) {
    const parsed = deadlineRuleSchema.safeParse(raw);
    if (parsed.success && own.has(code)) deadlineOverrides[code] = parsed.data;
  }
  return {
    quorum: row ? { numerator: row.quorumNumerator, denominator: row.quorumDenominator } : defaultQuorum,
    blockAnonymous: row?.blockAnonymous ?? true,
    deadlineOverrides,
  };
}

/**
 * The next number of a case or meeting for the organisation and year: gapless under concurrency, because the
 * counter row stays locked until the caller's transaction ends (and a rollback gives the number back).
 */
export async function nextNumber(tx: Db, orgId: string, kind: 'case' | 'meeting', year: number): Promise<number> {
  const [{ last_number }] = await queryRows<{ last_number: number }>(
    tx,
    sql`INSERT INTO commission_counters (org_id, kind, year, last_number) VALUES (${orgId}, ${kind}, ${year}, 1)
        ON CONFLICT (org_id, kind, year) DO UPDATE SET last_number = commission_counters.last_number + 1
        RETURNING last_number`,
  );
  return last_number;
}
