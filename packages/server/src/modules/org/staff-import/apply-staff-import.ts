import { createHash } from 'node:crypto';
import type { FieldIssue } from '@antikor/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { appendAudit } from '../../../platform/audit/append-audit.js';
import { type Actor, assertOrgVisible, auditContext } from '../../../platform/auth/actor.js';
import { AppError } from '../../../platform/errors.js';
import { employees, persons, positions, subdivisions } from '../tables.js';
import { staffColumns } from './columns.js';
import { parseStaffFile, type StaffRow } from './parse-staff-file.js';

export type StaffAction = 'create' | 'update' | 'unchanged';
export type PlannedRow = StaffRow & {
  action: StaffAction;
  employeeId: string | null;
  personId: string | null;
  subdivisionId: string;
  positionId: string | null;
};
export type StaffImportPreview = {
  fileName: string;
  rows: PlannedRow[];
  errors: FieldIssue[];
  summary: { total: number; create: number; update: number; unchanged: number; errors: number };
};

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
const personKey = (r: { lastName: string; firstName: string; middleName: string | null; birthDate: string | null }) =>
  [norm(r.lastName), norm(r.firstName), norm(r.middleName), r.birthDate ?? ''].join('|');
const header = (key: string) => staffColumns.find((c) => c.key === key)!.header;

/**
 * Matches parsed rows against the organisation: an employee is found by personnel number, else by full
 * name and birth date. Reads only; the same plan drives the preview and the commit.
 */
async function planRows(db: Db, orgId: string, fileName: string, rows: StaffRow[]) {
  const errors: FieldIssue[] = [];
  const subs = await db.select().from(subdivisions).where(eq(subdivisions.orgId, orgId));
  const subByName = new Map(subs.map((s) => [norm(s.name), s]));
  const pos = await db.select().from(positions).where(eq(positions.orgId, orgId));
  const posByKey = new Map(pos.map((p) => [`${p.subdivisionId}|${norm(p.title)}`, p]));
  const existing = await db
    .select({ e: employees, p: persons })
    .from(employees)
    .innerJoin(persons, eq(persons.id, employees.personId))
    .where(eq(employees.orgId, orgId));
  const byNumber = new Map(existing.filter((x) => x.e.personnelNumber).map((x) => [x.e.personnelNumber!, x]));
  const byPerson = new Map(existing.map((x) => [personKey(x.p), x]));

  const planned: PlannedRow[] = [];
  for (const r of rows) {
    const sub = subByName.get(norm(r.subdivision));
    if (!sub) {
      const hint = subs.find(
        (s) => norm(s.name).includes(norm(r.subdivision)) || norm(r.subdivision).includes(norm(s.name)),
      );
      errors.push({
        file: fileName,
        row: r.row,
        field: header('subdivision'),
        message: `Подразделение «${r.subdivision}» не найдено в организации${hint ? `; возможно, «${hint.name}»` : ''}`,
      });
      continue;
    }
    const position = posByKey.get(`${sub.id}|${norm(r.position)}`) ?? null;
    const match = (r.personnelNumber ? byNumber.get(r.personnelNumber) : undefined) ?? byPerson.get(personKey(r));
    let action: StaffAction = 'create';
    if (match) {
      const same =
        personKey(match.p) === personKey(r) &&
        (match.p.inn ?? null) === r.inn &&
        (match.p.snils ?? null) === r.snils &&
        JSON.stringify(match.p.phones) === JSON.stringify(r.phones) &&
        JSON.stringify(match.p.emails) === JSON.stringify(r.emails) &&
        match.e.subdivisionId === sub.id &&
        position?.id === match.e.positionId &&
        position?.isDeclarant === r.isDeclarant &&
        match.e.kind === r.kind &&
        match.e.hiredAt === r.hiredAt &&
        (match.e.dismissedAt ?? null) === r.dismissedAt &&
        (match.e.personnelNumber ?? null) === r.personnelNumber;
      action = same ? 'unchanged' : 'update';
    }
    planned.push({
      ...r,
      action,
      employeeId: match?.e.id ?? null,
      personId: match?.p.id ?? null,
      subdivisionId: sub.id,
      positionId: position?.id ?? null,
    });
  }
  return { planned, errors };
}

/** Parses and plans without writing anything: what the officer sees before pressing «Загрузить». */
export async function previewStaffImport(
  db: Db,
  actor: Actor,
  file: { name: string; data: Buffer },
  orgId = actor.orgId,
): Promise<StaffImportPreview> {
  assertOrgVisible(actor, orgId);
  const parsed = await parseStaffFile(file);
  const { planned, errors } = await planRows(db, orgId, file.name, parsed.rows);
  const allErrors = [...parsed.errors, ...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const count = (a: StaffAction) => planned.filter((p) => p.action === a).length;
  return {
    fileName: file.name,
    rows: planned,
    errors: allErrors,
    summary: {
      total: planned.length + new Set(allErrors.map((e) => e.row)).size,
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      errors: allErrors.length,
    },
  };
}

/**
 * Writes the staff list in one transaction. Any bad row → 422 with every problem and nothing written;
 * the same file twice → everything «unchanged» (idempotent).
 */
export async function commitStaffImport(
  db: Db,
  actor: Actor,
  file: { name: string; data: Buffer },
  orgId = actor.orgId,
) {
  const preview = await previewStaffImport(db, actor, file, orgId);
  if (preview.errors.length) {
    throw new AppError(
      'UNPROCESSABLE',
      `В файле ${preview.errors.length} ошибок: ничего не загружено. Исправьте файл и загрузите снова.`,
      preview.errors,
    );
  }
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  return db.transaction(async (tx) => {
    const created: string[] = [];
    const updated: string[] = [];
    const positionIds = new Map<string, string>();
    for (const r of preview.rows) {
      if (r.action === 'unchanged') continue;
      // Positions named in the file are created on first use, with the file's «в перечне» flag.
      const posKey = `${r.subdivisionId}|${norm(r.position)}`;
      let positionId = r.positionId ?? positionIds.get(posKey) ?? null;
      if (!positionId) {
        const [p] = await tx
          .insert(positions)
          .values({ orgId, subdivisionId: r.subdivisionId, title: r.position, isDeclarant: r.isDeclarant })
          .returning({ id: positions.id });
        positionId = p.id;
      } else {
        await tx.update(positions).set({ isDeclarant: r.isDeclarant }).where(eq(positions.id, positionId));
      }
      positionIds.set(posKey, positionId);
      const personFields = {
        lastName: r.lastName,
        firstName: r.firstName,
        middleName: r.middleName,
        birthDate: r.birthDate,
        inn: r.inn,
        snils: r.snils,
        phones: r.phones,
        emails: r.emails,
      };
      const employment = {
        personnelNumber: r.personnelNumber,
        positionId,
        subdivisionId: r.subdivisionId,
        kind: r.kind,
        hiredAt: r.hiredAt,
        dismissedAt: r.dismissedAt,
      };
      if (r.action === 'create') {
        const [p] = await tx
          .insert(persons)
          .values({ ...personFields, orgId })
          .returning({ id: persons.id });
        const [e] = await tx
          .insert(employees)
          .values({ ...employment, orgId, personId: p.id })
          .returning({ id: employees.id });
        created.push(e.id);
      } else {
        await tx
          .update(persons)
          .set({ ...personFields, updatedAt: new Date() })
          .where(eq(persons.id, r.personId!));
        await tx
          .update(employees)
          .set({ ...employment, updatedAt: new Date() })
          .where(eq(employees.id, r.employeeId!));
        updated.push(r.employeeId!);
      }
    }
    const result = { created: created.length, updated: updated.length, unchanged: preview.summary.unchanged };
    await appendAudit(tx, auditContext(actor), {
      orgId,
      type: 'staff_import.committed',
      entityType: 'staff_import',
      entityId: sha256.slice(0, 16),
      data: { fileName: file.name, sha256, ...result, createdIds: created, updatedIds: updated },
    });
    return result;
  });
}
