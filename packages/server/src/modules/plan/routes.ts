import { hasPermission, indicatorDefinitions, manualIndicatorKeys } from '@antikor/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { requireActor, requirePermission } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { attachmentName, docxType, xlsxType } from '../../platform/http/file-response.js';
import { readUpload } from '../../platform/http/read-upload.js';
import { descendantOrgIds } from '../org/org-tree.js';
import { buildAnnualReportDocx } from './annual-report.js';
import { computeIndicators, loadManualFigures } from './compute-indicators.js';
import {
  addReportAttachment,
  loadReport,
  readReportAttachment,
  reviewReport,
  saveReport,
  submitReport,
} from './execution-reports.js';
import { executionStatus } from './execution-status.js';
import { createPlan, deleteMeasure, deleteSection, saveMeasure, saveSection, updatePlan } from './manage-plan.js';
import { manualFiguresInput, saveManualFigures } from './manual-figures.js';
import { loadPlan, visiblePlans } from './plan-access.js';
import { planControlDates } from './plan-control-dates.js';
import { planDetail } from './plan-detail.js';
import { exportPlanXlsx, importPlanXlsx } from './plan-excel.js';
import { measureInput, periodQuery, planInput, sectionInput } from './plan-input.js';
import { buildMonitoringXlsx } from './quarterly-extract.js';

const idParams = z.object({ id: z.string().uuid('Неверный идентификатор') });
const planItemParams = z.object({ id: z.string().uuid(), itemId: z.string().uuid('Неверный идентификатор') });
const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

export const planRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db, config }) => {
  const tags = ['plan'];

  app.get(
    '/api/plans',
    { schema: { tags, summary: 'Планы противодействия коррупции, доступные пользователю' } },
    async (req) => {
      const actor = requireActor(req);
      const items = await visiblePlans(db, actor);
      return { items, canManage: hasPermission(actor.roles, 'plan.manage') };
    },
  );

  app.post('/api/plans', { schema: { tags, summary: 'Создать план', body: planInput } }, async (req, reply) => {
    const actor = requirePermission(req, 'plan.manage');
    const plan = await createPlan(db, actor, actor.orgId, req.body);
    return reply.code(201).send(plan);
  });

  app.get(
    '/api/plans/:id',
    { schema: { tags, summary: 'План: разделы, мероприятия, сроки, ответственные', params: idParams } },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id);
      return {
        ...(await planDetail(db, plan)),
        canManage: actor.orgIds.includes(plan.orgId) && hasPermission(actor.roles, 'plan.manage'),
      };
    },
  );

  app.put(
    '/api/plans/:id',
    { schema: { tags, summary: 'Изменить реквизиты плана', params: idParams, body: planInput } },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id, { manage: true });
      await updatePlan(db, actor, plan, req.body);
      return { ok: true };
    },
  );

  app.post(
    '/api/plans/:id/sections',
    { schema: { tags, summary: 'Добавить раздел', params: idParams, body: sectionInput } },
    async (req, reply) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id, { manage: true });
      return reply.code(201).send(await saveSection(db, actor, plan, req.body));
    },
  );

  app.put(
    '/api/plans/:id/sections/:itemId',
    { schema: { tags, summary: 'Изменить раздел', params: planItemParams, body: sectionInput } },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id, { manage: true });
      return saveSection(db, actor, plan, req.body, req.params.itemId);
    },
  );

  app.delete(
    '/api/plans/:id/sections/:itemId',
    { schema: { tags, summary: 'Удалить пустой раздел', params: planItemParams } },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id, { manage: true });
      await deleteSection(db, actor, plan, req.params.itemId);
      return { ok: true };
    },
  );

  app.post(
    '/api/plans/:id/measures',
    { schema: { tags, summary: 'Добавить мероприятие', params: idParams, body: measureInput } },
    async (req, reply) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id, { manage: true });
      return reply.code(201).send(await saveMeasure(db, actor, plan, req.body));
    },
  );

  app.put(
    '/api/plans/:id/measures/:itemId',
    { schema: { tags, summary: 'Изменить мероприятие', params: planItemParams, body: measureInput } },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id, { manage: true });
      return saveMeasure(db, actor, plan, req.body, req.params.itemId);
    },
  );

  app.delete(
    '/api/plans/:id/measures/:itemId',
    { schema: { tags, summary: 'Удалить мероприятие', params: planItemParams } },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id, { manage: true });
      await deleteMeasure(db, actor, plan, req.params.itemId);
      return { ok: true };
    },
  );

  app.get(
    '/api/plans/:id/export.xlsx',
    { schema: { tags, summary: 'План в Excel (образец для импорта)', params: idParams } },
    async (req, reply) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id);
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', attachmentName(`План ${plan.periodFrom}-${plan.periodTo}.xlsx`))
        .send(await exportPlanXlsx(db, plan));
    },
  );

  app.post(
    '/api/plans/:id/import',
    {
      schema: {
        tags,
        summary: 'Загрузить мероприятия плана из Excel (повторная загрузка ничего не дублирует)',
        params: idParams,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id, { manage: true });
      return importPlanXlsx(db, actor, plan, await readUpload(req));
    },
  );

  app.get(
    '/api/plans/:id/control-dates',
    {
      schema: {
        tags,
        summary: 'Контрольные даты мероприятий в году по подразделениям',
        params: idParams,
        querystring: z.object({
          year: z.coerce.number().int().min(2000).max(2100),
          unitId: z.string().uuid().optional(),
        }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id);
      return planControlDates(db, actor, plan, req.query.year, todayIn(config.TIME_ZONE), { unitId: req.query.unitId });
    },
  );

  app.get(
    '/api/plans/:id/execution',
    {
      schema: {
        tags,
        summary: 'Исполнение мероприятий за период: статус по каждому подразделению',
        params: idParams,
        querystring: periodQuery.extend({ unitId: z.string().uuid().optional() }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id);
      return executionStatus(db, actor, plan, req.query.year, req.query.quarter, { unitId: req.query.unitId });
    },
  );

  app.get(
    '/api/plans/:id/monitoring.xlsx',
    { schema: { tags, summary: 'Выгрузка мониторинга за период (Excel)', params: idParams, querystring: periodQuery } },
    async (req, reply) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id);
      const label = req.query.quarter ? `${req.query.quarter} кв ${req.query.year}` : `${req.query.year}`;
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', attachmentName(`Мониторинг исполнения плана ${label}.xlsx`))
        .send(await buildMonitoringXlsx(db, actor, plan, req.query.year, req.query.quarter));
    },
  );

  app.post(
    '/api/plans/:id/annual-report',
    {
      schema: {
        tags,
        summary: 'Сформировать годовой отчёт о выполнении плана (DOCX)',
        params: idParams,
        body: z.object({ year: z.number().int().min(2000).max(2100) }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const plan = await loadPlan(db, actor, req.params.id);
      if (
        !actor.orgIds.includes(plan.orgId) ||
        (!hasPermission(actor.roles, 'plan.manage') && !actor.roles.includes('head'))
      ) {
        throw new AppError('FORBIDDEN', 'Годовой отчёт формирует специалист по профилактике коррупции');
      }
      const { buffer, fileName, missing } = await buildAnnualReportDocx(db, actor, plan, req.body.year);
      return reply
        .header('content-type', docxType)
        .header('content-disposition', attachmentName(fileName))
        .header('x-measures-without-text', String(missing))
        .send(buffer);
    },
  );

  app.put(
    '/api/plans/:id/reports',
    {
      schema: {
        tags,
        summary: 'Сохранить отчёт подразделения по мероприятию (черновик)',
        params: idParams,
        body: z.object({
          measureId: z.string().uuid(),
          unitId: z.string().uuid(),
          year: z.number().int(),
          quarter: z.number().int().min(0).max(4).default(0),
          text: z.string().max(20000),
          version: z.number().int().optional(),
        }),
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'plan.report');
      const plan = await loadPlan(db, actor, req.params.id);
      return saveReport(db, actor, plan, req.body);
    },
  );

  app.get(
    '/api/execution-reports/:id',
    { schema: { tags, summary: 'Отчёт подразделения', params: idParams } },
    async (req) => {
      const { report } = await loadReport(db, requireActor(req), req.params.id);
      return report;
    },
  );

  app.post(
    '/api/execution-reports/:id/submit',
    { schema: { tags, summary: 'Представить отчёт на проверку', params: idParams } },
    async (req) => submitReport(db, requirePermission(req, 'plan.report'), req.params.id),
  );

  app.post(
    '/api/execution-reports/:id/review',
    {
      schema: {
        tags,
        summary: 'Принять отчёт или вернуть с замечанием',
        params: idParams,
        body: z.object({ decision: z.enum(['accept', 'return']), comment: z.string().max(5000).nullish() }),
      },
    },
    async (req) => reviewReport(db, requirePermission(req, 'plan.review'), req.params.id, req.body),
  );

  app.post(
    '/api/execution-reports/:id/attachments',
    { schema: { tags, summary: 'Приложить файл к отчёту', params: idParams } },
    async (req, reply) => {
      const actor = requirePermission(req, 'plan.report');
      return reply.code(201).send(await addReportAttachment(db, actor, req.params.id, await readUpload(req)));
    },
  );

  app.get(
    '/api/execution-report-attachments/:id',
    { schema: { tags, summary: 'Скачать файл отчёта', params: idParams } },
    async (req, reply) => {
      const att = await readReportAttachment(db, requireActor(req), req.params.id);
      return reply
        .header('content-type', att.mimeType)
        .header('content-disposition', attachmentName(att.fileName))
        .send(att.content);
    },
  );

  app.get(
    '/api/indicators/:year',
    {
      schema: {
        tags,
        summary: 'Показатели года: вычисленные по данным системы и введённые вручную',
        params: yearParams,
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'plan.read');
      return {
        year: req.params.year,
        items: await computeIndicators(db, actor.orgId, await descendantOrgIds(db, actor.orgId), req.params.year),
        canEdit: hasPermission(actor.roles, 'plan.manage'),
      };
    },
  );

  app.get(
    '/api/manual-figures/:year',
    { schema: { tags, summary: 'Показатели, вводимые вручную, за год', params: yearParams } },
    async (req) => {
      const actor = requirePermission(req, 'plan.read');
      const rows = await loadManualFigures(db, actor.orgId, req.params.year);
      return {
        items: manualIndicatorKeys.map((key) => ({
          key,
          title: indicatorDefinitions.find((d) => d.key === key)?.title ?? key,
          value: rows.find((r) => r.key === key)?.value ?? null,
          note: rows.find((r) => r.key === key)?.note ?? '',
        })),
      };
    },
  );

  app.put(
    '/api/manual-figures/:year',
    { schema: { tags, summary: 'Ввести показатели года вручную', params: yearParams, body: manualFiguresInput } },
    async (req) => {
      const actor = requirePermission(req, 'plan.manage');
      await saveManualFigures(db, actor, actor.orgId, req.params.year, req.body);
      return { ok: true };
    },
  );
};
