/**
 * The plan as Excel (issue 4): export and import in one layout — one row per measure with its section.
 * Import goes into an existing plan and is idempotent: measures are matched by number, a second import of
 * the same file changes nothing; responsible units are named as in the organisation's structure. Every
 * problem names the file, the row and the column, and a file with any problem changes nothing.
 */
import { type FieldIssue, parseTermText } from '@antikor/core';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { buildXlsx, cellText } from '../../platform/documents/xlsx.js';
import { AppError } from '../../platform/errors.js';
import { descendantOrgIds } from '../org/org-tree.js';
import { organisations, subdivisions } from '../org/tables.js';
import type { PlanRow } from './plan-access.js';
import { type PlanDetail, planDetail } from './plan-detail.js';
import { planMeasures, planMeasureUnits, planSections } from './tables.js';

const columns = [
  { key: 'sectionNumber', header: 'Раздел №', width: 9 },
  { key: 'sectionTitle', header: 'Наименование раздела', width: 40 },
  { key: 'number', header: '№ мероприятия', width: 12 },
  { key: 'text', header: 'Мероприятие', width: 60 },
  { key: 'executorsText', header: 'Ответственные исполнители', width: 45 },
  { key: 'termText', header: 'Срок исполнения', width: 25 },
  { key: 'expectedResult', header: 'Ожидаемый результат', width: 45 },
  { key: 'units', header: 'Подразделения, представляющие отчёт (через «;»)', width: 45 },
] as const;
type ColumnKey = (typeof columns)[number]['key'];

type FlatMeasure = PlanDetail['sections'][number]['measures'][number] & { sectionNumber: string; sectionTitle: string };

export async function exportPlanXlsx(db: Db, plan: PlanRow): Promise<Buffer> {
  const detail = await planDetail(db, plan);
  const rows: FlatMeasure[] = detail.sections.flatMap((s) =>
    s.measures.map((m) => ({ ...m, sectionNumber: s.number, sectionTitle: s.title })),
  );
  return buildXlsx({
    sheetName: 'План',
    columns: columns.map((c) => ({
      header: c.header,
      width: c.width,
      value: (m: FlatMeasure) => (c.key === 'units' ? m.units.map((u) => u.name).join('; ') : m[c.key]),
    })),
    rows,
  });
}

type ParsedRow = {
  row: number;
  sectionNumber: string;
  sectionTitle: string;
  number: string;
  text: string;
  executorsText: string;
  termText: string;
  expectedResult: string;
  units: { kind: 'subdivision' | 'organisation'; id: string }[];
};

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

async function unitDirectory(db: Db, orgId: string) {
  const orgIds = await descendantOrgIds(db, orgId);
  const subs = await db
    .select({ id: subdivisions.id, name: subdivisions.name, shortName: subdivisions.shortName })
    .from(subdivisions)
    .where(eq(subdivisions.orgId, orgId));
  const orgs = (
    await db
      .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName })
      .from(organisations)
  ).filter((o) => orgIds.includes(o.id) && o.id !== orgId);
  const byName = new Map<string, { kind: 'subdivision' | 'organisation'; id: string }>();
  for (const o of orgs)
    for (const n of [o.name, o.shortName]) if (n) byName.set(norm(n), { kind: 'organisation', id: o.id });
  for (const s of subs)
    for (const n of [s.name, s.shortName]) if (n) byName.set(norm(n), { kind: 'subdivision', id: s.id });
  return byName;
}

export async function parsePlanXlsx(
  db: Db,
  plan: PlanRow,
  file: { name: string; data: Buffer },
): Promise<{ rows: ParsedRow[]; errors: FieldIssue[] }> {
  const errors: FieldIssue[] = [];
  const fail = (row: number | undefined, field: string, message: string) =>
    errors.push({ file: file.name, row, field, message });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file.data as unknown as ArrayBuffer);
  } catch {
    fail(undefined, 'файл', 'Файл не читается как книга Excel (.xlsx)');
    return { rows: [], errors };
  }
  const ws = wb.worksheets[0];
  if (!ws) {
    fail(undefined, 'файл', 'В книге нет листов');
    return { rows: [], errors };
  }
  const colOf = new Map<ColumnKey, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const c = columns.find((x) => norm(x.header) === norm(cellText(cell.value)));
    if (c) colOf.set(c.key, col);
  });
  for (const c of columns)
    if (c.key !== 'units' && c.key !== 'expectedResult' && !colOf.has(c.key))
      fail(1, c.header, 'Нет столбца: выгрузите план в Excel и заполните его образец');
  if (errors.length) return { rows: [], errors };
  const directory = await unitDirectory(db, plan.orgId);
  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  const sectionTitles = new Map<string, string>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const get = (k: ColumnKey) => {
      const col = colOf.get(k);
      return col ? cellText(ws.getRow(r).getCell(col).value) : '';
    };
    const values = Object.fromEntries(columns.map((c) => [c.key, get(c.key)])) as Record<ColumnKey, string>;
    if (Object.values(values).every((v) => v === '')) continue;
    const header = (k: ColumnKey) => columns.find((c) => c.key === k)?.header ?? k;
    const sectionNumber = values.sectionNumber.replace(/\.$/, '');
    const number = values.number.replace(/\.$/, '');
    if (!/^\d+$/.test(sectionNumber)) fail(r, header('sectionNumber'), 'Номер раздела — целое число');
    if (!/^\d+(\.\d+)+$/.test(number)) fail(r, header('number'), 'Номер мероприятия вида «1.3»');
    else if (sectionNumber && !number.startsWith(`${sectionNumber}.`))
      fail(r, header('number'), `Мероприятие ${number} не относится к разделу ${sectionNumber}`);
    if (seen.has(number)) fail(r, header('number'), `Мероприятие ${number} уже есть в строке ${seen.get(number)}`);
    seen.set(number, r);
    for (const k of ['sectionTitle', 'text', 'executorsText', 'termText'] as const)
      if (values[k].length < 1) fail(r, header(k), 'Обязательное поле');
    const known = sectionTitles.get(sectionNumber);
    if (known !== undefined && values.sectionTitle && known !== values.sectionTitle)
      fail(r, header('sectionTitle'), `У раздела ${sectionNumber} другое наименование в предыдущих строках`);
    if (values.sectionTitle) sectionTitles.set(sectionNumber, values.sectionTitle);
    const units: ParsedRow['units'] = [];
    for (const name of values.units
      .split(';')
      .map((x) => x.trim())
      .filter(Boolean)) {
      const unit = directory.get(norm(name));
      if (unit) units.push(unit);
      else fail(r, header('units'), `Подразделение «${name}» не найдено в структуре организации`);
    }
    rows.push({
      row: r,
      sectionNumber,
      sectionTitle: values.sectionTitle,
      number,
      text: values.text,
      executorsText: values.executorsText,
      termText: values.termText,
      expectedResult: values.expectedResult,
      units,
    });
  }
  if (rows.length === 0 && errors.length === 0) fail(undefined, 'файл', 'В файле нет мероприятий');
  return { rows, errors };
}

/** Applies a parsed file: creates or updates sections and measures by number, in one transaction. */
export async function importPlanXlsx(db: Db, actor: Actor, plan: PlanRow, file: { name: string; data: Buffer }) {
  const { rows, errors } = await parsePlanXlsx(db, plan, file);
  if (errors.length)
    throw new AppError(
      'VALIDATION',
      `Файл «${file.name}» не загружен: ошибок — ${errors.length}. План не изменён.`,
      errors,
    );
  return db.transaction(async (tx) => {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const sections = new Map(
      (await tx.select().from(planSections).where(eq(planSections.planId, plan.id))).map((s) => [s.number, s]),
    );
    const measures = new Map(
      (await tx.select().from(planMeasures).where(eq(planMeasures.planId, plan.id))).map((m) => [m.number, m]),
    );
    const units = await tx.select().from(planMeasureUnits).where(eq(planMeasureUnits.orgId, plan.orgId));
    let sectionPos = Math.max(0, ...[...sections.values()].map((s) => s.position));
    let measurePos = Math.max(0, ...[...measures.values()].map((m) => m.position));
    for (const r of rows) {
      let section = sections.get(r.sectionNumber);
      if (!section) {
        [section] = await tx
          .insert(planSections)
          .values({
            orgId: plan.orgId,
            planId: plan.id,
            number: r.sectionNumber,
            title: r.sectionTitle,
            position: ++sectionPos,
          })
          .returning();
        sections.set(r.sectionNumber, section);
      } else if (section.title !== r.sectionTitle) {
        await tx.update(planSections).set({ title: r.sectionTitle }).where(eq(planSections.id, section.id));
        section.title = r.sectionTitle;
      }
      const existing = measures.get(r.number);
      const values = {
        sectionId: section.id,
        text: r.text,
        executorsText: r.executorsText,
        termText: r.termText,
        expectedResult: r.expectedResult,
      };
      let measureId: string;
      if (!existing) {
        const [m] = await tx
          .insert(planMeasures)
          .values({
            orgId: plan.orgId,
            planId: plan.id,
            number: r.number,
            position: ++measurePos,
            termRule: parseTermText(r.termText),
            ...values,
          })
          .returning();
        measureId = m.id;
        counts.created++;
      } else {
        measureId = existing.id;
        const currentUnits = units.filter((u) => u.measureId === existing.id).map((u) => u.unitId);
        const same =
          (Object.keys(values) as (keyof typeof values)[]).every((k) => existing[k] === values[k]) &&
          currentUnits.join() === r.units.map((u) => u.id).join();
        if (same) {
          counts.unchanged++;
          continue;
        }
        // A rule set by hand survives as long as the words of the term stay the same.
        const termRule = existing.termText === r.termText ? existing.termRule : parseTermText(r.termText);
        await tx
          .update(planMeasures)
          .set({ ...values, termRule })
          .where(and(eq(planMeasures.id, existing.id), eq(planMeasures.planId, plan.id)));
        await tx.delete(planMeasureUnits).where(eq(planMeasureUnits.measureId, existing.id));
        counts.updated++;
      }
      const unique = [...new Map(r.units.map((u) => [u.id, u])).values()];
      if (unique.length)
        await tx
          .insert(planMeasureUnits)
          .values(
            unique.map((u, i) => ({ orgId: plan.orgId, measureId, unitKind: u.kind, unitId: u.id, position: i })),
          );
    }
    await appendAudit(tx, auditContext(actor), {
      orgId: plan.orgId,
      type: 'plan.imported',
      entityType: 'plan',
      entityId: plan.id,
      data: { file: file.name, ...counts },
    });
    return counts;
  });
}
