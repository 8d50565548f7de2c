import { user, userInput, userPatch } from '@antikor/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { auditContext, requirePermission } from '../../platform/auth/actor.js';
import { createUser, findUsers, resetPassword, updateUser } from './manage-users.js';

const idParams = z.object({ id: z.string().uuid('Неверный идентификатор') });

export const userRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db }) => {
  const tags = ['users'];
  app.get(
    '/api/users',
    { schema: { tags, summary: 'Пользователи', response: { 200: z.object({ items: z.array(user) }) } } },
    async (req) => ({
      items: await findUsers(db, requirePermission(req, 'users.manage')),
    }),
  );
  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Создать пользователя',
        body: userInput.extend({
          orgId: z.string().uuid().optional(),
          password: z.string().min(10, 'Пароль: не короче 10 символов').max(200).optional(),
        }),
        response: { 200: z.object({ user, temporaryPassword: z.string().optional() }) },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'users.manage');
      return createUser(db, actor, auditContext(actor), req.body);
    },
  );
  app.patch(
    '/api/users/:id',
    { schema: { tags, params: idParams, body: userPatch, response: { 200: user } } },
    async (req) => {
      const actor = requirePermission(req, 'users.manage');
      return updateUser(db, actor, auditContext(actor), req.params.id, req.body);
    },
  );
  app.post(
    '/api/users/:id/reset-password',
    { schema: { tags, params: idParams, response: { 200: z.object({ temporaryPassword: z.string() }) } } },
    async (req) => {
      const actor = requirePermission(req, 'users.manage');
      return resetPassword(db, actor, auditContext(actor), req.params.id);
    },
  );
};
