import { user } from '@antikor/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { getUserDto } from '../../modules/users/user-dto.js';
import { appendAudit } from '../audit/append-audit.js';
import { auditContext, requireActor } from './actor.js';
import { changePassword } from './change-password.js';
import { createSession, deleteSession, SESSION_COOKIE } from './sessions.js';
import { signIn } from './sign-in.js';

const me = z.object({ user, csrfToken: z.string() });

export const authRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db, config }) => {
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.COOKIE_SECURE,
    path: '/',
  };

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Вход в систему',
        body: z.object({
          login: z.string().min(1, 'Введите логин').max(100),
          password: z.string().min(1, 'Введите пароль').max(200),
        }),
        response: { 200: me },
      },
    },
    async (req, reply) => {
      const u = await signIn(
        db,
        { ...req.body, ip: req.ip },
        { threshold: config.LOCKOUT_THRESHOLD, minutes: config.LOCKOUT_MINUTES },
      );
      const { token, csrfToken } = await createSession(db, {
        userId: u.id,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        ttlHours: config.SESSION_TTL_HOURS,
      });
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: config.SESSION_TTL_HOURS * 3600 });
      return { user: await getUserDto(db, u.id), csrfToken };
    },
  );

  app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Выход' } }, async (req, reply) => {
    const actor = requireActor(req);
    await deleteSession(db, actor.sessionId);
    await db.transaction((tx) =>
      appendAudit(tx, auditContext(actor), {
        orgId: actor.orgId,
        type: 'auth.logout',
        entityType: 'user',
        entityId: actor.userId,
      }),
    );
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.status(204).send();
  });

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'Текущий пользователь', response: { 200: me } } },
    async (req) => {
      const actor = requireActor(req);
      const [{ csrfToken }] = await db.query.sessions.findMany({
        where: (s, { eq }) => eq(s.id, actor.sessionId),
        columns: { csrfToken: true },
      });
      return { user: await getUserDto(db, actor.userId), csrfToken };
    },
  );

  app.post(
    '/api/auth/change-password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Смена своего пароля',
        body: z.object({ currentPassword: z.string().min(1, 'Введите текущий пароль'), newPassword: z.string() }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await changePassword(db, actor, auditContext(actor), req.body);
      return reply.status(204).send();
    },
  );
};
