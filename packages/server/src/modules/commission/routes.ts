import {
  agendaItemInput,
  attendanceInput,
  caseActionInput,
  caseInput,
  caseUpdateInput,
  commissionDeadlineCodes,
  commissionSettingsInput,
  compositionInput,
  deadlineRuleSchema,
  fromEntryInput,
  meetingInput,
  meetingUpdateInput,
  pageQuery,
} from '@antikor/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { auditContext, requireActor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { attachmentName, docxType, xlsxType } from '../../platform/http/file-response.js';
import { dateInZone } from '../journals/entry-text.js';
import { caseAction, updateCase } from './change-case.js';
import { assertCommissionKeeper, assertCommissionReader, loadSettings } from './commission-access.js';
import {
  casesXlsx,
  extractDocx,
  meetingSummary,
  protocolDocx,
  summaryDocx,
  summaryOf,
} from './commission-documents.js';
import { findCompositions, saveComposition } from './compositions.js';
import { commissionFigures, commissionFiguresByGround } from './figures.js';
import { caseListQuery, findCases } from './find-cases.js';
import { getCase } from './get-case.js';
import {
  cancelMeeting,
  findMeetings,
  getMeeting,
  meetingListQuery,
  scheduleMeeting,
  updateMeeting,
} from './meetings.js';
import { openCase, openCaseFromEntry } from './open-case.js';
import { holdMeeting, recordAttendance, recordItem } from './record-meeting.js';
import { commissionSettings } from './tables.js';

const idParams = z.object({ id: z.string().uuid('Неверный идентификатор') });
const period = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата «с» в формате ГГГГ-ММ-ДД'),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата «по» в формате ГГГГ-ММ-ДД'),
});

/** The commission on conduct and conflict of interest (Указ № 821): composition, cases, meetings, documents. */
export const commissionRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db, config }) => {
  const tags = ['commission'];
  const today = () => dateInZone(new Date(), config.TIME_ZONE);

  app.get(
    '/api/commission/settings',
    { schema: { tags, summary: 'Кворум и сроки комиссии по муниципальному положению' } },
    async (req) => {
      const actor = requireActor(req);
      assertCommissionReader(actor);
      return loadSettings(db, actor.orgId);
    },
  );

  app.put(
    '/api/commission/settings',
    {
      schema: {
        tags,
        summary: 'Задать кворум, запрет анонимных оснований и сроки по муниципальному положению',
        body: z.object({
          settings: commissionSettingsInput,
          deadlineOverrides: z.record(z.string(), deadlineRuleSchema).default({}),
        }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      assertCommissionKeeper(actor);
      const known = new Set<string>(commissionDeadlineCodes);
      const unknown = Object.keys(req.body.deadlineOverrides).filter((k) => !known.has(k));
      if (unknown.length)
        throw new AppError(
          'VALIDATION',
          `У комиссии нет сроков: ${unknown.join(', ')}`,
          unknown.map((k) => ({ field: k, message: 'Неизвестный срок' })),
        );
      const s = req.body.settings;
      const values = {
        quorumNumerator: s.quorumNumerator,
        quorumDenominator: s.quorumDenominator,
        blockAnonymous: s.blockAnonymous,
        deadlineOverrides: req.body.deadlineOverrides,
        updatedAt: new Date(),
      };
      await db.transaction(async (tx) => {
        await tx
          .insert(commissionSettings)
          .values({ orgId: actor.orgId, ...values })
          .onConflictDoUpdate({ target: commissionSettings.orgId, set: values });
        await appendAudit(tx, auditContext(actor), {
          orgId: actor.orgId,
          type: 'commission.settings_updated',
          entityType: 'commission_settings',
          entityId: actor.orgId,
          data: { ...s, deadlineOverrides: Object.keys(req.body.deadlineOverrides) },
        });
      });
      return loadSettings(db, actor.orgId);
    },
  );

  app.get('/api/commission/compositions', { schema: { tags, summary: 'Составы комиссии по периодам' } }, async (req) =>
    findCompositions(db, requireActor(req)),
  );
  app.post(
    '/api/commission/compositions',
    { schema: { tags, summary: 'Утвердить состав комиссии на период', body: compositionInput } },
    async (req) => saveComposition(db, requireActor(req), req.body),
  );
  app.put(
    '/api/commission/compositions/:id',
    {
      schema: {
        tags,
        summary: 'Исправить состав (пока по нему не проведено заседаний)',
        params: idParams,
        body: compositionInput,
      },
    },
    async (req) => saveComposition(db, requireActor(req), req.body, req.params.id),
  );

  app.get(
    '/api/commission/cases',
    {
      schema: {
        tags,
        summary: 'Вопросы комиссии: поиск, фильтры, страницы',
        querystring: caseListQuery.merge(pageQuery),
      },
    },
    async (req) => findCases(db, requireActor(req), req.query, { today: today() }),
  );
  app.get(
    '/api/commission/cases/export.xlsx',
    { schema: { tags, summary: 'Выгрузка вопросов в Excel', querystring: caseListQuery } },
    async (req, reply) => {
      const buf = await casesXlsx(db, requireActor(req), req.query);
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', attachmentName('Вопросы комиссии.xlsx'))
        .send(buf);
    },
  );
  app.post(
    '/api/commission/cases',
    {
      schema: {
        tags,
        summary: 'Открыть вопрос (вручную, по материалам проверки, результату анализа справок, выявленной связи)',
        body: caseInput,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await openCase(db, actor, req.body, { today: today() });
      return getCase(db, actor, row.id, { today: today(), audit: false });
    },
  );
  app.post(
    '/api/commission/cases/from-entry',
    {
      schema: {
        tags,
        summary: 'Открыть вопрос по записи журнала (уведомление о конфликте интересов, сообщение работодателя)',
        body: fromEntryInput,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await openCaseFromEntry(db, actor, req.body.journalEntryId);
      return getCase(db, actor, row.id, { today: today(), audit: false });
    },
  );
  app.get(
    '/api/commission/cases/:id',
    { schema: { tags, summary: 'Вопрос комиссии со сроками и заседаниями', params: idParams } },
    async (req) => getCase(db, requireActor(req), req.params.id, { today: today() }),
  );
  app.patch(
    '/api/commission/cases/:id',
    { schema: { tags, summary: 'Материалы и мотивированное заключение', params: idParams, body: caseUpdateInput } },
    async (req) => {
      const actor = requireActor(req);
      await updateCase(db, actor, req.params.id, req.body, { today: today() });
      return getCase(db, actor, req.params.id, { today: today(), audit: false });
    },
  );
  app.post(
    '/api/commission/cases/:id/actions',
    { schema: { tags, summary: 'Шаг по вопросу (409 — недопустимый шаг)', params: idParams, body: caseActionInput } },
    async (req) => {
      const actor = requireActor(req);
      await caseAction(db, actor, req.params.id, req.body, { today: today() });
      return getCase(db, actor, req.params.id, { today: today(), audit: false });
    },
  );
  app.get(
    '/api/commission/cases/:id/extract.docx',
    {
      schema: {
        tags,
        summary: 'Выписка из протокола для служащего или представителя нанимателя',
        params: idParams,
        querystring: z.object({ for: z.enum(['employee', 'head']).default('employee') }),
      },
    },
    async (req, reply) => {
      const doc = await extractDocx(db, requireActor(req), req.params.id, req.query.for);
      return reply
        .header('content-type', docxType)
        .header('content-disposition', attachmentName(doc.fileName))
        .send(doc.buffer);
    },
  );

  app.get(
    '/api/commission/meetings',
    { schema: { tags, summary: 'Заседания комиссии', querystring: meetingListQuery.merge(pageQuery) } },
    async (req) => findMeetings(db, requireActor(req), req.query),
  );
  app.post(
    '/api/commission/meetings',
    { schema: { tags, summary: 'Назначить заседание и сформировать повестку', body: meetingInput } },
    async (req) => {
      const actor = requireActor(req);
      const m = await scheduleMeeting(db, actor, req.body, { today: today() });
      return getMeeting(db, actor, m.id, { today: today() });
    },
  );
  app.get(
    '/api/commission/meetings/:id',
    { schema: { tags, summary: 'Заседание: состав, присутствие, повестка, голосование', params: idParams } },
    async (req) => {
      const actor = requireActor(req);
      const m = await getMeeting(db, actor, req.params.id, { today: today() });
      await db.transaction((tx) =>
        appendAudit(tx, auditContext(actor), {
          orgId: m.orgId,
          type: 'commission.case_read',
          entityType: 'commission_meeting',
          entityId: m.id,
          data: { number: m.number },
        }),
      );
      return m;
    },
  );
  app.patch(
    '/api/commission/meetings/:id',
    {
      schema: {
        tags,
        summary: 'Изменить дату, место, повестку, отметить уведомление',
        params: idParams,
        body: meetingUpdateInput,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await updateMeeting(db, actor, req.params.id, req.body, { today: today() });
      return getMeeting(db, actor, req.params.id, { today: today() });
    },
  );
  app.put(
    '/api/commission/meetings/:id/attendance',
    { schema: { tags, summary: 'Присутствующие члены комиссии', params: idParams, body: attendanceInput } },
    async (req) => {
      const actor = requireActor(req);
      await recordAttendance(db, actor, req.params.id, req.body);
      return getMeeting(db, actor, req.params.id, { today: today() });
    },
  );
  app.post(
    '/api/commission/meetings/:id/hold',
    { schema: { tags, summary: 'Провести заседание: проверка кворума и решений', params: idParams } },
    async (req) => {
      const actor = requireActor(req);
      await holdMeeting(db, actor, req.params.id, { today: today() });
      return getMeeting(db, actor, req.params.id, { today: today() });
    },
  );
  app.post(
    '/api/commission/meetings/:id/cancel',
    { schema: { tags, summary: 'Отменить заседание (вопросы возвращаются в ожидание)', params: idParams } },
    async (req) => {
      const actor = requireActor(req);
      await cancelMeeting(db, actor, req.params.id);
      return getMeeting(db, actor, req.params.id, { today: today() });
    },
  );
  app.get(
    '/api/commission/meetings/:id/protocol.docx',
    { schema: { tags, summary: 'Протокол заседания (Указ № 821, п. 31)', params: idParams } },
    async (req, reply) => {
      const doc = await protocolDocx(db, requireActor(req), req.params.id);
      return reply
        .header('content-type', docxType)
        .header('content-disposition', attachmentName(doc.fileName))
        .send(doc.buffer);
    },
  );
  app.get(
    '/api/commission/meetings/:id/summary',
    { schema: { tags, summary: 'Обезличенные сведения о заседании для сайта', params: idParams } },
    async (req) => meetingSummary(db, requireActor(req), req.params.id),
  );
  app.put(
    '/api/commission/agenda-items/:id',
    {
      schema: {
        tags,
        summary: 'Итоги рассмотрения вопроса: заинтересованность, голоса, решение',
        params: idParams,
        body: agendaItemInput,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await recordItem(db, actor, req.params.id, req.body);
      return { ok: true };
    },
  );

  app.get(
    '/api/commission/summary',
    {
      schema: { tags, summary: 'Обезличенная информация о работе комиссии за период (для сайта)', querystring: period },
    },
    async (req) => {
      const actor = requireActor(req);
      assertCommissionReader(actor);
      return summaryOf(db, actor, req.query.from, req.query.to);
    },
  );
  app.get(
    '/api/commission/summary.docx',
    { schema: { tags, summary: 'Обезличенная информация о работе комиссии (Word)', querystring: period } },
    async (req, reply) => {
      const actor = requireActor(req);
      assertCommissionReader(actor);
      const buf = await summaryDocx(db, actor, req.query.from, req.query.to);
      return reply
        .header('content-type', docxType)
        .header('content-disposition', attachmentName('Информация о работе комиссии.docx'))
        .send(buf);
    },
  );
  app.get(
    '/api/commission/figures',
    {
      schema: {
        tags,
        summary: 'Показатели для отчёта: заседания, служащие, по основаниям и решениям',
        querystring: period,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      assertCommissionReader(actor);
      const { from, to } = req.query;
      return {
        ...(await commissionFigures(db, actor.orgIds, from, to)),
        byGround: await commissionFiguresByGround(db, actor.orgIds, from, to),
      };
    },
  );
};
