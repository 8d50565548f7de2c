import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { requireActor } from '../../platform/auth/actor.js';
import { findAttentionItems } from './find-attention-items.js';

export const attentionItem = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  description: z.string().optional(),
  dueDate: z.string().optional(),
  severity: z.enum(['info', 'warning', 'overdue']),
  link: z.string().optional(),
});

export const homeRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db, config }) => {
  app.get(
    '/api/home/attention',
    {
      schema: {
        tags: ['home'],
        summary: 'Что требует внимания пользователя',
        response: { 200: z.object({ items: z.array(attentionItem) }) },
      },
    },
    async (req) => ({
      items: await findAttentionItems(db, requireActor(req), { timeZone: config.TIME_ZONE }),
    }),
  );
};
