import { type FieldIssue, type JournalDefinition, journalDataSchema } from '@antikor/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type Db, queryRows } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { employees, persons, positions } from '../org/tables.js';
import { refreshEntryDeadlines } from './entry-deadlines.js';
import { dateInZone, entrySearchText } from './entry-text.js';
import { journalEntries } from './tables.js';

export type RegisterInput = {
  employeeId?: string | null;
  party?: string | null;
  data: Record<string, unknown>;
  /** Date of receipt when registering a paper notice after the fact (keepers only); not in the future. */
  registeredOn?: string | null;
  responsibleUserId?: string | null;
};

/** Turns zod issues into field errors with the Russian message. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    field:
      i.path.join('.') || (i.code === 'unrecognized_keys' ? ((i as { keys?: string[] }).keys?.join(', ') ?? '') : ''),
    message:
      i.code === 'unrecognized_keys' ? `Неизвестные поля: ${(i as { keys?: string[] }).keys?.join(', ')}` : i.message,
  }));
}

export function validationError(issues: FieldIssue[]): AppError {
  return new AppError(
    'VALIDATION',
    issues.length === 1 ? issues[0].message : `Проверьте поля: ${issues.map((i) => i.message).join('; ')}`,
    issues,
  );
}

/**
 * Registers an entry: validates the form, resolves the person concerned, takes the next number of the
 * organisation's journal for the year (gapless: the counter row is locked until this transaction ends,
 * and a rolled-back registration gives its number back), computes deadlines and audits — all or nothing.
 */
export async function registerEntry(
  db: Db,
  actor: Actor,
  def: JournalDefinition,
  input: RegisterInput,
  opts: { timeZone: string; now?: Date },
) {
  const isKeeper = actor.roles.some((r) => def.registerRoles.includes(r));
  const isSelfService = !isKeeper && def.selfService && actor.employeeId !== null;
  if (!isKeeper && !isSelfService)
    throw new AppError('FORBIDDEN', `Нет права регистрировать записи журнала «${def.shortTitle}»`);

  const parsed = journalDataSchema(def).safeParse(input.data ?? {});
  if (!parsed.success) throw validationError(issuesOf(parsed.error));
  const data = Object.fromEntries(
    Object.entries(parsed.data).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  );

  // The person concerned.
  let employeeId: string | null = null;
  let party: string | null = null;
  let subjectName: string | null = null;
  let subdivisionId: string | null = null;
  let orgId = actor.orgId;
  if (def.subject === 'employee' || def.subject === 'employee_or_party') {
    employeeId = isSelfService ? actor.employeeId : (input.employeeId ?? null);
    if (!employeeId && def.subject === 'employee')
      throw validationError([{ field: 'employeeId', message: `Укажите: ${def.subjectLabel.toLowerCase()}` }]);
  }
  if (def.subject === 'party' || (def.subject === 'employee_or_party' && !employeeId)) {
    party = input.party?.trim() || null;
    if (!party) throw validationError([{ field: 'party', message: `Укажите: ${def.subjectLabel.toLowerCase()}` }]);
    subjectName = party;
  }
  if (employeeId) {
    const [emp] = await db
      .select({
        orgId: employees.orgId,
        subdivisionId: employees.subdivisionId,
        lastName: persons.lastName,
        firstName: persons.firstName,
        middleName: persons.middleName,
        title: positions.title,
      })
      .from(employees)
      .innerJoin(persons, eq(persons.id, employees.personId))
      .innerJoin(positions, eq(positions.id, employees.positionId))
      .where(and(eq(employees.id, employeeId), inArray(employees.orgId, actor.orgIds)));
    if (!emp) throw notFound('Сотрудник');
    orgId = emp.orgId;
    subdivisionId = emp.subdivisionId;
    subjectName = `${emp.lastName} ${emp.firstName}${emp.middleName ? ` ${emp.middleName}` : ''}, ${emp.title}`;
  }

  const now = opts.now ?? new Date();
  const today = dateInZone(now, opts.timeZone);
  let registeredOn = today;
  if (input.registeredOn) {
    if (!isKeeper)
      throw new AppError('FORBIDDEN', 'Дату регистрации задним числом указывает только ответственный за журнал');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.registeredOn) || input.registeredOn > today) {
      throw validationError([{ field: 'registeredOn', message: 'Дата регистрации не может быть позже сегодняшней' }]);
    }
    registeredOn = input.registeredOn;
  }
  const year = Number(registeredOn.slice(0, 4));
  const periodValue = def.periodField ? data[def.periodField] : undefined;
  const periodDate = typeof periodValue === 'string' ? periodValue.slice(0, 10) : registeredOn;

  return db.transaction(async (tx) => {
    const [{ last_number: number }] = await queryRows<{ last_number: number }>(
      tx,
      sql`INSERT INTO journal_counters (org_id, journal_code, year, last_number) VALUES (${orgId}, ${def.code}, ${year}, 1)
          ON CONFLICT (org_id, journal_code, year) DO UPDATE SET last_number = journal_counters.last_number + 1
          RETURNING last_number`,
    );
    const regNumber = `${number}/${year}`;
    const registeredAt = input.registeredOn ? new Date(`${registeredOn}T12:00:00Z`) : now;
    const [entry] = await tx
      .insert(journalEntries)
      .values({
        orgId,
        journalCode: def.code,
        year,
        number,
        regNumber,
        registeredAt,
        registeredOn,
        periodDate,
        status: def.initialStatus,
        employeeId,
        party,
        subdivisionId,
        subjectName,
        responsibleUserId: input.responsibleUserId ?? null,
        data,
        search: sql`to_tsvector('russian', ${entrySearchText(def, { regNumber, subjectName, party, data })})` as never,
        createdBy: actor.userId,
      })
      .returning();
    await refreshEntryDeadlines(tx, def, entry, now);
    await appendAudit(tx, auditContext(actor), {
      orgId,
      type: 'journal.registered',
      entityType: 'journal_entry',
      entityId: entry.id,
      data: { journal: def.code, regNumber, selfService: isSelfService, employeeId },
    });
    return entry;
  });
}
