import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../../config.js';
import type { Db } from '../../../db/client.js';
import { requirePermission } from '../../../platform/auth/actor.js';
import { AppError } from '../../../platform/errors.js';
import { attachmentName, xlsxType } from '../../../platform/http/file-response.js';
import { readUpload } from '../../../platform/http/read-upload.js';
import { commitStaffImport, previewStaffImport } from './apply-staff-import.js';
import { buildStaffTemplate } from './template.js';

async function readXlsxUpload(req: FastifyRequest): Promise<{ name: string; data: Buffer }> {
  const file = await readUpload(req);
  if (!/\.xlsx$/i.test(file.name)) {
    throw new AppError('VALIDATION', `Файл «${file.name}»: нужен файл Excel .xlsx (скачайте шаблон)`, [
      { file: file.name, field: 'file', message: 'Неподдерживаемый тип файла' },
    ]);
  }
  return file;
}

const query = z.object({ orgId: z.string().uuid().optional() });

export const staffImportRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db }) => {
  const tags = ['organisation'];
  app.get(
    '/api/staff-import/template.xlsx',
    { schema: { tags, summary: 'Шаблон штатного списка' } },
    async (req, reply) => {
      requirePermission(req, 'staff.import');
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', attachmentName('Шаблон штатного списка.xlsx'))
        .send(await buildStaffTemplate());
    },
  );
  app.post(
    '/api/staff-import/preview',
    { schema: { tags, summary: 'Проверка файла штатного списка (ничего не записывает)', querystring: query } },
    async (req) => {
      const actor = requirePermission(req, 'staff.import');
      return previewStaffImport(db, actor, await readXlsxUpload(req), req.query.orgId);
    },
  );
  app.post(
    '/api/staff-import/commit',
    { schema: { tags, summary: 'Загрузка штатного списка (всё или ничего)', querystring: query } },
    async (req) => {
      const actor = requirePermission(req, 'staff.import');
      return commitStaffImport(db, actor, await readXlsxUpload(req), req.query.orgId);
    },
  );
};
