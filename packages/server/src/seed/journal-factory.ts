/**
 * Seed factory for journal entries: inserts many entries of one journal quickly (numbers from the same
 * counter the engine uses, deadlines from the same rules) — for the demo organisation, tests and benchmarks.
 * Workflow checks are skipped on purpose: seeds describe a past that already happened.
 */
import { computeEntryDeadlines, defaultCalendar, findJournal } from '@antikor/core';
import { eq, inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { entrySearchText } from '../modules/journals/entry-text.js';
import { journalDeadlines, journalEntries } from '../modules/journals/tables.js';
import { employees, persons, positions } from '../modules/org/tables.js';

export type SeedEntry = {
  registeredOn: string;
  status?: string;
  employeeId?: string | null;
  party?: string | null;
  data: Record<string, unknown>;
  /** The day the entry was processed: deadlines met by its status count as met then. */
  processedOn?: string;
};

export async function seedJournalEntries(
  db: Db,
  opts: { orgId: string; journalCode: string; entries: SeedEntry[] },
): Promise<string[]> {
  const def = findJournal(opts.journalCode);
  if (!def) throw new Error(`unknown journal ${opts.journalCode}`);
  const ids = [...new Set(opts.entries.map((e) => e.employeeId).filter((x): x is string => !!x))];
  const subjects = ids.length
    ? await db
        .select({
          id: employees.id,
          subdivisionId: employees.subdivisionId,
          lastName: persons.lastName,
          firstName: persons.firstName,
          middleName: persons.middleName,
          title: positions.title,
        })
        .from(employees)
        .innerJoin(persons, eq(persons.id, employees.personId))
        .innerJoin(positions, eq(positions.id, employees.positionId))
        .where(inArray(employees.id, ids))
    : [];
  const byId = new Map(subjects.map((s) => [s.id, s]));
  const sorted = [...opts.entries].sort((a, b) => a.registeredOn.localeCompare(b.registeredOn));
  return db.transaction(async (tx) => {
    const out: string[] = [];
    for (const e of sorted) {
      const year = Number(e.registeredOn.slice(0, 4));
      const [{ last_number: number }] = await queryRows<{ last_number: number }>(
        tx,
        sql`INSERT INTO journal_counters (org_id, journal_code, year, last_number) VALUES (${opts.orgId}, ${def.code}, ${year}, 1)
            ON CONFLICT (org_id, journal_code, year) DO UPDATE SET last_number = journal_counters.last_number + 1 RETURNING last_number`,
      );
      const s = e.employeeId ? byId.get(e.employeeId) : undefined;
      const subjectName = s
        ? `${s.lastName} ${s.firstName}${s.middleName ? ` ${s.middleName}` : ''}, ${s.title}`
        : (e.party ?? null);
      const regNumber = `${number}/${year}`;
      const periodValue = def.periodField ? e.data[def.periodField] : undefined;
      const status = e.status ?? def.initialStatus;
      const [row] = await tx
        .insert(journalEntries)
        .values({
          orgId: opts.orgId,
          journalCode: def.code,
          year,
          number,
          regNumber,
          registeredAt: new Date(`${e.registeredOn}T03:00:00Z`),
          registeredOn: e.registeredOn,
          periodDate: typeof periodValue === 'string' ? periodValue.slice(0, 10) : e.registeredOn,
          status,
          employeeId: e.employeeId ?? null,
          party: e.party ?? null,
          subdivisionId: s?.subdivisionId ?? null,
          subjectName,
          data: e.data,
          search:
            sql`to_tsvector('russian', ${entrySearchText(def, { regNumber, subjectName, party: e.party ?? null, data: e.data })})` as never,
        })
        .returning({ id: journalEntries.id });
      const processed = `${e.processedOn ?? e.registeredOn}T06:00:00.000Z`;
      const deadlines = computeEntryDeadlines(
        defaultCalendar,
        def,
        { status, registeredOn: e.registeredOn as never, data: e.data },
        processed,
      );
      if (deadlines.length) {
        await tx.insert(journalDeadlines).values(
          deadlines.map((d) => ({
            orgId: opts.orgId,
            entryId: row.id,
            journalCode: def.code,
            code: d.code,
            title: d.title,
            dueDate: d.dueDate,
            basis: d.basis,
            explanation: d.explanation,
            metAt: d.metAt ? new Date(d.metAt) : null,
            isLate: d.isLate,
          })),
        );
      }
      out.push(row.id);
    }
    return out;
  });
}
