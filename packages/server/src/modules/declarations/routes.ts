/**
 * HTTP API of declaration campaigns. Routes are thin: schemas validate, use cases decide (style.md §2).
 */
import { gunzipSync } from 'node:zlib';
import { isoDate, pageQuery } from '@antikor/core';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { auditContext, requireActor } from '../../platform/auth/actor.js';
import { buildXlsx, ruDate } from '../../platform/documents/xlsx.js';
import { AppError, notFound } from '../../platform/errors.js';
import { attachmentName, docxType, xlsxType } from '../../platform/http/file-response.js';
import { dateInZone } from '../journals/entry-text.js';
import { assertCampaignOverview, assertDeclarationsOfficer, isDeclarationsOfficer } from './access.js';
import { campaignDeadlines } from './campaign-deadlines.js';
import { campaignSummary, findCampaignPersons, personListQuery } from './campaign-status.js';
import { assignDeclaration, correctDeclaration, enterDeclaration } from './enter-declaration.js';
import { decideFinding, findFindings, findingQuery, findingStatuses, riskRanking } from './findings.js';
import { getDeclaration } from './get-declaration.js';
import { importPackages, type UploadedFile } from './import-packages.js';
import { loadCampaign } from './load-campaign.js';
import { addObligation, createCampaign, refreshObligations, setExclusion, setSchedule } from './manage-campaign.js';
import { declarationToForm, manualForm } from './manual-form.js';
import { myDeclarations } from './my-declarations.js';
import { publicationDocument, publicationRows, publicationState, publishCampaign } from './publication.js';
import { analyseCampaign } from './run-analysis.js';
import { loadSettings, saveSettings } from './settings.js';
import {
  declarationCampaigns,
  declarationObligations,
  declarationPackages,
  declarationSchedule,
  declarations,
} from './tables.js';

const idParams = z.object({ id: z.string().uuid('Неверный идентификатор') });
const STATUS_RU = {
  expected: 'Ожидается',
  received: 'Получена',
  late: 'Получена с опозданием',
  clarified: 'Уточнена',
  missing: 'Не представлена',
  excluded: 'Исключён из перечня',
} as const;
const ROLE_RU = { self: 'На себя', spouse: 'Супруг(а)', minor_child: 'Несовершеннолетний ребёнок' } as const;

const entryBody = z.object({
  receivedOn: isoDate,
  isClarifying: z.boolean().default(false),
  note: z.string().trim().max(2000).nullish(),
  form: manualForm,
});

export const declarationRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db, config }) => {
  const tags = ['declarations'];
  const today = () => dateInZone(new Date(), config.TIME_ZONE);

  app.get(
    '/api/declaration-campaigns',
    { schema: { tags, summary: 'Декларационные кампании организации с итогами' } },
    async (req) => {
      const actor = requireActor(req);
      assertCampaignOverview(actor);
      const rows = await db
        .select()
        .from(declarationCampaigns)
        .where(inArray(declarationCampaigns.orgId, actor.orgIds))
        .orderBy(desc(declarationCampaigns.reportingYear));
      const t = today();
      const items = [];
      for (const c of rows) {
        const s = await campaignSummary(db, c, t);
        items.push({
          id: c.id,
          orgId: c.orgId,
          reportingYear: c.reportingYear,
          deadline: c.deadline,
          clarifyDeadline: c.clarifyDeadline,
          status: c.status,
          declarants: s.declarants,
          family: s.family,
          byKind: s.byKind,
        });
      }
      return {
        items,
        canManage: isDeclarationsOfficer(actor),
        defaults: { reportingYear: Number(t.slice(0, 4)) - 1, ...campaignDeadlines(Number(t.slice(0, 4)) - 1) },
      };
    },
  );

  app.post(
    '/api/declaration-campaigns',
    {
      schema: {
        tags,
        summary: 'Начать кампанию за отчётный год: перечень обязанных лиц на 31 декабря',
        body: z.object({
          reportingYear: z
            .number({ message: 'Укажите отчётный год' })
            .int()
            .min(2009, 'Отчётный год не ранее 2009')
            .max(2100),
          orgId: z.string().uuid().nullish(),
        }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const year = Number(today().slice(0, 4));
      if (req.body.reportingYear > year)
        throw new AppError(
          'VALIDATION',
          `Кампанию за ${req.body.reportingYear} год можно начать только после его окончания`,
          [{ field: 'reportingYear', message: 'Год ещё не закончился' }],
        );
      return createCampaign(db, actor, req.body);
    },
  );

  app.get(
    '/api/declaration-campaigns/:id',
    { schema: { tags, summary: 'Кампания: сроки, итоги по организациям и подразделениям, график', params: idParams } },
    async (req) => {
      const actor = requireActor(req);
      assertCampaignOverview(actor);
      const c = await loadCampaign(db, actor, req.params.id);
      const schedule = await db
        .select({
          subdivisionId: declarationSchedule.subdivisionId,
          dueDate: declarationSchedule.dueDate,
          place: declarationSchedule.place,
        })
        .from(declarationSchedule)
        .where(eq(declarationSchedule.campaignId, c.id))
        .orderBy(asc(declarationSchedule.dueDate));
      const [{ unmatched }] = await db
        .select({ unmatched: sql<number>`count(*)::int` })
        .from(declarations)
        .where(and(eq(declarations.campaignId, c.id), isNull(declarations.obligationId)));
      return {
        ...c,
        createdAt: c.createdAt.toISOString(),
        publishedAt: c.publishedAt?.toISOString() ?? null,
        lastAnalysedAt: c.lastAnalysedAt?.toISOString() ?? null,
        today: today(),
        summary: await campaignSummary(db, c, today()),
        schedule,
        unmatched,
        publication: await publicationState(db, c),
        canManage: isDeclarationsOfficer(actor),
      };
    },
  );

  app.get(
    '/api/declaration-campaigns/:id/persons',
    {
      schema: {
        tags,
        summary: 'Лица, обязанные представить сведения, со статусом',
        params: idParams,
        querystring: personListQuery.merge(pageQuery),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      assertCampaignOverview(actor);
      return findCampaignPersons(db, await loadCampaign(db, actor, req.params.id), req.query, today());
    },
  );

  app.get(
    '/api/declaration-campaigns/:id/persons.xlsx',
    {
      schema: {
        tags,
        summary: 'Статус представления сведений в Excel',
        params: idParams,
        querystring: personListQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      assertCampaignOverview(actor);
      const c = await loadCampaign(db, actor, req.params.id);
      const page = await findCampaignPersons(db, c, { ...req.query, page: 1, pageSize: 100_000 }, today());
      const buf = await buildXlsx({
        sheetName: `Кампания ${c.reportingYear}`,
        title: `Представление сведений о доходах за ${c.reportingYear} год (срок — ${ruDate(c.deadline)}), на ${ruDate(today())}`,
        columns: [
          { header: 'Организация', width: 24, value: (r) => r.orgName },
          { header: 'Подразделение', width: 34, value: (r) => r.subdivisionName },
          { header: 'Декларант', width: 30, value: (r) => r.declarantName },
          { header: 'Должность', width: 30, value: (r) => r.positionTitle },
          { header: 'Справка', width: 22, value: (r) => ROLE_RU[r.role] },
          {
            header: 'Лицо',
            width: 30,
            value: (r) => [r.lastName, r.firstName, r.middleName].filter(Boolean).join(' '),
          },
          { header: 'Статус', width: 20, value: (r) => STATUS_RU[r.status] },
          { header: 'Получена', width: 12, value: (r) => ruDate(r.receivedOn) },
          { header: 'Уточнена', width: 12, value: (r) => ruDate(r.clarifiedOn) },
          { header: 'Срок по графику', width: 14, value: (r) => ruDate(r.scheduleDue) },
          { header: 'Причина исключения / добавления', width: 34, value: (r) => r.exclusionReason ?? r.addReason },
        ],
        rows: page.items,
      });
      await db.transaction((tx) =>
        appendAudit(tx, auditContext(actor), {
          orgId: c.orgId,
          type: 'declaration.exported',
          entityType: 'declaration_campaign',
          entityId: c.id,
          data: { document: 'persons.xlsx', rows: page.items.length },
        }),
      );
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', attachmentName(`Кампания ${c.reportingYear}.xlsx`))
        .send(buf);
    },
  );

  app.post(
    '/api/declaration-campaigns/:id/refresh',
    { schema: { tags, summary: 'Добавить лиц, появившихся в кадровых данных', params: idParams } },
    async (req) => refreshObligations(db, requireActor(req), req.params.id),
  );

  app.post(
    '/api/declaration-campaigns/:id/obligations',
    {
      schema: {
        tags,
        summary: 'Добавить лицо в перечень вручную (с причиной)',
        params: idParams,
        body: z.object({
          employeeId: z.string().uuid('Выберите сотрудника'),
          relativeId: z.string().uuid().nullish(),
          withFamily: z.boolean().optional(),
          reason: z.string().trim().min(3, 'Укажите основание добавления').max(1000),
        }),
      },
    },
    async (req) => addObligation(db, requireActor(req), req.params.id, req.body),
  );

  app.get(
    '/api/declaration-obligations/:id',
    { schema: { tags, summary: 'Обязанное лицо (для ручного ввода справки)', params: idParams } },
    async (req) => {
      const actor = requireActor(req);
      assertDeclarationsOfficer(actor);
      const [o] = await db.select().from(declarationObligations).where(eq(declarationObligations.id, req.params.id));
      if (!o || !actor.orgIds.includes(o.orgId)) throw notFound('Обязанное лицо');
      const [c] = await db.select().from(declarationCampaigns).where(eq(declarationCampaigns.id, o.campaignId));
      const [self] = await db
        .select()
        .from(declarationObligations)
        .where(
          and(
            eq(declarationObligations.campaignId, o.campaignId),
            eq(declarationObligations.employeeId, o.employeeId),
            eq(declarationObligations.role, 'self'),
          ),
        );
      const name = (x: typeof o) => [x.lastName, x.firstName, x.middleName].filter(Boolean).join(' ');
      return {
        id: o.id,
        campaignId: o.campaignId,
        reportingYear: c.reportingYear,
        role: o.role,
        lastName: o.lastName,
        firstName: o.firstName,
        middleName: o.middleName,
        birthDate: o.birthDate,
        positionTitle: o.positionTitle,
        declarantName: name(self ?? o),
      };
    },
  );

  app.post(
    '/api/declaration-obligations/:id/exclusion',
    {
      schema: {
        tags,
        summary: 'Исключить из перечня (с причиной) или вернуть',
        params: idParams,
        body: z.object({ excluded: z.boolean(), reason: z.string().trim().max(1000).nullish() }),
      },
    },
    async (req) => {
      const row = await setExclusion(db, requireActor(req), req.params.id, req.body);
      return { id: row.id, excludedAt: row.excludedAt?.toISOString() ?? null, exclusionReason: row.exclusionReason };
    },
  );

  app.put(
    '/api/declaration-campaigns/:id/schedule',
    {
      schema: {
        tags,
        summary: 'График представления справок по подразделениям',
        params: idParams,
        body: z.object({
          items: z
            .array(
              z.object({
                subdivisionId: z.string().uuid('Выберите подразделение'),
                dueDate: isoDate,
                place: z.string().trim().max(300).nullish(),
              }),
            )
            .max(1000),
        }),
      },
    },
    async (req) => setSchedule(db, requireActor(req), req.params.id, req.body.items),
  );

  app.post(
    '/api/declaration-campaigns/:id/packages',
    {
      schema: {
        tags,
        summary: 'Импорт пакетов «Справки БК» (.xsb, .xml, .zip; несколько файлов сразу)',
        params: idParams,
        querystring: z.object({ receivedOn: isoDate.optional() }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      assertDeclarationsOfficer(actor);
      const t = today();
      const receivedOn = req.query.receivedOn ?? t;
      const c = await loadCampaign(db, actor, req.params.id);
      if (receivedOn > t)
        throw new AppError('VALIDATION', 'Дата получения не может быть позже сегодняшней', [
          { field: 'receivedOn', message: 'Дата в будущем' },
        ]);
      if (receivedOn < `${c.reportingYear + 1}-01-01`)
        throw new AppError('VALIDATION', `Сведения за ${c.reportingYear} год представляются после окончания года`, [
          { field: 'receivedOn', message: 'Слишком ранняя дата' },
        ]);
      if (!req.isMultipart())
        throw new AppError('VALIDATION', 'Приложите файлы (multipart/form-data)', [
          { field: 'files', message: 'Файлы не приложены' },
        ]);
      const files: UploadedFile[] = [];
      for await (const part of req.files({ limits: { files: 500, fileSize: config.MAX_UPLOAD_MB * 1024 * 1024 } }))
        files.push({ name: part.filename, data: await part.toBuffer() });
      if (files.length === 0)
        throw new AppError('VALIDATION', 'Файлы не приложены', [{ field: 'files', message: 'Выберите файлы' }]);
      return importPackages(db, actor, c.id, files, { receivedOn });
    },
  );

  app.get(
    '/api/declaration-campaigns/:id/packages',
    { schema: { tags, summary: 'Импортированные пакеты', params: idParams, querystring: pageQuery } },
    async (req) => {
      const actor = requireActor(req);
      assertDeclarationsOfficer(actor);
      const c = await loadCampaign(db, actor, req.params.id);
      const where = eq(declarationPackages.campaignId, c.id);
      const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(declarationPackages).where(where);
      const items = await db
        .select({
          id: declarationPackages.id,
          fileName: declarationPackages.fileName,
          sha256: declarationPackages.sha256,
          size: declarationPackages.size,
          format: declarationPackages.format,
          encoding: declarationPackages.encoding,
          program: declarationPackages.program,
          isClarifying: declarationPackages.isClarifying,
          receivedOn: declarationPackages.receivedOn,
          importedAt: declarationPackages.importedAt,
          employeeId: declarationPackages.employeeId,
          warnings: declarationPackages.warnings,
        })
        .from(declarationPackages)
        .where(where)
        .orderBy(desc(declarationPackages.importedAt), asc(declarationPackages.fileName))
        .limit(req.query.pageSize)
        .offset((req.query.page - 1) * req.query.pageSize);
      return {
        items: items.map((i) => ({ ...i, importedAt: i.importedAt.toISOString() })),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  app.get(
    '/api/declaration-packages/:id/file',
    { schema: { tags, summary: 'Скачать пакет в том виде, в каком он получен', params: idParams } },
    async (req, reply) => {
      const actor = requireActor(req);
      assertDeclarationsOfficer(actor);
      const [p] = await db.select().from(declarationPackages).where(eq(declarationPackages.id, req.params.id));
      if (!p || !actor.orgIds.includes(p.orgId)) throw notFound('Пакет');
      await db.transaction((tx) =>
        appendAudit(tx, auditContext(actor), {
          orgId: p.orgId,
          type: 'declaration.exported',
          entityType: 'declaration_package',
          entityId: p.id,
          data: { file: p.fileName },
        }),
      );
      const name = p.fileName.split(/[!/\\]/).pop() ?? 'package.xsb';
      return reply
        .header('content-type', 'application/octet-stream')
        .header('content-disposition', attachmentName(name))
        .send(gunzipSync(p.content));
    },
  );

  app.get(
    '/api/declaration-campaigns/:id/unmatched',
    { schema: { tags, summary: 'Справки, не сопоставленные с перечнем обязанных лиц', params: idParams } },
    async (req) => {
      const actor = requireActor(req);
      assertDeclarationsOfficer(actor);
      const c = await loadCampaign(db, actor, req.params.id);
      const items = await db
        .select({
          id: declarations.id,
          familyKey: declarations.familyKey,
          employeeId: declarations.employeeId,
          role: declarations.role,
          lastName: declarations.lastName,
          firstName: declarations.firstName,
          middleName: declarations.middleName,
          birthDate: declarations.birthDate,
          matchStatus: declarations.matchStatus,
          matchNotes: declarations.matchNotes,
          receivedOn: declarations.receivedOn,
        })
        .from(declarations)
        .where(and(eq(declarations.campaignId, c.id), isNull(declarations.obligationId)))
        .orderBy(asc(declarations.familyKey), asc(declarations.role))
        .limit(1000);
      return { items };
    },
  );

  app.get(
    '/api/declarations/:id',
    {
      schema: {
        tags,
        summary:
          'Справка: версии с различиями, сопоставление, форма для исправления (просмотр записывается в журнал аудита)',
        params: idParams,
      },
    },
    async (req) => {
      const d = await getDeclaration(db, requireActor(req), req.params.id);
      const current = d.versions[d.versions.length - 1];
      return {
        ...d,
        createdAt: d.createdAt.toISOString(),
        updatedAt: d.updatedAt.toISOString(),
        currentForm: current ? declarationToForm(current.data) : null,
      };
    },
  );

  app.put(
    '/api/declarations/:id',
    { schema: { tags, summary: 'Исправить справку (новая версия с различиями)', params: idParams, body: entryBody } },
    async (req) => correctDeclaration(db, requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/declarations/:id/assign',
    {
      schema: {
        tags,
        summary: 'Сопоставить справки семьи с сотрудником',
        params: idParams,
        body: z.object({ employeeId: z.string().uuid('Выберите сотрудника') }),
      },
    },
    async (req) => assignDeclaration(db, requireActor(req), req.params.id, req.body.employeeId),
  );

  app.post(
    '/api/declaration-obligations/:id/declaration',
    { schema: { tags, summary: 'Внести справку вручную (по разделам формы)', params: idParams, body: entryBody } },
    async (req) => enterDeclaration(db, requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/declaration-campaigns/:id/analysis',
    {
      schema: {
        tags,
        summary: 'Анализ сведений (методические рекомендации Минтруда): находки с доказательствами',
        params: idParams,
      },
    },
    async (req) => analyseCampaign(db, requireActor(req), req.params.id),
  );

  app.get(
    '/api/declaration-campaigns/:id/findings',
    {
      schema: {
        tags,
        summary: 'Результаты анализа с доказательствами и решениями',
        params: idParams,
        querystring: findingQuery.merge(pageQuery),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      assertDeclarationsOfficer(actor);
      return findFindings(db, await loadCampaign(db, actor, req.params.id), req.query);
    },
  );

  app.get(
    '/api/declaration-campaigns/:id/findings.xlsx',
    { schema: { tags, summary: 'Результаты анализа в Excel', params: idParams, querystring: findingQuery } },
    async (req, reply) => {
      const actor = requireActor(req);
      assertDeclarationsOfficer(actor);
      const c = await loadCampaign(db, actor, req.params.id);
      const page = await findFindings(db, c, { ...req.query, page: 1, pageSize: 100_000 });
      const sev = { high: 'высокая', medium: 'средняя', low: 'низкая' } as const;
      const buf = await buildXlsx({
        sheetName: `Анализ ${c.reportingYear}`,
        title: `Результаты анализа сведений о доходах за ${c.reportingYear} год`,
        columns: [
          { header: 'Декларант', width: 30, value: (r) => r.declarantName },
          { header: 'Подразделение', width: 28, value: (r) => r.subdivisionName },
          { header: 'Значимость', width: 12, value: (r) => sev[r.severity] },
          { header: 'Признак', width: 40, value: (r) => r.title },
          { header: 'Описание', width: 60, value: (r) => r.message },
          {
            header: 'Доказательства',
            width: 60,
            value: (r) => r.evidence.map((e) => `${e.label}: ${e.value} (${e.source})`).join('\n'),
          },
          { header: 'Основание', width: 40, value: (r) => r.basis },
          { header: 'Решение', width: 20, value: (r) => r.status },
          { header: 'Комментарий', width: 40, value: (r) => r.decisionNote },
        ],
        rows: page.items,
      });
      await db.transaction((tx) =>
        appendAudit(tx, auditContext(actor), {
          orgId: c.orgId,
          type: 'declaration.exported',
          entityType: 'declaration_campaign',
          entityId: c.id,
          data: { document: 'findings.xlsx', rows: page.items.length },
        }),
      );
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', attachmentName(`Анализ ${c.reportingYear}.xlsx`))
        .send(buf);
    },
  );

  app.post(
    '/api/declaration-findings/:id/decision',
    {
      schema: {
        tags,
        summary: 'Решение по находке (409 — недопустимый переход)',
        params: idParams,
        body: z.object({ status: z.enum(findingStatuses), note: z.string().trim().max(4000).nullish() }),
      },
    },
    async (req) => decideFinding(db, requireActor(req), req.params.id, req.body, { today: today() }),
  );

  app.get(
    '/api/declaration-campaigns/:id/risk',
    { schema: { tags, summary: 'Рейтинг риска декларантов и случайная выборка низкого риска', params: idParams } },
    async (req) => {
      const actor = requireActor(req);
      assertDeclarationsOfficer(actor);
      return riskRanking(db, await loadCampaign(db, actor, req.params.id));
    },
  );

  app.get(
    '/api/declaration-campaigns/:id/publication',
    { schema: { tags, summary: 'Таблица для размещения (Указ № 613) и состояние публикации', params: idParams } },
    async (req) => {
      const actor = requireActor(req);
      assertDeclarationsOfficer(actor);
      const c = await loadCampaign(db, actor, req.params.id);
      return { state: await publicationState(db, c), rows: await publicationRows(db, c) };
    },
  );

  for (const format of ['docx', 'xlsx', 'html'] as const) {
    app.get(
      `/api/declaration-campaigns/:id/publication.${format}`,
      { schema: { tags, summary: `Таблица для размещения (${format.toUpperCase()})`, params: idParams } },
      async (req, reply) => {
        const actor = requireActor(req);
        const c = await loadCampaign(db, actor, req.params.id);
        const buf = await publicationDocument(db, actor, c, format);
        const type = format === 'docx' ? docxType : format === 'xlsx' ? xlsxType : 'text/html; charset=utf-8';
        return reply
          .header('content-type', type)
          .header('content-disposition', attachmentName(`Сведения о доходах ${c.reportingYear}.${format}`))
          .send(buf);
      },
    );
  }

  app.post(
    '/api/declaration-campaigns/:id/publish',
    { schema: { tags, summary: 'Разместить на сайте (или зафиксировать, почему не размещено)', params: idParams } },
    async (req) => {
      const actor = requireActor(req);
      return publishCampaign(db, actor, await loadCampaign(db, actor, req.params.id));
    },
  );

  app.get(
    '/api/declaration-settings',
    { schema: { tags, summary: 'Настройки декларационной кампании организации' } },
    async (req) => {
      const actor = requireActor(req);
      assertDeclarationsOfficer(actor);
      return loadSettings(db, actor.orgId);
    },
  );

  app.put(
    '/api/declaration-settings',
    {
      schema: {
        tags,
        summary: 'Изменить настройки (публикация, доля выборки)',
        body: z.object({
          publicationEnabled: z.boolean(),
          publicationNote: z.string().trim().max(2000).nullish(),
          sampleSharePercent: z.number().int().min(1, 'Не меньше 1 %').max(100, 'Не больше 100 %'),
        }),
      },
    },
    async (req) => saveSettings(db, requireActor(req), req.body),
  );

  app.get(
    '/api/my-declarations',
    { schema: { tags, summary: 'Мои справки: за кого и до какого срока представить, что получено' } },
    async (req) => myDeclarations(db, requireActor(req), today()),
  );
};
