import { CLAIM_THRESHOLD, FACTORS } from '@antikor/engines/expertise';
import { and, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { dateInZone } from '../journals/entry-text.js';
import { assertJournalVisible, entryScope, getDefinition } from '../journals/journal-access.js';
import { DRAFT_ACT } from './expertise-access.js';

/**
 * The year's figures of measures 2.2–2.3 for the annual report (drafts examined, given anti-corruption
 * expertise, factors found and removed), received conclusions and demands, and how often the experts agreed
 * with the engine — its precision per factor, so the organisation sees whether to trust it.
 */
export async function expertiseStats(db: Db, actor: Actor, year: number, opts: { timeZone: string; now?: Date }) {
  const def = getDefinition(DRAFT_ACT);
  assertJournalVisible(actor, def);
  const today = dateInZone(opts.now ?? new Date(), opts.timeZone);
  const scope = and(entryScope(actor, def), sql`extract(year from period_date) = ${year}`)!;
  const [report] = await queryRows<{
    drafts: number;
    with_expertise: number;
    factors: number;
    with_factors: number;
    removed: number;
  }>(
    db,
    sql`SELECT count(*)::int AS drafts,
               count(*) FILTER (WHERE (data->>'anticorruptionExpertise')::boolean)::int AS with_expertise,
               coalesce(sum((data->>'factorsFound')::int), 0)::int AS factors,
               count(*) FILTER (WHERE (data->>'factorsFound')::int > 0)::int AS with_factors,
               count(*) FILTER (WHERE (data->>'factorsRemoved')::boolean)::int AS removed
        FROM journal_entries WHERE ${scope}`,
  );
  // Each factor once, by its latest version's decision.
  const byCode = await queryRows<{ code: string; origin: string; is_claim: boolean; decision: string; n: number }>(
    db,
    sql`WITH latest AS (
          SELECT DISTINCT ON (f.lineage_id) f.code, f.origin, f.decision, coalesce(f.score, 1) >= ${CLAIM_THRESHOLD} AS is_claim
          FROM expertise_findings f JOIN expertise_runs r ON r.id = f.run_id
          WHERE f.entry_id IN (SELECT id FROM journal_entries WHERE ${scope})
          ORDER BY f.lineage_id, r.version DESC)
        SELECT code, origin, is_claim, decision, count(*)::int AS n FROM latest GROUP BY code, origin, is_claim, decision`,
  );
  const incoming = await queryRows<{ kind: string; received: number; answered: number; late: number; overdue: number }>(
    db,
    sql`SELECT kind, count(*)::int AS received,
               count(*) FILTER (WHERE answered_on IS NOT NULL)::int AS answered,
               count(*) FILTER (WHERE answered_on > due_date)::int AS late,
               count(*) FILTER (WHERE answered_on IS NULL AND due_date < ${today})::int AS overdue
        FROM expertise_incoming WHERE entry_id IN (SELECT id FROM journal_entries WHERE ${scope}) GROUP BY kind`,
  );
  const sum = (pred: (r: (typeof byCode)[number]) => boolean) => byCode.filter(pred).reduce((s, r) => s + r.n, 0);
  const precision = (confirmed: number, rejected: number) =>
    confirmed + rejected ? Math.round((confirmed / (confirmed + rejected)) * 1000) / 1000 : null;
  const claim = (r: (typeof byCode)[number]) => r.origin === 'engine' && r.is_claim;
  const engine = {
    claims: sum(claim),
    confirmed: sum((r) => claim(r) && r.decision === 'confirmed'),
    rejected: sum((r) => claim(r) && r.decision === 'rejected'),
    pending: sum((r) => claim(r) && r.decision === 'pending'),
    hintsConfirmed: sum((r) => r.origin === 'engine' && !r.is_claim && r.decision === 'confirmed'),
    addedByExperts: sum((r) => r.origin === 'expert'),
    precision: 0 as number | null,
  };
  engine.precision = precision(engine.confirmed, engine.rejected);
  const perFactor = FACTORS.map((f) => {
    const rows = byCode.filter((r) => r.code === f.code);
    const c = rows.filter((r) => claim(r) && r.decision === 'confirmed').reduce((s, r) => s + r.n, 0);
    const rj = rows.filter((r) => claim(r) && r.decision === 'rejected').reduce((s, r) => s + r.n, 0);
    return {
      code: f.code,
      title: f.title,
      confirmed: rows.filter((r) => r.decision === 'confirmed').reduce((s, r) => s + r.n, 0),
      claims: rows.filter(claim).reduce((s, r) => s + r.n, 0),
      rejectedClaims: rj,
      addedByExperts: rows.filter((r) => r.origin === 'expert').reduce((s, r) => s + r.n, 0),
      precision: precision(c, rj),
    };
  });
  const inc = (kind: string) =>
    incoming.find((i) => i.kind === kind) ?? { received: 0, answered: 0, late: 0, overdue: 0 };
  return {
    year,
    report: {
      drafts: report.drafts,
      withExpertise: report.with_expertise,
      factorsFound: report.factors,
      draftsWithFactors: report.with_factors,
      draftsFactorsRemoved: report.removed,
    },
    engine,
    perFactor,
    independentConclusions: pick(inc('independent_conclusion')),
    prosecutorDemands: pick(inc('prosecutor_demand')),
  };
}

const pick = (r: { received: number; answered: number; late: number; overdue: number }) => ({
  received: r.received,
  answered: r.answered,
  late: r.late,
  overdue: r.overdue,
});
