import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../../config.js';
import type { Db } from '../../../db/client.js';
import { requirePermission } from '../../../platform/auth/actor.js';
import { AppError } from '../../../platform/errors.js';
import { commitStaffImport, previewStaffImport } from './apply-staff-import.js';
import { buildStaffTemplate } from './template.js';

async function readUpload(req: FastifyRequest): Promise<{ name: string; data: Buffer }> {
  if (!req.isMultipart()) throw new AppError('VALIDATION', 'Приложите файл Excel (multipart/form-data, поле file)');
  const part = await req.file();
  if (!part) throw new AppError('VALIDATION', 'Файл не приложен', [{ field: 'file', message: 'Выберите файл' }]);
  const data = await part.toBuffer();
  if (!/\.xlsx$/i.test(part.filename)) {
    throw new AppError('VALIDATION', `Файл «${part.filename}»: нужен файл Excel .xlsx (скачайте шаблон)`, [{ file: part.filename, field: 'file', message: 'Неподдерживаемый тип файла' }]);
  }
  return { name: part.filename, data };
}

const query = z.object({ orgId: z.string().uuid().optional() });

export const staffImportRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db }) => {
  const tags = ['organisation'];
  app.get('/api/staff-import/template.xlsx', { schema: { tags, summary: 'Шаблон штатного списка' } }, async (req, reply) => {
    requirePermission(req, 'staff.import');
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('Шаблон штатного списка.xlsx')}`)
      .send(await buildStaffTemplate());
  });
  app.post('/api/staff-import/preview', { schema: { tags, summary: 'Проверка файла штатного списка (ничего не записывает)', querystring: query } }, async (req) => {
    const actor = requirePermission(req, 'staff.import');
    return previewStaffImport(db, actor, await readUpload(req), req.query.orgId);
  });
  app.post('/api/staff-import/commit', { schema: { tags, summary: 'Загрузка штатного списка (всё или ничего)', querystring: query } }, async (req) => {
    const actor = requirePermission(req, 'staff.import');
    return commitStaffImport(db, actor, await readUpload(req), req.query.orgId);
  });
};
