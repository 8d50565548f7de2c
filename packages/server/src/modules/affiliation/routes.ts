import { candidateCheckInput, linkDecisionInput, linkListQuery, pageQuery, runInput } from '@antikor/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { assertOrgVisible, auditContext, requirePermission } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { attachmentName, xlsxType } from '../../platform/http/file-response.js';
import { readUpload } from '../../platform/http/read-upload.js';
import { dateInZone } from '../journals/entry-text.js';
import { candidateListQuery, checkCandidate, findCandidateChecks, getCandidateCheck } from './candidate-checks.js';
import { exportLinks, findLinks } from './find-links.js';
import { counterpartyListQuery, findCounterparties, findRuns, runListQuery } from './find-lists.js';
import { commitCounterpartyImport, previewCounterpartyImport } from './import-counterparties.js';
import { decideLink, getLinkCard } from './link-card.js';
import { findRegisterEntries, importRegister, registerListQuery } from './loss-of-trust-register.js';
import { findProfiles, getProfile, profileListQuery } from './profiles.js';
import { runCheck } from './run-check.js';
import { buildCounterpartyCsvTemplate, buildCounterpartyTemplate } from './template.js';

const idParams = z.object({ id: z.string().uuid('Неверный идентификатор') });
const orgQuery = z.object({ orgId: z.string().uuid().optional() });

async function readTableUpload(req: FastifyRequest): Promise<{ name: string; data: Buffer }> {
  const file = await readUpload(req);
  if (!/\.(xlsx|csv)$/i.test(file.name))
    throw new AppError('VALIDATION', `Файл «${file.name}»: нужен файл Excel (.xlsx) или CSV в кодировке UTF-8`, [
      { file: file.name, field: 'file', message: 'Неподдерживаемый тип файла' },
    ]);
  return file;
}

export const affiliationRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db, config }) => {
  const tags = ['affiliation'];

  // The review queue.
  app.get(
    '/api/affiliation/links',
    {
      schema: {
        tags,
        summary: 'Очередь связей: фильтры, поиск, страницы',
        querystring: linkListQuery.merge(pageQuery),
      },
    },
    async (req) => findLinks(db, requirePermission(req, 'affiliation.review'), req.query),
  );
  app.get(
    '/api/affiliation/links/export.xlsx',
    { schema: { tags, summary: 'Выгрузка связей в Excel', querystring: linkListQuery } },
    async (req, reply) => {
      const buf = await exportLinks(db, requirePermission(req, 'affiliation.review'), req.query);
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', attachmentName('Связи (аффилированность).xlsx'))
        .send(buf);
    },
  );
  app.get(
    '/api/affiliation/links/:id',
    { schema: { tags, summary: 'Карточка связи с доказательствами', params: idParams } },
    async (req) => getLinkCard(db, requirePermission(req, 'affiliation.review'), req.params.id),
  );
  app.post(
    '/api/affiliation/links/:id/decision',
    { schema: { tags, summary: 'Решение рабочей группы по связи', params: idParams, body: linkDecisionInput } },
    async (req) =>
      decideLink(db, requirePermission(req, 'affiliation.review'), req.params.id, req.body, {
        today: dateInZone(new Date(), config.TIME_ZONE),
      }),
  );

  // Checks.
  app.get(
    '/api/affiliation/runs',
    { schema: { tags, summary: 'Проверки (запуски сопоставления) с параметрами', querystring: runListQuery } },
    async (req) => findRuns(db, requirePermission(req, 'affiliation.review'), req.query),
  );
  app.post(
    '/api/affiliation/runs',
    { schema: { tags, summary: 'Запустить проверку: профили сотрудников × контрагенты', body: runInput } },
    async (req) => {
      const actor = requirePermission(req, 'affiliation.manage');
      const orgId = req.body.orgId ?? actor.orgId;
      assertOrgVisible(actor, orgId);
      return runCheck(
        db,
        orgId,
        { userId: actor.userId, name: actor.fullName, ctx: auditContext(actor) },
        req.body,
        'manual',
      );
    },
  );

  // Counterparties.
  app.get(
    '/api/affiliation/counterparties',
    { schema: { tags, summary: 'Контрагенты (лица и контакты)', querystring: counterpartyListQuery } },
    async (req) => findCounterparties(db, requirePermission(req, 'affiliation.review'), req.query),
  );
  app.get(
    '/api/affiliation/counterparties/template.xlsx',
    { schema: { tags, summary: 'Шаблон списка контрагентов (Excel)' } },
    async (req, reply) => {
      requirePermission(req, 'affiliation.manage');
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', attachmentName('Шаблон списка контрагентов.xlsx'))
        .send(await buildCounterpartyTemplate());
    },
  );
  app.get(
    '/api/affiliation/counterparties/template.csv',
    { schema: { tags, summary: 'Шаблон counterparties.csv' } },
    async (req, reply) => {
      requirePermission(req, 'affiliation.manage');
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachmentName('counterparties.csv'))
        .send(buildCounterpartyCsvTemplate());
    },
  );
  app.post(
    '/api/affiliation/counterparties/preview',
    { schema: { tags, summary: 'Проверка файла контрагентов (ничего не записывает)', querystring: orgQuery } },
    async (req) => {
      const actor = requirePermission(req, 'affiliation.manage');
      return previewCounterpartyImport(db, actor, await readTableUpload(req), req.query.orgId);
    },
  );
  app.post(
    '/api/affiliation/counterparties/commit',
    { schema: { tags, summary: 'Загрузка контрагентов (всё или ничего) и проверка', querystring: orgQuery } },
    async (req) => {
      const actor = requirePermission(req, 'affiliation.manage');
      return commitCounterpartyImport(db, actor, await readTableUpload(req), req.query.orgId);
    },
  );

  // Staff profiles.
  app.get(
    '/api/affiliation/profiles',
    {
      schema: { tags, summary: 'Профили сотрудников: полнота данных для сопоставления', querystring: profileListQuery },
    },
    async (req) => findProfiles(db, requirePermission(req, 'affiliation.review'), req.query),
  );
  app.get(
    '/api/affiliation/profiles/:id',
    { schema: { tags, summary: 'Профиль сотрудника и родственников со связями', params: idParams } },
    async (req) => getProfile(db, requirePermission(req, 'affiliation.review'), req.params.id),
  );

  // Register of persons dismissed due to loss of trust.
  app.get(
    '/api/affiliation/loss-of-trust',
    {
      schema: {
        tags,
        summary: 'Реестр лиц, уволенных в связи с утратой доверия (копия)',
        querystring: registerListQuery,
      },
    },
    async (req) => findRegisterEntries(db, requirePermission(req, 'affiliation.review'), req.query),
  );
  app.post(
    '/api/affiliation/loss-of-trust/import',
    { schema: { tags, summary: 'Загрузить опубликованную таблицу реестра (заменяет копию)', querystring: orgQuery } },
    async (req) => {
      const actor = requirePermission(req, 'affiliation.manage');
      return importRegister(db, actor, await readTableUpload(req), req.query.orgId);
    },
  );

  // Candidate checks.
  app.get(
    '/api/affiliation/candidates',
    { schema: { tags, summary: 'Проверки кандидатов', querystring: candidateListQuery } },
    async (req) => findCandidateChecks(db, requirePermission(req, 'affiliation.review'), req.query),
  );
  app.post(
    '/api/affiliation/candidates',
    { schema: { tags, summary: 'Проверить кандидата по реестру и контрагентам', body: candidateCheckInput } },
    async (req) => checkCandidate(db, requirePermission(req, 'affiliation.manage'), req.body),
  );
  app.get(
    '/api/affiliation/candidates/:id',
    { schema: { tags, summary: 'Результат проверки кандидата', params: idParams } },
    async (req) => getCandidateCheck(db, requirePermission(req, 'affiliation.review'), req.params.id),
  );
};
