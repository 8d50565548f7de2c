import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

/** The one uploaded file of a multipart request (field `file`); size limits come from the multipart plugin. */
export async function readUpload(req: FastifyRequest): Promise<{ name: string; data: Buffer }> {
  if (!req.isMultipart())
    throw new AppError('VALIDATION', 'Приложите файл (multipart/form-data, поле file)', [
      { field: 'file', message: 'Файл не приложен' },
    ]);
  const part = await req.file();
  if (!part) throw new AppError('VALIDATION', 'Файл не приложен', [{ field: 'file', message: 'Выберите файл' }]);
  return { name: part.filename, data: await part.toBuffer() };
}
