import { docxToText } from '@antikor/engines/expertise';
import { AppError } from '../../platform/errors.js';

/** Longest draft accepted, in characters (a municipal regulation is 30–150 thousand). */
export const MAX_DRAFT_CHARS = 1_000_000;

/** Decodes a TXT draft: UTF-8 (with or without BOM), else Windows-1251 of older office files. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

const fileError = (name: string, message: string) =>
  new AppError('VALIDATION', `Файл «${name}»: ${message}`, [{ file: name, field: 'file', message }]);

/** Line breaks as «\n», no trailing spaces at line ends: offsets of findings refer to this text. */
export function cleanDraftText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Checks a pasted or extracted text: not empty, not too long. */
export function checkDraftText(text: string, what = 'Текст проекта'): string {
  const clean = cleanDraftText(text);
  if (clean.replace(/\s/g, '').length < 20)
    throw new AppError('VALIDATION', `${what}: нет текста для проверки`, [{ field: 'text', message: 'Нет текста' }]);
  if (clean.length > MAX_DRAFT_CHARS)
    throw new AppError(
      'VALIDATION',
      `${what}: слишком длинный текст (более ${MAX_DRAFT_CHARS.toLocaleString('ru-RU')} знаков)`,
      [{ field: 'text', message: 'Слишком длинный текст' }],
    );
  return clean;
}

/** The text of an uploaded draft: DOCX (word/document.xml, numbering rendered) or TXT; anything else is refused. */
export async function draftTextOf(file: { name: string; data: Buffer }): Promise<string> {
  const name = file.name;
  if (file.data.length === 0) throw fileError(name, 'файл пуст');
  if (/\.docx$/i.test(name)) {
    if (!(file.data[0] === 0x50 && file.data[1] === 0x4b))
      throw fileError(name, 'содержимое не является документом DOCX');
    let text: string;
    try {
      text = await docxToText(file.data);
    } catch {
      throw fileError(name, 'документ DOCX повреждён или не содержит текста');
    }
    return checkDraftText(text, `Файл «${name}»`);
  }
  if (/\.txt$/i.test(name)) {
    if (file.data.includes(0)) throw fileError(name, 'содержимое не является текстом');
    return checkDraftText(decodeText(file.data), `Файл «${name}»`);
  }
  if (/\.(doc|rtf|odt|pdf)$/i.test(name))
    throw fileError(
      name,
      'проверяются документы DOCX и TXT — сохраните проект в формате DOCX («Сохранить как» → «Документ Word»)',
    );
  throw fileError(name, 'допустимы DOCX и TXT');
}
