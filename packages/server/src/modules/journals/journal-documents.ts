import { formatFieldValue, type JournalDefinition } from '@antikor/core';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { buildDocx } from '../../platform/documents/docx.js';
import { buildXlsx, ruDate } from '../../platform/documents/xlsx.js';
import { type EntryFilter, entryFilterWhere, entryOrder } from './find-entries.js';
import { getEntry } from './get-entry.js';
import { journalDeadlines, journalEntries } from './tables.js';

type Row = typeof journalEntries.$inferSelect;

async function selectForExport(db: Db, actor: Actor, def: JournalDefinition, f: EntryFilter) {
  const rows = await db
    .select()
    .from(journalEntries)
    .where(entryFilterWhere(actor, def, f))
    .orderBy(...entryOrder(f.sort === '-number' ? 'number' : f.sort));
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: actor.orgId,
      type: 'journal.exported',
      entityType: 'journal',
      entityId: def.code,
      data: { filter: f, count: rows.length },
    }),
  );
  return rows;
}

const statusLabel = (def: JournalDefinition, s: string) => def.statuses.find((x) => x.code === s)?.label ?? s;
const period = (f: EntryFilter) =>
  f.from || f.to
    ? ` за период ${f.from ? `с ${ruDate(f.from)} ` : ''}${f.to ? `по ${ruDate(f.to)}` : ''}`
    : f.year
      ? ` за ${f.year} год`
      : '';

/** The filtered journal as Excel, one column per field of the official journal. */
export async function exportJournalXlsx(db: Db, actor: Actor, def: JournalDefinition, f: EntryFilter): Promise<Buffer> {
  const rows = await selectForExport(db, actor, def, f);
  const deadlines = rows.length
    ? await db
        .select()
        .from(journalDeadlines)
        .where(
          inArray(
            journalDeadlines.entryId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return buildXlsx<Row>({
    sheetName: def.shortTitle,
    title: `${def.title}${period(f)}`,
    rows,
    columns: [
      { header: '№ п/п', width: 6, value: (r) => rows.indexOf(r) + 1 },
      { header: 'Регистрационный номер', width: 12, value: (r) => r.regNumber },
      { header: 'Дата регистрации', width: 12, value: (r) => ruDate(r.registeredOn) },
      ...(def.subject !== 'none' ? [{ header: def.subjectLabel, width: 36, value: (r: Row) => r.subjectName }] : []),
      ...def.fields.map((fd) => ({
        header: fd.label,
        width: fd.type === 'textarea' ? 40 : 18,
        value: (r: Row) => formatFieldValue(fd, r.data[fd.key]),
      })),
      { header: 'Статус', width: 22, value: (r) => statusLabel(def, r.status) },
      {
        header: 'Сроки',
        width: 30,
        value: (r) =>
          deadlines
            .filter((d) => d.entryId === r.id)
            .map(
              (d) =>
                `${d.title}: до ${ruDate(d.dueDate)}${d.metAt ? (d.isLate ? ' (исполнено с нарушением)' : ' (исполнено)') : ''}`,
            )
            .join('; '),
      },
    ],
  });
}

/** The journal for a period as a printable Word table (landscape), in the columns shown in the list. */
export async function printJournalDocx(db: Db, actor: Actor, def: JournalDefinition, f: EntryFilter): Promise<Buffer> {
  const rows = await selectForExport(db, actor, def, f);
  const fields = def.fields.filter((x) => x.inList);
  return buildDocx({
    landscape: true,
    title: def.title,
    blocks: [
      { kind: 'title', text: def.title },
      { kind: 'subtitle', text: `${period(f).trim() || 'все записи'} · ${def.legalBasis}` },
      {
        kind: 'table',
        header: [
          '№',
          'Дата',
          ...(def.subject !== 'none' ? [def.subjectLabel] : []),
          ...fields.map((x) => x.label),
          'Статус',
        ],
        rows: rows.map((r) => [
          r.regNumber,
          ruDate(r.registeredOn),
          ...(def.subject !== 'none' ? [r.subjectName ?? ''] : []),
          ...fields.map((x) => formatFieldValue(x, r.data[x.key])),
          statusLabel(def, r.status),
        ]),
      },
      { kind: 'paragraph', text: `Всего записей: ${rows.length}` },
    ],
  });
}

/** One entry as its official form (e.g. the gift notification) with the registration mark. */
export async function printEntryDocx(db: Db, actor: Actor, id: string, def: JournalDefinition): Promise<Buffer> {
  const e = await getEntry(db, actor, id);
  const filled = def.fields.filter(
    (x) => e.data[x.key] !== undefined && e.data[x.key] !== null && e.data[x.key] !== '',
  );
  return buildDocx({
    title: def.formTitle,
    blocks: [
      { kind: 'title', text: def.formTitle },
      { kind: 'subtitle', text: def.legalBasis },
      {
        kind: 'fields',
        rows: [
          ...(def.subject !== 'none' ? [[def.subjectLabel, e.subjectName ?? ''] as [string, string]] : []),
          ...filled.map((x) => [x.label, formatFieldValue(x, e.data[x.key])] as [string, string]),
        ],
      },
      { kind: 'paragraph', text: 'Отметка о регистрации', bold: true },
      {
        kind: 'fields',
        rows: [
          ['Регистрационный номер', e.regNumber],
          ['Дата регистрации', ruDate(e.registeredOn)],
          ['Статус', e.statusLabel],
          ...e.deadlines.map((d) => [d.title, `до ${ruDate(d.dueDate)} (${d.basis})`] as [string, string]),
        ],
      },
      { kind: 'signature', left: '____________________ / ____________________', right: '«___» __________ 20__ г.' },
    ],
  });
}
