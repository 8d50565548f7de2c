/**
 * Checks of a candidate for a position before appointment (гражданин, претендующий на замещение
 * должности), issue 6: (1) against the organisation's copy of the register of persons dismissed
 * due to loss of trust (273-ФЗ ст. 15; ПП РФ № 228) — the published register gives no birth date,
 * so a match on the full name alone is a flag for the hiring decision, not a finding; (2) against
 * the counterparties — a founder, director or entrepreneur would fall under the ban on
 * entrepreneurship and on managing a commercial organisation (25-ФЗ ст. 14 ч. 1 п. 3).
 * The result is stored with the check, so the decision can later show what was known and when.
 */
import {
  type CandidateCheckInput,
  type CounterpartyRoleCode,
  candidateCheckInput,
  counterpartyRoleLabels,
  type Page,
  pageQuery,
} from '@antikor/core';
import { type CounterpartyRow, matchAffiliation, type StaffPerson } from '@antikor/engines/affiliation';
import { and, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, assertOrgVisible, auditContext } from '../../platform/auth/actor.js';
import { notFound } from '../../platform/errors.js';
import { toEngineRow } from './counterparty-rows.js';
import { candidateChecks, counterparties, lossOfTrustEntries } from './tables.js';

export type RegisterHit = {
  entryId: string;
  name: string;
  birthDate: string | null;
  organisation: string;
  position: string | null;
  violation: string | null;
  actDate: string | null;
  actNumber: string | null;
  includedOn: string | null;
  /** match: name and birth date (or ИНН) agree; name-only: the full name agrees and nothing contradicts it. */
  kind: 'match' | 'name-only';
  score: number;
  summary: string;
};

export type CounterpartyHit = {
  counterpartyId: string;
  companyName: string | null;
  companyInn: string | null;
  role: string | null;
  roleLabel: string | null;
  isBusinessRole: boolean;
  score: number;
  summary: string;
};

export type CandidateCheck = {
  id: string;
  orgId: string;
  name: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  inn: string | null;
  phones: string[];
  emails: string[];
  addresses: string[];
  position: string | null;
  note: string | null;
  outcome: 'clear' | 'attention';
  register: RegisterHit[];
  counterparties: CounterpartyHit[];
  registerSize: number;
  counterpartyCount: number;
  checkedAt: string;
  checkedByName: string | null;
};

const toCheck = (r: typeof candidateChecks.$inferSelect): CandidateCheck => ({
  id: r.id,
  orgId: r.orgId,
  name: [r.lastName, r.firstName, r.middleName].filter(Boolean).join(' '),
  lastName: r.lastName,
  firstName: r.firstName,
  middleName: r.middleName,
  birthDate: r.birthDate,
  inn: r.inn,
  phones: r.phones,
  emails: r.emails,
  addresses: r.addresses,
  position: r.position,
  note: r.note,
  outcome: r.outcome as CandidateCheck['outcome'],
  register: (r.result.register ?? []) as RegisterHit[],
  counterparties: (r.result.counterparties ?? []) as CounterpartyHit[],
  registerSize: r.registerSize,
  counterpartyCount: r.counterpartyCount,
  checkedAt: r.checkedAt.toISOString(),
  checkedByName: r.checkedByName,
});

/** The register's rows as counterparty rows of the engine, so names are compared the same way (ё, gender forms, typos, Latin). */
function registerHits(candidate: StaffPerson, entries: (typeof lossOfTrustEntries.$inferSelect)[]): RegisterHit[] {
  if (!entries.length) return [];
  const rows: CounterpartyRow[] = entries.map((e) => ({
    id: e.id,
    lastName: e.lastName,
    firstName: e.firstName,
    middleName: e.middleName ?? undefined,
    birthDate: e.birthDate ?? undefined,
  }));
  const byId = new Map(entries.map((e) => [e.id, e]));
  // Low threshold: a name-only agreement is capped below 0.5 by design, and here it is exactly what must be shown.
  const links = matchAffiliation([candidate], rows, { minScore: 0.05 });
  const hits: RegisterHit[] = [];
  for (const l of links) {
    const f = l.evidence.fields;
    const agrees = (field: string) => f.some((x) => x.field === field && x.outcome !== 'disagree');
    const contradicts = f.some((x) => x.outcome === 'disagree');
    const kind =
      l.score >= 0.5 ? 'match' : agrees('last_name') && agrees('first_name') && !contradicts ? 'name-only' : null;
    if (!kind) continue;
    const e = byId.get(l.counterpartyId)!;
    hits.push({
      entryId: e.id,
      name: [e.lastName, e.firstName, e.middleName].filter(Boolean).join(' '),
      birthDate: e.birthDate,
      organisation: e.organisation,
      position: e.position,
      violation: e.violation,
      actDate: e.actDate,
      actNumber: e.actNumber,
      includedOn: e.includedOn,
      kind,
      score: l.score,
      summary:
        kind === 'match'
          ? l.evidence.summary
          : `${l.evidence.summary.replace(/\.$/, '')}. В опубликованном реестре нет даты рождения: сверьте личность по документам.`,
    });
  }
  return hits;
}

export async function checkCandidate(db: Db, actor: Actor, raw: CandidateCheckInput): Promise<CandidateCheck> {
  const input = candidateCheckInput.parse(raw);
  const orgId = input.orgId ?? actor.orgId;
  assertOrgVisible(actor, orgId);
  const candidate: StaffPerson = {
    id: 'candidate',
    relation: 'self',
    lastName: input.lastName,
    firstName: input.firstName,
    middleName: input.middleName,
    birthDate: input.birthDate,
    inn: input.inn,
    phones: input.phones,
    emails: input.emails,
    addresses: input.addresses,
  };
  const entries = await db.select().from(lossOfTrustEntries).where(eq(lossOfTrustEntries.orgId, orgId));
  const cps = await db
    .select()
    .from(counterparties)
    .where(and(eq(counterparties.orgId, orgId), eq(counterparties.source, 'import')));
  const register = registerHits(candidate, entries);
  const byId = new Map(cps.map((c) => [c.id, c]));
  const cpHits: CounterpartyHit[] = (cps.length ? matchAffiliation([candidate], cps.map(toEngineRow)) : []).map((l) => {
    const c = byId.get(l.counterpartyId)!;
    return {
      counterpartyId: c.id,
      companyName: c.companyName,
      companyInn: c.companyInn,
      role: c.role,
      roleLabel: c.role ? (counterpartyRoleLabels[c.role as CounterpartyRoleCode] ?? c.role) : null,
      isBusinessRole:
        l.evidence.basis === 'same-person' && ['director', 'founder', 'entrepreneur'].includes(c.role ?? ''),
      score: l.score,
      summary: l.evidence.summary,
    };
  });
  const outcome = register.length || cpHits.length ? 'attention' : 'clear';
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(candidateChecks)
      .values({
        orgId,
        lastName: input.lastName,
        firstName: input.firstName,
        middleName: input.middleName ?? null,
        birthDate: input.birthDate ?? null,
        inn: input.inn ?? null,
        phones: input.phones,
        emails: input.emails,
        addresses: input.addresses,
        position: input.position ?? null,
        note: input.note ?? null,
        outcome,
        result: { register, counterparties: cpHits },
        registerSize: entries.length,
        counterpartyCount: cps.length,
        checkedBy: actor.userId,
        checkedByName: actor.fullName,
      })
      .returning();
    await appendAudit(tx, auditContext(actor), {
      orgId,
      type: 'affiliation.candidate_checked',
      entityType: 'candidate_check',
      entityId: row.id,
      data: {
        outcome,
        registerHits: register.length,
        counterpartyHits: cpHits.length,
        registerSize: entries.length,
        counterparties: cps.length,
      },
    });
    return toCheck(row);
  });
}

export const candidateListQuery = z
  .object({ orgId: z.string().uuid().optional(), q: z.string().trim().max(200).optional() })
  .merge(pageQuery);

export async function findCandidateChecks(
  db: Db,
  actor: Actor,
  q: z.output<typeof candidateListQuery>,
): Promise<Page<CandidateCheck>> {
  if (q.orgId) assertOrgVisible(actor, q.orgId);
  const cond = [inArray(candidateChecks.orgId, q.orgId ? [q.orgId] : actor.orgIds)];
  for (const word of (q.q ?? '').split(/\s+/).filter(Boolean).slice(0, 6)) {
    const like = `%${word.replace(/[%_\\]/g, (ch) => `\\${ch}`).replace(/ё/gi, 'е')}%`;
    cond.push(
      or(
        ilike(sql`replace(${candidateChecks.lastName}, 'ё', 'е')`, like),
        ilike(candidateChecks.firstName, like),
        ilike(sql`coalesce(${candidateChecks.position}, '')`, like),
      )!,
    );
  }
  const where = and(...cond);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(candidateChecks).where(where);
  const rows = await db
    .select()
    .from(candidateChecks)
    .where(where)
    .orderBy(desc(candidateChecks.checkedAt))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: q.orgId ?? actor.orgId,
      type: 'affiliation.candidate_read',
      entityType: 'candidate_check',
      data: { list: true, q: q.q ?? null, shown: rows.length },
    }),
  );
  return { items: rows.map(toCheck), total, page: q.page, pageSize: q.pageSize };
}

export async function getCandidateCheck(db: Db, actor: Actor, id: string): Promise<CandidateCheck> {
  const [row] = await db
    .select()
    .from(candidateChecks)
    .where(and(eq(candidateChecks.id, id), inArray(candidateChecks.orgId, actor.orgIds)));
  if (!row) throw notFound('Проверка кандидата');
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: row.orgId,
      type: 'affiliation.candidate_read',
      entityType: 'candidate_check',
      entityId: id,
    }),
  );
  return toCheck(row);
}
