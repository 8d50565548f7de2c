import { auditQuery, auditRecord, pageOf, pageQuery } from '@antikor/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { requirePermission } from '../auth/actor.js';
import { findAudit } from './find-audit.js';
import { verifyAudit } from './verify-audit.js';

export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const tags = ['audit'];
  app.get(
    '/api/audit',
    {
      schema: {
        tags,
        summary: 'Журнал аудита',
        querystring: auditQuery.merge(pageQuery),
        response: { 200: pageOf(auditRecord) },
      },
    },
    async (req) => findAudit(db, requirePermission(req, 'audit.read'), req.query),
  );
  app.get(
    '/api/audit/verify',
    {
      schema: {
        tags,
        summary: 'Проверка целостности цепочки журнала аудита',
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number(),
            chains: z.number(),
            firstBroken: z
              .object({ id: z.number(), at: z.string(), orgId: z.string().nullable(), reason: z.string() })
              .optional(),
          }),
        },
      },
    },
    async (req) => verifyAudit(db, { orgIds: requirePermission(req, 'audit.read').orgIds }),
  );
};
