/**
 * The organisation's copy of the register of persons dismissed due to loss of trust (реестр лиц,
 * уволенных в связи с утратой доверия: 273-ФЗ ст. 15, ПП РФ от 05.03.2018 № 228), imported from
 * the table published on the ФГИС «ЕИС управления кадровым составом». Each import is a snapshot:
 * rows not in the new table are removed (the register excludes a person 5 years after the act, or
 * when the act is cancelled). Transactional; the same table twice changes nothing.
 */
import { createHash } from 'node:crypto';
import { type FieldIssue, type Page, pageQuery } from '@antikor/core';
import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, assertOrgVisible, auditContext } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { parseRuDate } from '../org/staff-import/parse-staff-file.js';
import { readRecords } from './parse-counterparty-file.js';
import { affiliationImports, lossOfTrustEntries } from './tables.js';

type Key =
  | 'actCombined'
  | 'fullName'
  | 'lastName'
  | 'firstName'
  | 'middleName'
  | 'birthDate'
  | 'organisation'
  | 'position'
  | 'violation'
  | 'actDate'
  | 'actNumber'
  | 'includedOn';

/** Columns of the published table, recognised by the words of their headers (the site has changed wording over the years). */
const columnRules: { key: Key; test: (h: string) => boolean }[] = [
  { key: 'fullName', test: (h) => h === 'фио' || h.includes('фамилия, имя') || h.includes('ф.и.о') },
  { key: 'lastName', test: (h) => h === 'фамилия' || h === 'last_name' },
  { key: 'firstName', test: (h) => h === 'имя' || h === 'first_name' },
  { key: 'middleName', test: (h) => h === 'отчество' || h === 'middle_name' },
  { key: 'birthDate', test: (h) => h.includes('рожд') },
  { key: 'actCombined', test: (h) => h.includes('дата') && h.includes('номер') },
  { key: 'actNumber', test: (h) => h.includes('номер') },
  {
    key: 'actDate',
    test: (h) =>
      h.includes('дата') && (h.includes('акт') || h.includes('увольн') || h.includes('приказ')) && !h.includes('включ'),
  },
  { key: 'includedOn', test: (h) => h.includes('включ') },
  { key: 'violation', test: (h) => h.includes('положен') || h.includes('нарушен') || h.includes('основан') },
  { key: 'position', test: (h) => h.includes('должност') },
  { key: 'organisation', test: (h) => h.includes('орган') || h.includes('организац') },
];

const labels: Record<Key, string> = {
  actCombined: 'Дата и номер акта',
  fullName: 'ФИО',
  lastName: 'Фамилия',
  firstName: 'Имя',
  middleName: 'Отчество',
  birthDate: 'Дата рождения',
  organisation: 'Наименование органа (организации)',
  position: 'Должность',
  violation: 'Положение нормативного акта',
  actDate: 'Дата акта об увольнении',
  actNumber: 'Номер акта',
  includedOn: 'Дата включения в реестр',
};

export type RegisterRow = {
  row: number;
  entryKey: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  organisation: string;
  position: string | null;
  violation: string | null;
  actDate: string | null;
  actNumber: string | null;
  includedOn: string | null;
};

const norm = (s: string | null) => (s ?? '').trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

export async function parseRegisterFile(file: {
  name: string;
  data: Buffer;
}): Promise<{ rows: RegisterRow[]; errors: FieldIssue[] }> {
  const { header, records, fatal } = await readRecords(file);
  if (fatal) return { rows: [], errors: [fatal] };
  const errors: FieldIssue[] = [];
  const colOf = new Map<Key, number>();
  header.forEach((h, i) => {
    const text = norm(h);
    const rule = columnRules.find((r) => !colOf.has(r.key) && r.test(text));
    if (rule) colOf.set(rule.key, i);
  });
  if (!colOf.has('fullName') && !(colOf.has('lastName') && colOf.has('firstName')))
    errors.push({ file: file.name, row: 1, field: 'ФИО', message: 'Нет столбца «ФИО» (или «Фамилия» и «Имя»)' });
  if (!colOf.has('organisation'))
    errors.push({
      file: file.name,
      row: 1,
      field: labels.organisation,
      message: 'Нет столбца с наименованием органа (организации)',
    });
  if (errors.length) return { rows: [], errors };
  const rows: RegisterRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of records) {
    if (cells.every((c) => !c.trim())) continue;
    const get = (k: Key) => (colOf.has(k) ? (cells[colOf.get(k)!] ?? '').trim() : '');
    const fail = (k: Key, message: string) =>
      errors.push({ file: file.name, row, field: header[colOf.get(k) ?? -1]?.trim() || labels[k], message });
    const before = errors.length;
    let [lastName, firstName, middleName] = [get('lastName'), get('firstName'), get('middleName')];
    if (colOf.has('fullName')) {
      const parts = get('fullName').split(/\s+/).filter(Boolean);
      [lastName, firstName] = [parts[0] ?? '', parts[1] ?? ''];
      middleName = parts.slice(2).join(' ');
    }
    if (!lastName || !firstName) fail(colOf.has('fullName') ? 'fullName' : 'lastName', 'Нужны хотя бы фамилия и имя');
    const organisation = get('organisation');
    if (!organisation) fail('organisation', 'Обязательное поле не заполнено');
    const date = (k: Key) => {
      const v = get(k);
      if (!v) return null;
      const d = parseRuDate(v);
      if (!d) fail(k, `«${v}» — не дата; ожидается ДД.ММ.ГГГГ`);
      return d;
    };
    const birthDate = date('birthDate');
    let actDate = date('actDate');
    let actNumber = get('actNumber') || null;
    // «Дата и номер акта» in one cell: «12.03.2021 № 45-к».
    const combined = get('actCombined');
    if (combined) {
      const d = /(\d{1,2}\.\d{1,2}\.\d{4})/.exec(combined);
      actDate = d ? parseRuDate(d[1]) : null;
      if (!actDate) fail('actCombined', `«${combined}»: не найдена дата акта (ДД.ММ.ГГГГ)`);
      actNumber = /№\s*(\S+)/.exec(combined)?.[1] ?? actNumber;
    }
    const includedOn = date('includedOn');
    if (errors.length > before) continue;
    const entryKey = createHash('sha256')
      .update(
        [
          norm(lastName),
          norm(firstName),
          norm(middleName),
          birthDate ?? '',
          norm(organisation),
          actDate ?? '',
          norm(actNumber),
        ].join('|'),
      )
      .digest('hex')
      .slice(0, 32);
    if (seen.has(entryKey)) {
      fail(colOf.has('fullName') ? 'fullName' : 'lastName', `Та же запись уже есть в строке ${seen.get(entryKey)}`);
      continue;
    }
    seen.set(entryKey, row);
    rows.push({
      row,
      entryKey,
      lastName,
      firstName,
      middleName: middleName || null,
      birthDate,
      organisation,
      position: get('position') || null,
      violation: get('violation') || null,
      actDate,
      actNumber,
      includedOn,
    });
  }
  if (rows.length === 0 && errors.length === 0)
    errors.push({ file: file.name, field: 'файл', message: 'В файле нет ни одной записи реестра' });
  return { rows, errors };
}

export type RegisterImportResult = { created: number; unchanged: number; removed: number; total: number };

/** Replaces the organisation's copy of the register with the file's table, in one transaction. */
export async function importRegister(
  db: Db,
  actor: Actor,
  file: { name: string; data: Buffer },
  orgId = actor.orgId,
): Promise<RegisterImportResult> {
  assertOrgVisible(actor, orgId);
  const { rows, errors } = await parseRegisterFile(file);
  if (errors.length)
    throw new AppError(
      'UNPROCESSABLE',
      `В файле «${file.name}» ${errors.length} ошибок: реестр не изменён. Исправьте файл и загрузите снова.`,
      errors,
    );
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`loss-of-trust:${orgId}`}))`);
    const existing = await tx
      .select({ id: lossOfTrustEntries.id, key: lossOfTrustEntries.entryKey })
      .from(lossOfTrustEntries)
      .where(eq(lossOfTrustEntries.orgId, orgId));
    const have = new Set(existing.map((e) => e.key));
    const keep = new Set(rows.map((r) => r.entryKey));
    const toAdd = rows.filter((r) => !have.has(r.entryKey));
    const toRemove = existing.filter((e) => !keep.has(e.key)).map((e) => e.id);
    const result = {
      created: toAdd.length,
      unchanged: rows.length - toAdd.length,
      removed: toRemove.length,
      total: rows.length,
    };
    const [imp] = await tx
      .insert(affiliationImports)
      .values({
        orgId,
        kind: 'loss_of_trust',
        fileName: file.name,
        sha256,
        rowCount: rows.length,
        created: result.created,
        updated: 0,
        unchanged: result.unchanged,
        removed: result.removed,
        importedBy: actor.userId,
      })
      .returning({ id: affiliationImports.id });
    for (let i = 0; i < toRemove.length; i += 1000)
      await tx.delete(lossOfTrustEntries).where(inArray(lossOfTrustEntries.id, toRemove.slice(i, i + 1000)));
    for (let i = 0; i < toAdd.length; i += 500)
      await tx
        .insert(lossOfTrustEntries)
        .values(toAdd.slice(i, i + 500).map(({ row: _row, ...r }) => ({ ...r, orgId, importId: imp.id })));
    await appendAudit(tx, auditContext(actor), {
      orgId,
      type: 'affiliation.register_imported',
      entityType: 'affiliation_import',
      entityId: imp.id,
      data: { fileName: file.name, sha256, ...result },
    });
    return result;
  });
}

export const registerListQuery = z
  .object({ orgId: z.string().uuid().optional(), q: z.string().trim().max(200).optional() })
  .merge(pageQuery);
export type RegisterItem = Omit<typeof lossOfTrustEntries.$inferSelect, 'createdAt' | 'importId' | 'entryKey'>;

export async function findRegisterEntries(
  db: Db,
  actor: Actor,
  q: z.output<typeof registerListQuery>,
): Promise<Page<RegisterItem> & { lastImport: { fileName: string; importedAt: string; rowCount: number } | null }> {
  if (q.orgId) assertOrgVisible(actor, q.orgId);
  const orgIds = q.orgId ? [q.orgId] : actor.orgIds;
  const cond = [inArray(lossOfTrustEntries.orgId, orgIds)];
  for (const word of (q.q ?? '').split(/\s+/).filter(Boolean).slice(0, 6)) {
    const like = `%${word.replace(/[%_\\]/g, (ch) => `\\${ch}`).replace(/ё/gi, 'е')}%`;
    cond.push(
      or(
        ilike(sql`replace(${lossOfTrustEntries.lastName}, 'ё', 'е')`, like),
        ilike(lossOfTrustEntries.firstName, like),
        ilike(lossOfTrustEntries.organisation, like),
      )!,
    );
  }
  const where = and(...cond);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(lossOfTrustEntries).where(where);
  const rows = await db
    .select()
    .from(lossOfTrustEntries)
    .where(where)
    .orderBy(asc(lossOfTrustEntries.lastName), asc(lossOfTrustEntries.firstName), asc(lossOfTrustEntries.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [last] = await db
    .select()
    .from(affiliationImports)
    .where(and(inArray(affiliationImports.orgId, orgIds), eq(affiliationImports.kind, 'loss_of_trust')))
    .orderBy(desc(affiliationImports.importedAt))
    .limit(1);
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: q.orgId ?? actor.orgId,
      type: 'affiliation.register_listed',
      entityType: 'loss_of_trust',
      data: { q: q.q ?? null, shown: rows.length },
    }),
  );
  return {
    items: rows.map(({ createdAt: _c, importId: _i, entryKey: _k, ...r }) => r),
    total,
    page: q.page,
    pageSize: q.pageSize,
    lastImport: last
      ? { fileName: last.fileName, importedAt: last.importedAt.toISOString(), rowCount: last.rowCount }
      : null,
  };
}
