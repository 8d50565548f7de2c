import { deadlineRuleSchema, extraFieldSchema, journalDefinitions, pageOf, pageQuery } from '@antikor/core';
import { and, eq, notInArray } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { auditContext, requireActor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { attachmentName, docxType, xlsxType } from '../../platform/http/file-response.js';
import { readUpload } from '../../platform/http/read-upload.js';
import { addAttachment, readAttachment } from './attachments.js';
import { transitionEntry, updateEntry } from './change-entry.js';
import { addComment } from './comments.js';
import { loadDeadlineOverrides, refreshEntryDeadlines } from './entry-deadlines.js';
import { journalEntry } from './entry-dto.js';
import { deadlineItem, deadlineQuery, findDeadlines } from './find-deadlines.js';
import { entryListQuery, findEntries } from './find-entries.js';
import { getEntry, loadEntry } from './get-entry.js';
import { assertJournalVisible, getDefinition, journalsVisibleTo, orgDefinition, readsAll } from './journal-access.js';
import { exportJournalXlsx, printEntryDocx, printJournalDocx } from './journal-documents.js';
import { registerEntry } from './register-entry.js';
import { journalEntries, journalSettings } from './tables.js';

const codeParams = z.object({ code: z.string().max(50) });
const idParams = z.object({ id: z.string().uuid('Неверный идентификатор') });

const registerBody = z.object({
  employeeId: z.string().uuid().nullish(),
  party: z.string().trim().max(500).nullish(),
  data: z.record(z.string(), z.unknown()),
  registeredOn: z.string().nullish(),
  responsibleUserId: z.string().uuid().nullish(),
});

export const journalRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db, config }) => {
  const tags = ['journals'];
  const tz = { timeZone: config.TIME_ZONE };

  app.get(
    '/api/journals',
    { schema: { tags, summary: 'Журналы, доступные пользователю (с определениями полей, статусов и сроков)' } },
    async (req) => {
      const actor = requireActor(req);
      const visible = await Promise.all(
        journalsVisibleTo(actor, journalDefinitions).map((d) => orgDefinition(db, actor.orgId, d.code)),
      );
      return {
        items: visible.map((d) => ({
          ...d,
          canRegister: actor.roles.some((r) => d.registerRoles.includes(r)),
          canFileOwn: d.selfService && actor.employeeId !== null,
          readsAll: readsAll(actor, d),
        })),
      };
    },
  );

  app.get(
    '/api/journals/:code/entries',
    {
      schema: {
        tags,
        summary: 'Записи журнала: поиск, фильтры, сортировка, страницы',
        params: codeParams,
        querystring: entryListQuery.merge(pageQuery),
        response: { 200: pageOf(journalEntry) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const def = await orgDefinition(db, actor.orgId, req.params.code);
      assertJournalVisible(actor, def);
      return findEntries(db, actor, def, req.query);
    },
  );

  app.post(
    '/api/journals/:code/entries',
    {
      schema: {
        tags,
        summary: 'Зарегистрировать запись (или подать своё уведомление)',
        params: codeParams,
        body: registerBody,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const def = await orgDefinition(db, actor.orgId, req.params.code);
      const entry = await registerEntry(db, actor, def, req.body, tz);
      return getEntry(db, actor, entry.id, { audit: false });
    },
  );

  app.get(
    '/api/journals/:code/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Выгрузка отфильтрованного журнала в Excel',
        params: codeParams,
        querystring: entryListQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const def = await orgDefinition(db, actor.orgId, req.params.code);
      assertJournalVisible(actor, def);
      const buf = await exportJournalXlsx(db, actor, def, req.query);
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', attachmentName(`${def.shortTitle}.xlsx`))
        .send(buf);
    },
  );

  app.get(
    '/api/journals/:code/print.docx',
    {
      schema: { tags, summary: 'Журнал за период для печати (Word)', params: codeParams, querystring: entryListQuery },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const def = await orgDefinition(db, actor.orgId, req.params.code);
      assertJournalVisible(actor, def);
      const buf = await printJournalDocx(db, actor, def, req.query);
      return reply
        .header('content-type', docxType)
        .header('content-disposition', attachmentName(`${def.shortTitle}.docx`))
        .send(buf);
    },
  );

  app.get(
    '/api/journals/:code/settings',
    { schema: { tags, summary: 'Сроки журнала по муниципальному акту (переопределения)', params: codeParams } },
    async (req) => {
      const actor = requireActor(req);
      const def = await orgDefinition(db, actor.orgId, req.params.code);
      assertJournalVisible(actor, def);
      return {
        deadlineOverrides: await loadDeadlineOverrides(db, actor.orgId, def.code),
        extraFields: def.fields.filter((f) => !getDefinition(def.code).fields.some((b) => b.key === f.key)),
      };
    },
  );

  app.put(
    '/api/journals/:code/settings',
    {
      schema: {
        tags,
        summary: 'Задать сроки по муниципальному акту',
        params: codeParams,
        body: z.object({
          deadlineOverrides: z.record(z.string(), deadlineRuleSchema),
          extraFields: z.array(extraFieldSchema).max(30).optional(),
        }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!actor.roles.some((r) => r === 'anticorruption_officer' || r === 'admin'))
        throw new AppError('FORBIDDEN', 'Сроки журналов настраивает специалист по профилактике коррупции');
      const def = await orgDefinition(db, actor.orgId, req.params.code);
      const known = new Set(def.deadlines.map((d) => d.rule));
      const unknown = Object.keys(req.body.deadlineOverrides).filter((k) => !known.has(k as never));
      if (unknown.length)
        throw new AppError(
          'VALIDATION',
          `В журнале нет сроков: ${unknown.join(', ')}`,
          unknown.map((k) => ({ field: k, message: 'Неизвестный срок' })),
        );
      const base = getDefinition(def.code);
      const extraFields = req.body.extraFields ?? [];
      const clash = extraFields.filter(
        (f, i) => base.fields.some((b) => b.key === f.key) || extraFields.findIndex((x) => x.key === f.key) !== i,
      );
      if (clash.length)
        throw new AppError(
          'VALIDATION',
          `Поле с ключом «${clash[0].key}» уже есть в журнале`,
          clash.map((f) => ({ field: f.key, message: 'Ключ уже занят' })),
        );
      const badSelect = extraFields.filter((f) => f.type === 'select' && (f.options?.length ?? 0) < 2);
      if (badSelect.length)
        throw new AppError(
          'VALIDATION',
          `Поле «${badSelect[0].label}»: для списка нужны хотя бы два значения`,
          badSelect.map((f) => ({ field: f.key, message: 'Нужны варианты' })),
        );
      await db.transaction(async (tx) => {
        await tx
          .insert(journalSettings)
          .values({
            orgId: actor.orgId,
            journalCode: def.code,
            deadlineOverrides: req.body.deadlineOverrides,
            extraFields,
          })
          .onConflictDoUpdate({
            target: [journalSettings.orgId, journalSettings.journalCode],
            set: { deadlineOverrides: req.body.deadlineOverrides, extraFields, updatedAt: new Date() },
          });
        // Open entries follow the new terms at once; met deadlines keep the moment they were met.
        const finals = def.statuses.filter((st) => st.isFinal).map((st) => st.code);
        const open = await tx
          .select()
          .from(journalEntries)
          .where(
            and(
              eq(journalEntries.orgId, actor.orgId),
              eq(journalEntries.journalCode, def.code),
              finals.length ? notInArray(journalEntries.status, finals) : undefined,
            ),
          );
        const now = new Date();
        for (const entry of open) await refreshEntryDeadlines(tx, def, entry, now);
        await appendAudit(tx, auditContext(actor), {
          orgId: actor.orgId,
          type: 'journal.updated',
          entityType: 'journal',
          entityId: def.code,
          data: {
            deadlineOverrides: req.body.deadlineOverrides,
            extraFields: extraFields.map((f) => f.key),
            recomputed: open.length,
          },
        });
      });
      return { deadlineOverrides: await loadDeadlineOverrides(db, actor.orgId, def.code), extraFields };
    },
  );

  app.get('/api/journal-entries/:id', { schema: { tags, summary: 'Запись журнала', params: idParams } }, async (req) =>
    getEntry(db, requireActor(req), req.params.id),
  );

  app.patch(
    '/api/journal-entries/:id',
    {
      schema: {
        tags,
        summary: 'Исправить запись',
        params: idParams,
        body: z.object({
          data: z.record(z.string(), z.unknown()).optional(),
          responsibleUserId: z.string().uuid().nullish(),
        }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await updateEntry(db, actor, req.params.id, req.body);
      return getEntry(db, actor, req.params.id, { audit: false });
    },
  );

  app.post(
    '/api/journal-entries/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Шаг рабочего процесса (409 — недопустимый переход)',
        params: idParams,
        body: z.object({
          action: z.string().min(1).max(50),
          data: z.record(z.string(), z.unknown()).optional(),
          comment: z.string().max(2000).optional(),
        }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await transitionEntry(db, actor, req.params.id, req.body);
      return getEntry(db, actor, req.params.id, { audit: false });
    },
  );

  app.get(
    '/api/journal-entries/:id/print.docx',
    { schema: { tags, summary: 'Печатная форма записи (Word)', params: idParams } },
    async (req, reply) => {
      const actor = requireActor(req);
      const { def, entry } = await loadEntry(db, actor, req.params.id);
      const buf = await printEntryDocx(db, actor, req.params.id, def);
      return reply
        .header('content-type', docxType)
        .header('content-disposition', attachmentName(`${def.shortTitle} ${entry.regNumber.replace('/', '-')}.docx`))
        .send(buf);
    },
  );

  app.get(
    '/api/journal-entries/:id/history',
    { schema: { tags, summary: 'История изменений записи (из журнала аудита)', params: idParams } },
    async (req) => {
      const actor = requireActor(req);
      const { entry } = await loadEntry(db, actor, req.params.id);
      const { findAudit } = await import('../../platform/audit/find-audit.js');
      return findAudit(db, { ...actor, orgIds: [entry.orgId] }, { entityId: entry.id, page: 1, pageSize: 200 });
    },
  );

  app.post(
    '/api/journal-entries/:id/attachments',
    { schema: { tags, summary: 'Приложить файл', params: idParams } },
    async (req) => addAttachment(db, requireActor(req), req.params.id, await readUpload(req)),
  );

  app.get(
    '/api/journal-attachments/:id',
    { schema: { tags, summary: 'Скачать вложение', params: idParams } },
    async (req, reply) => {
      const att = await readAttachment(db, requireActor(req), req.params.id);
      return reply
        .header('content-type', att.mimeType)
        .header('content-disposition', attachmentName(att.fileName))
        .send(att.content);
    },
  );

  app.post(
    '/api/journal-entries/:id/comments',
    {
      schema: {
        tags,
        summary: 'Комментарий к записи',
        params: idParams,
        body: z.object({ text: z.string().trim().min(1, 'Введите текст комментария').max(5000) }),
      },
    },
    async (req) => addComment(db, requireActor(req), req.params.id, req.body.text),
  );

  app.get(
    '/api/deadlines',
    {
      schema: {
        tags,
        summary: 'Сроки: просроченные, ближайшие, открытые, исполненные с нарушением',
        querystring: deadlineQuery.merge(pageQuery),
        response: { 200: pageOf(deadlineItem) },
      },
    },
    async (req) => findDeadlines(db, requireActor(req), req.query, tz),
  );
};
