import { FACTORS } from '@antikor/engines/expertise';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { requireActor } from '../../platform/auth/actor.js';
import { attachmentName, docxType, xlsxType } from '../../platform/http/file-response.js';
import { readUpload } from '../../platform/http/read-upload.js';
import { dateInZone } from '../journals/entry-text.js';
import { conclusionDocx } from './conclusion-docx.js';
import { expertiseStats } from './expertise-stats.js';
import { findingsXlsx } from './findings-xlsx.js';
import { findingDto, getExpertise, getRun } from './get-expertise.js';
import {
  answerIncoming,
  answerIncomingBody,
  incomingDto,
  publicationBody,
  registerIncoming,
  registerIncomingBody,
  setPublication,
} from './incoming.js';
import { addFinding, addFindingBody, reviewBody, reviewFinding } from './review-finding.js';
import { scanDraftVersion } from './scan-version.js';

const idParams = z.object({ id: z.string().uuid('Неверный идентификатор') });

const scanBody = z.union([
  z.object({ text: z.string({ message: 'Вставьте текст проекта' }).max(1_000_000, 'Слишком длинный текст') }),
  z.object({ attachmentId: z.string().uuid('Неверный идентификатор вложения') }),
]);

/**
 * Anti-corruption expertise of draft acts (172-ФЗ; ПП РФ от 26.02.2010 № 96) on entries of the draft-act
 * journal: versions of the draft scanned by the engine, the expert's decisions, the conclusion, received
 * independent conclusions and prosecutor's demands, the year's figures.
 */
export const expertiseRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db, config }) => {
  const tags = ['expertise'];
  const tz = { timeZone: config.TIME_ZONE };

  app.get(
    '/api/expertise/factors',
    { schema: { tags, summary: 'Коррупциогенные факторы Методики (ПП РФ № 96, пп. 3–4)' } },
    async (req) => {
      requireActor(req);
      return { items: FACTORS };
    },
  );

  app.get(
    '/api/expertise/stats',
    {
      schema: {
        tags,
        summary: 'Показатели за год: проекты, экспертиза, факторы, точность движка, заключения и требования',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      },
    },
    async (req) => expertiseStats(db, requireActor(req), req.query.year, tz),
  );

  app.get(
    '/api/draft-acts/:id/expertise',
    { schema: { tags, summary: 'Экспертиза проекта: редакции, заключения и требования', params: idParams } },
    async (req) =>
      getExpertise(db, requireActor(req), req.params.id, { today: dateInZone(new Date(), config.TIME_ZONE) }),
  );

  app.post(
    '/api/draft-acts/:id/expertise/runs',
    {
      schema: {
        tags,
        summary: 'Проверить редакцию проекта: вставленный текст или приложенный файл (DOCX/TXT)',
        params: idParams,
        body: scanBody,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const b = req.body;
      const run = await scanDraftVersion(
        db,
        actor,
        req.params.id,
        'text' in b ? { kind: 'paste', text: b.text } : { kind: 'attachment', attachmentId: b.attachmentId },
      );
      return getRun(db, actor, run.id);
    },
  );

  app.post(
    '/api/draft-acts/:id/expertise/upload',
    {
      schema: {
        tags,
        summary: 'Загрузить и проверить редакцию проекта (DOCX/TXT, multipart, поле file)',
        params: idParams,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const run = await scanDraftVersion(db, actor, req.params.id, { kind: 'upload', file: await readUpload(req) });
      return getRun(db, actor, run.id);
    },
  );

  app.post(
    '/api/draft-acts/:id/expertise/publication',
    {
      schema: {
        tags,
        summary: 'Размещение проекта для независимой экспертизы (срок приёма заключений)',
        params: idParams,
        body: publicationBody,
      },
    },
    async (req) => setPublication(db, requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/draft-acts/:id/expertise/incoming',
    {
      schema: {
        tags,
        summary: 'Зарегистрировать заключение независимого эксперта или требование прокурора',
        params: idParams,
        body: registerIncomingBody,
      },
    },
    async (req) =>
      incomingDto(
        await registerIncoming(db, requireActor(req), req.params.id, req.body),
        dateInZone(new Date(), config.TIME_ZONE),
      ),
  );

  app.post(
    '/api/expertise-incoming/:id/answer',
    {
      schema: {
        tags,
        summary: 'Результат рассмотрения заключения или требования',
        params: idParams,
        body: answerIncomingBody,
      },
    },
    async (req) => incomingDto(await answerIncoming(db, requireActor(req), req.params.id, req.body)),
  );

  app.get(
    '/api/expertise-runs/:id',
    {
      schema: {
        tags,
        summary: 'Редакция проекта: текст, замечания, изменения по сравнению с предыдущей',
        params: idParams,
      },
    },
    async (req) => getRun(db, requireActor(req), req.params.id),
  );

  app.get(
    '/api/expertise-runs/:id/conclusion.docx',
    { schema: { tags, summary: 'Заключение по результатам антикоррупционной экспертизы (Word)', params: idParams } },
    async (req, reply) => {
      const { buf, fileName } = await conclusionDocx(db, requireActor(req), req.params.id, tz);
      return reply.header('content-type', docxType).header('content-disposition', attachmentName(fileName)).send(buf);
    },
  );

  app.get(
    '/api/expertise-runs/:id/findings.xlsx',
    { schema: { tags, summary: 'Замечания редакции с решениями эксперта (Excel)', params: idParams } },
    async (req, reply) => {
      const { buf, fileName } = await findingsXlsx(db, requireActor(req), req.params.id);
      return reply.header('content-type', xlsxType).header('content-disposition', attachmentName(fileName)).send(buf);
    },
  );

  app.post(
    '/api/expertise-runs/:id/findings',
    {
      schema: {
        tags,
        summary: 'Добавить коррупциогенный фактор, пропущенный движком',
        params: idParams,
        body: addFindingBody,
      },
    },
    async (req) => findingDto(await addFinding(db, requireActor(req), req.params.id, req.body)),
  );

  app.patch(
    '/api/expertise-findings/:id',
    {
      schema: {
        tags,
        summary: 'Решение эксперта: подтвердить, отклонить с причиной, изменить предложение',
        params: idParams,
        body: reviewBody,
      },
    },
    async (req) => findingDto(await reviewFinding(db, requireActor(req), req.params.id, req.body)),
  );
};
