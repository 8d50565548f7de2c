import {
  employee,
  employeeDetail,
  employeeInput,
  employeeListQuery,
  employeePatch,
  organisation,
  organisationInput,
  pageOf,
  pageQuery,
  position,
  positionInput,
  relative,
  relativeInput,
  relativePatch,
  subdivision,
  subdivisionInput,
} from '@antikor/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { auditContext, requirePermission } from '../../platform/auth/actor.js';
import { attachmentName, xlsxType } from '../../platform/http/file-response.js';
import { exportEmployees } from './employees/export-employees.js';
import { findEmployees } from './employees/find-employees.js';
import { getEmployee } from './employees/get-employee.js';
import { addRelative, deleteRelative, updateRelative } from './employees/relatives.js';
import { createEmployee, updateEmployee } from './employees/save-employee.js';
import { createOrganisation, findOrganisations, getOrganisation, updateOrganisation } from './organisations.js';
import { createPosition, findPositions, updatePosition } from './positions.js';
import { createSubdivision, findSubdivisions, updateSubdivision } from './subdivisions.js';

const idParams = z.object({ id: z.string().uuid('Неверный идентификатор') });
const items = <T extends z.ZodType>(t: T) => z.object({ items: z.array(t) });

export const orgRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db }) => {
  const tags = ['organisation'];

  app.get(
    '/api/orgs',
    { schema: { tags, summary: 'Организации (своя и подведомственные)', response: { 200: items(organisation) } } },
    async (req) => ({
      items: await findOrganisations(db, requirePermission(req, 'org.read')),
    }),
  );
  app.get('/api/orgs/:id', { schema: { tags, params: idParams, response: { 200: organisation } } }, async (req) =>
    getOrganisation(db, requirePermission(req, 'org.read'), req.params.id),
  );
  app.post(
    '/api/orgs',
    {
      schema: {
        tags,
        summary: 'Создать подведомственную организацию',
        body: organisationInput,
        response: { 200: organisation },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'org.manage');
      return createOrganisation(db, actor, auditContext(actor), req.body);
    },
  );
  app.patch(
    '/api/orgs/:id',
    { schema: { tags, params: idParams, body: organisationInput.partial(), response: { 200: organisation } } },
    async (req) => {
      const actor = requirePermission(req, 'org.manage');
      return updateOrganisation(db, actor, auditContext(actor), req.params.id, req.body);
    },
  );

  app.get(
    '/api/subdivisions',
    {
      schema: {
        tags,
        summary: 'Структурные подразделения',
        querystring: z.object({ orgId: z.string().uuid().optional() }),
        response: { 200: items(subdivision) },
      },
    },
    async (req) => ({
      items: await findSubdivisions(db, requirePermission(req, 'org.read'), req.query.orgId),
    }),
  );
  app.post(
    '/api/subdivisions',
    { schema: { tags, body: subdivisionInput, response: { 200: subdivision } } },
    async (req) => {
      const actor = requirePermission(req, 'org.manage');
      return createSubdivision(db, actor, auditContext(actor), req.body);
    },
  );
  app.patch(
    '/api/subdivisions/:id',
    { schema: { tags, params: idParams, body: subdivisionInput.partial(), response: { 200: subdivision } } },
    async (req) => {
      const actor = requirePermission(req, 'org.manage');
      return updateSubdivision(db, actor, auditContext(actor), req.params.id, req.body);
    },
  );

  const positionQuery = z.object({ orgId: z.string().uuid().optional(), subdivisionId: z.string().uuid().optional() });
  app.get(
    '/api/positions',
    { schema: { tags, summary: 'Должности', querystring: positionQuery, response: { 200: items(position) } } },
    async (req) => ({
      items: await findPositions(db, requirePermission(req, 'org.read'), req.query),
    }),
  );
  app.post('/api/positions', { schema: { tags, body: positionInput, response: { 200: position } } }, async (req) => {
    const actor = requirePermission(req, 'org.manage');
    return createPosition(db, actor, auditContext(actor), req.body);
  });
  app.patch(
    '/api/positions/:id',
    { schema: { tags, params: idParams, body: positionInput.partial(), response: { 200: position } } },
    async (req) => {
      const actor = requirePermission(req, 'org.manage');
      return updatePosition(db, actor, auditContext(actor), req.params.id, req.body);
    },
  );

  const listQuery = employeeListQuery.extend({ orgId: z.string().uuid().optional() });
  app.get(
    '/api/employees',
    {
      schema: {
        tags,
        summary: 'Сотрудники (с учётом области видимости пользователя)',
        querystring: listQuery.merge(pageQuery),
        response: { 200: pageOf(employee) },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'staff.read');
      const page = await findEmployees(db, actor, req.query);
      await db.transaction((tx) =>
        appendAudit(tx, auditContext(actor), {
          orgId: actor.orgId,
          type: 'employee.listed',
          entityType: 'employee',
          data: { filter: req.query, shown: page.items.length },
        }),
      );
      return page;
    },
  );
  app.get(
    '/api/employees/export.xlsx',
    { schema: { tags, summary: 'Выгрузка списка в Excel', querystring: listQuery } },
    async (req, reply) => {
      const buf = await exportEmployees(db, requirePermission(req, 'staff.read'), req.query);
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', attachmentName('Сотрудники.xlsx'))
        .send(buf);
    },
  );
  app.get(
    '/api/employees/:id',
    { schema: { tags, params: idParams, response: { 200: employeeDetail } } },
    async (req) => getEmployee(db, requirePermission(req, 'staff.read'), req.params.id),
  );
  app.post(
    '/api/employees',
    { schema: { tags, summary: 'Принять сотрудника', body: employeeInput, response: { 200: employeeDetail } } },
    async (req) => {
      const actor = requirePermission(req, 'staff.manage');
      return createEmployee(db, actor, auditContext(actor), req.body);
    },
  );
  app.patch(
    '/api/employees/:id',
    { schema: { tags, params: idParams, body: employeePatch, response: { 200: employeeDetail } } },
    async (req) => {
      const actor = requirePermission(req, 'staff.manage');
      return updateEmployee(db, actor, auditContext(actor), req.params.id, req.body);
    },
  );

  app.post(
    '/api/employees/:id/relatives',
    {
      schema: {
        tags,
        summary: 'Добавить родственника (свойственника)',
        params: idParams,
        body: relativeInput,
        response: { 200: relative },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'staff.manage');
      return addRelative(db, actor, auditContext(actor), req.params.id, req.body);
    },
  );
  app.patch(
    '/api/relatives/:id',
    { schema: { tags, params: idParams, body: relativePatch, response: { 200: relative } } },
    async (req) => {
      const actor = requirePermission(req, 'staff.manage');
      return updateRelative(db, actor, auditContext(actor), req.params.id, req.body);
    },
  );
  app.delete('/api/relatives/:id', { schema: { tags, params: idParams } }, async (req, reply) => {
    const actor = requirePermission(req, 'staff.manage');
    await deleteRelative(db, actor, auditContext(actor), req.params.id);
    return reply.status(204).send();
  });
};
