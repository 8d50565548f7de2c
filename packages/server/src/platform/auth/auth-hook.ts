import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../errors.js';
import { loadSession, SESSION_COOKIE } from './sessions.js';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that change state before a session exists. */
const csrfExempt = new Set(['/api/auth/login']);

/**
 * Resolves the session cookie into `request.actor` and enforces CSRF protection: every state-changing
 * request of a signed-in user must carry the session's token in the `x-csrf-token` header (a page on
 * another site cannot read it). SameSite=Strict cookies are the second line of defence.
 */
export function registerAuthHook(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    const session = token
      ? await loadSession(deps.db, token, { ip: req.ip, ttlHours: deps.config.SESSION_TTL_HOURS })
      : null;
    req.actor = session?.actor ?? null;
    if (unsafeMethods.has(req.method) && !csrfExempt.has(req.url.split('?')[0])) {
      if (!session) throw new AppError('UNAUTHENTICATED', 'Требуется вход в систему');
      if (req.headers['x-csrf-token'] !== session.csrfToken) {
        throw new AppError('CSRF', 'Запрос отклонён защитой от подделки (CSRF). Обновите страницу и повторите.');
      }
    }
  });
}
