import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { docxType, xlsxType } from '../../platform/http/file-response.js';
import { loadEntry } from './get-entry.js';
import { journalAttachments } from './tables.js';

/** Accepted attachment types: extension and the file's first bytes must agree (a renamed .exe is refused). */
const kinds: { ext: RegExp; mime: string; magic: (b: Buffer) => boolean }[] = [
  { ext: /\.pdf$/i, mime: 'application/pdf', magic: (b) => b.subarray(0, 4).toString('latin1') === '%PDF' },
  { ext: /\.(docx|xlsx|odt|ods)$/i, mime: 'application/octet-stream', magic: (b) => b[0] === 0x50 && b[1] === 0x4b },
  {
    ext: /\.(doc|xls)$/i,
    mime: 'application/octet-stream',
    magic: (b) => b.subarray(0, 4).toString('hex') === 'd0cf11e0',
  },
  { ext: /\.jpe?g$/i, mime: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: /\.png$/i, mime: 'image/png', magic: (b) => b.subarray(0, 4).toString('hex') === '89504e47' },
  { ext: /\.txt$/i, mime: 'text/plain; charset=utf-8', magic: (b) => !b.includes(0) },
];

const mimeByExt: Record<string, string> = {
  docx: docxType,
  xlsx: xlsxType,
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};

export function checkAttachment(file: { name: string; data: Buffer }): string {
  const kind = kinds.find((k) => k.ext.test(file.name));
  if (!kind)
    throw new AppError('VALIDATION', `Файл «${file.name}»: допустимы PDF, DOC(X), XLS(X), ODT, ODS, JPG, PNG, TXT`, [
      { file: file.name, field: 'file', message: 'Недопустимый тип файла' },
    ]);
  if (file.data.length === 0)
    throw new AppError('VALIDATION', `Файл «${file.name}» пуст`, [
      { file: file.name, field: 'file', message: 'Пустой файл' },
    ]);
  if (!kind.magic(file.data))
    throw new AppError('VALIDATION', `Файл «${file.name}»: содержимое не соответствует расширению`, [
      { file: file.name, field: 'file', message: 'Содержимое не соответствует типу' },
    ]);
  const ext = file.name.split('.').pop()!.toLowerCase();
  return mimeByExt[ext] ?? kind.mime;
}

/** Stores an attachment with its SHA-256; the same file attached twice to one entry is refused. */
export async function addAttachment(db: Db, actor: Actor, entryId: string, file: { name: string; data: Buffer }) {
  const mimeType = checkAttachment(file);
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  return db.transaction(async (tx) => {
    const { def, entry } = await loadEntry(tx, actor, entryId, { forUpdate: true });
    const mayAttach =
      actor.roles.some((r) => def.registerRoles.includes(r)) ||
      (entry.employeeId !== null && entry.employeeId === actor.employeeId);
    if (!mayAttach)
      throw new AppError('FORBIDDEN', 'Прикладывать файлы может ответственный за журнал или сам заявитель');
    const [dup] = await tx
      .select({ id: journalAttachments.id })
      .from(journalAttachments)
      .where(and(eq(journalAttachments.entryId, entryId), eq(journalAttachments.sha256, sha256)));
    if (dup) throw new AppError('CONFLICT', `Файл «${file.name}» уже приложен к записи`);
    const [row] = await tx
      .insert(journalAttachments)
      .values({
        orgId: entry.orgId,
        entryId,
        fileName: file.name,
        mimeType,
        size: file.data.length,
        sha256,
        content: file.data,
        uploadedBy: actor.userId,
      })
      .returning({
        id: journalAttachments.id,
        fileName: journalAttachments.fileName,
        size: journalAttachments.size,
        sha256: journalAttachments.sha256,
        mimeType: journalAttachments.mimeType,
      });
    await appendAudit(tx, auditContext(actor), {
      orgId: entry.orgId,
      type: 'journal.attachment_added',
      entityType: 'journal_entry',
      entityId: entryId,
      data: { attachmentId: row.id, fileName: file.name, size: file.data.length, sha256 },
    });
    return row;
  });
}

/** An attachment's content, if the actor may see its entry; every download is audited. */
export async function readAttachment(db: Db, actor: Actor, id: string) {
  const [att] = await db
    .select()
    .from(journalAttachments)
    .where(and(eq(journalAttachments.id, id), inArray(journalAttachments.orgId, actor.orgIds)));
  if (!att) throw notFound('Вложение');
  await loadEntry(db, actor, att.entryId);
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: att.orgId,
      type: 'journal.attachment_read',
      entityType: 'journal_entry',
      entityId: att.entryId,
      data: { attachmentId: id, fileName: att.fileName },
    }),
  );
  return att;
}
