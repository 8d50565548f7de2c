/**
 * The campaign at a glance: for every person who must file — expected (deadline not yet passed), received,
 * late (received after the deadline), clarified («Уточнение» received), missing (deadline passed, nothing
 * received) or excluded — and the same counted per subdivision, per organisation and for the whole tree.
 */
import type { Page } from '@antikor/core';
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Db, queryRows } from '../../db/client.js';
import type { Campaign } from './load-campaign.js';

export const obligationStatuses = ['expected', 'received', 'late', 'clarified', 'missing', 'excluded'] as const;
export type ObligationStatus = (typeof obligationStatuses)[number];

/** The joins every status query shares: the person's declaration (if any) and their subdivision's schedule. */
const FROM = sql`FROM declaration_obligations o
  JOIN declaration_campaigns c ON c.id = o.campaign_id
  LEFT JOIN LATERAL (
    SELECT d.id, d.received_on, d.clarified_on, d.match_status
      FROM declarations d WHERE d.obligation_id = o.id ORDER BY d.received_on LIMIT 1
  ) d ON true
  LEFT JOIN declaration_schedule sc ON sc.campaign_id = o.campaign_id AND sc.subdivision_id = o.subdivision_id`;

const statusSql = (today: string) => sql`CASE
  WHEN o.excluded_at IS NOT NULL THEN 'excluded'
  WHEN d.id IS NULL THEN CASE WHEN ${today}::date > c.deadline THEN 'missing' ELSE 'expected' END
  WHEN d.clarified_on IS NOT NULL THEN 'clarified'
  WHEN d.received_on > c.deadline THEN 'late'
  ELSE 'received' END`;

export type StatusCounts = Record<ObligationStatus, number> & { total: number; due: number; filed: number };

const countColumns = (today: string) => sql`
  count(*)::int AS total,
  count(*) FILTER (WHERE o.excluded_at IS NULL)::int AS due,
  count(d.id) FILTER (WHERE o.excluded_at IS NULL)::int AS filed,
  ${sql.join(
    obligationStatuses.map((s) => sql`count(*) FILTER (WHERE ${statusSql(today)} = ${s})::int AS ${sql.identifier(s)}`),
    sql`, `,
  )}`;

const counts = (r: Record<string, unknown>): StatusCounts => ({
  total: Number(r.total),
  due: Number(r.due),
  filed: Number(r.filed),
  ...(Object.fromEntries(obligationStatuses.map((s) => [s, Number(r[s] ?? 0)])) as Record<ObligationStatus, number>),
});

export type CampaignSummary = {
  /** Declarants' own forms. */
  declarants: StatusCounts;
  /** Spouses' and minor children's forms. */
  family: StatusCounts;
  /** Declarants by group: municipal employees, heads of institutions, other (manual additions). */
  byKind: { kind: string; counts: StatusCounts }[];
  bySubdivision: {
    subdivisionId: string | null;
    subdivisionName: string | null;
    orgId: string;
    orgName: string;
    scheduleDue: string | null;
    counts: StatusCounts;
    familyCounts: StatusCounts;
  }[];
  byOrganisation: { orgId: string; orgName: string; counts: StatusCounts }[];
};

export async function campaignSummary(db: Db, campaign: Campaign, today: string): Promise<CampaignSummary> {
  const where = sql`WHERE o.campaign_id = ${campaign.id}`;
  const byRole = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT (o.role = 'self') AS is_self, ${countColumns(today)} ${FROM} ${where} GROUP BY 1`,
  );
  const byKind = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT o.declarant_kind AS kind, ${countColumns(today)} ${FROM} ${where} AND o.role = 'self' GROUP BY 1 ORDER BY 1 DESC`,
  );
  const bySub = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT o.subdivision_id AS sub_id, o.subdivision_name AS sub_name, o.employee_org_id AS org_id,
               org.short_name AS org_short, org.name AS org_name, max(sc.due_date)::text AS schedule_due,
               (o.role = 'self') AS is_self, ${countColumns(today)}
          ${FROM} JOIN organisations org ON org.id = o.employee_org_id
          ${where}
         GROUP BY 1, 2, 3, 4, 5, 7 ORDER BY org.name, o.subdivision_name NULLS LAST`,
  );
  const byOrg = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT o.employee_org_id AS org_id, org.short_name AS org_short, org.name AS org_name, ${countColumns(today)}
          ${FROM} JOIN organisations org ON org.id = o.employee_org_id
          ${where} AND o.role = 'self'
         GROUP BY 1, 2, 3 ORDER BY org.name`,
  );
  const empty = counts({});
  const subs = new Map<string, CampaignSummary['bySubdivision'][number]>();
  for (const r of bySub) {
    const key = `${r.org_id}|${r.sub_id ?? ''}`;
    const item = subs.get(key) ?? {
      subdivisionId: (r.sub_id as string | null) ?? null,
      subdivisionName: (r.sub_name as string | null) ?? null,
      orgId: String(r.org_id),
      orgName: String(r.org_short ?? r.org_name),
      scheduleDue: (r.schedule_due as string | null) ?? null,
      counts: empty,
      familyCounts: empty,
    };
    if (r.is_self) item.counts = counts(r);
    else item.familyCounts = counts(r);
    subs.set(key, item);
  }
  return {
    declarants: counts(byRole.find((r) => r.is_self) ?? {}),
    family: counts(byRole.find((r) => !r.is_self) ?? {}),
    byKind: byKind.map((r) => ({ kind: String(r.kind), counts: counts(r) })),
    bySubdivision: [...subs.values()],
    byOrganisation: byOrg.map((r) => ({
      orgId: String(r.org_id),
      orgName: String(r.org_short ?? r.org_name),
      counts: counts(r),
    })),
  };
}

export const personListQuery = z.object({
  status: z.enum(obligationStatuses).optional(),
  role: z.enum(['self', 'family', 'all']).default('all'),
  kind: z.enum(['municipal_employee', 'institution_head', 'other']).optional(),
  subdivisionId: z.string().uuid().optional(),
  employeeOrgId: z.string().uuid().optional(),
  behindSchedule: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
});

export const personRow = z.object({
  id: z.string(),
  employeeId: z.string(),
  declarantName: z.string(),
  role: z.enum(['self', 'spouse', 'minor_child']),
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  birthDate: z.string().nullable(),
  declarantKind: z.string(),
  orgName: z.string(),
  subdivisionId: z.string().nullable(),
  subdivisionName: z.string().nullable(),
  positionTitle: z.string().nullable(),
  status: z.enum(obligationStatuses),
  declarationId: z.string().nullable(),
  matchStatus: z.string().nullable(),
  receivedOn: z.string().nullable(),
  clarifiedOn: z.string().nullable(),
  scheduleDue: z.string().nullable(),
  behindSchedule: z.boolean(),
  source: z.string(),
  addReason: z.string().nullable(),
  exclusionReason: z.string().nullable(),
  dismissedAt: z.string().nullable(),
});
export type PersonRow = z.infer<typeof personRow>;

/** People of the campaign with their status; declarants are followed by their family. */
export async function findCampaignPersons(
  db: Db,
  campaign: Campaign,
  f: z.output<typeof personListQuery> & { page: number; pageSize: number },
  today: string,
  opts: { restrictToEmployeeId?: string } = {},
): Promise<Page<PersonRow>> {
  const conds: SQL[] = [sql`o.campaign_id = ${campaign.id}`];
  if (f.status) conds.push(sql`${statusSql(today)} = ${f.status}`);
  if (f.role === 'self') conds.push(sql`o.role = 'self'`);
  if (f.role === 'family') conds.push(sql`o.role <> 'self'`);
  if (f.kind) conds.push(sql`o.declarant_kind = ${f.kind}`);
  if (f.subdivisionId) conds.push(sql`o.subdivision_id = ${f.subdivisionId}`);
  if (f.employeeOrgId) conds.push(sql`o.employee_org_id = ${f.employeeOrgId}`);
  if (f.behindSchedule === 'true')
    conds.push(sql`d.id IS NULL AND o.excluded_at IS NULL AND sc.due_date < ${today}::date`);
  if (opts.restrictToEmployeeId) conds.push(sql`o.employee_id = ${opts.restrictToEmployeeId}`);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
    conds.push(
      sql`(concat_ws(' ', o.last_name, o.first_name, o.middle_name) ILIKE ${like} OR concat_ws(' ', ep.last_name, ep.first_name, ep.middle_name) ILIKE ${like})`,
    );
  }
  const where = sql`WHERE ${sql.join(conds, sql` AND `)}`;
  const joins = sql`JOIN employees e ON e.id = o.employee_id JOIN persons ep ON ep.id = e.person_id
    JOIN organisations org ON org.id = o.employee_org_id`;
  const [{ total }] = await queryRows<{ total: number }>(
    db,
    sql`SELECT count(*)::int AS total ${FROM} ${joins} ${where}`,
  );
  const rows = await queryRows<PersonRow>(
    db,
    sql`SELECT o.id, o.employee_id AS "employeeId",
               concat_ws(' ', ep.last_name, ep.first_name, ep.middle_name) AS "declarantName",
               o.role, o.last_name AS "lastName", o.first_name AS "firstName", o.middle_name AS "middleName",
               o.birth_date::text AS "birthDate", o.declarant_kind AS "declarantKind",
               coalesce(org.short_name, org.name) AS "orgName", o.subdivision_id AS "subdivisionId",
               o.subdivision_name AS "subdivisionName", o.position_title AS "positionTitle",
               ${statusSql(today)} AS status, d.id AS "declarationId", d.match_status AS "matchStatus",
               d.received_on::text AS "receivedOn", d.clarified_on::text AS "clarifiedOn",
               sc.due_date::text AS "scheduleDue",
               (d.id IS NULL AND o.excluded_at IS NULL AND coalesce(sc.due_date < ${today}::date, false)) AS "behindSchedule",
               o.source, o.add_reason AS "addReason", o.exclusion_reason AS "exclusionReason",
               e.dismissed_at::text AS "dismissedAt"
          ${FROM} ${joins} ${where}
         ORDER BY org.name, o.subdivision_name NULLS LAST, ep.last_name, ep.first_name, o.employee_id,
                  CASE o.role WHEN 'self' THEN 0 WHEN 'spouse' THEN 1 ELSE 2 END, o.birth_date
         LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
  );
  return { items: rows, total, page: f.page, pageSize: f.pageSize };
}
