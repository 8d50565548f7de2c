/**
 * buildApp returns a Fastify instance ready for `inject()` (tests) or `listen()` (main.ts) — it never
 * listens by itself (style.md §8).
 */
import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import { affiliationRoutes } from './modules/affiliation/routes.js';
import { commissionRoutes } from './modules/commission/routes.js';
import { declarationRoutes } from './modules/declarations/routes.js';
import { expertiseRoutes } from './modules/expertise/routes.js';
import { homeRoutes } from './modules/home/routes.js';
import { journalRoutes } from './modules/journals/routes.js';
import { orgRoutes } from './modules/org/routes.js';
import { staffImportRoutes } from './modules/org/staff-import/routes.js';
import { planRoutes } from './modules/plan/routes.js';
import { userRoutes } from './modules/users/routes.js';
import { auditRoutes } from './platform/audit/routes.js';
import { registerAuthHook } from './platform/auth/auth-hook.js';
import { authRoutes } from './platform/auth/routes.js';
import { registerErrorHandler } from './platform/http/error-handler.js';

declare module 'fastify' {
  interface FastifyInstance {
    routeList: { method: string; url: string }[];
  }
}

export type AppDeps = { config: Config; db: Db };

export async function buildApp({ config, db }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  // Every route registered, so tests can prove that each one enforces tenancy.
  const routeList: { method: string; url: string }[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routeList.push({ method, url: r.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: config.MAX_UPLOAD_MB * 1024 * 1024, files: 1 },
    throwFileSizeLimit: true,
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Антикор API',
        description: 'API системы «Антикор»: профилактика коррупционных правонарушений',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'antikor_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerErrorHandler(app);
  registerAuthHook(app, { db, config });

  app.get('/api/health', { schema: { tags: ['system'], summary: 'Проверка работоспособности' } }, async () => {
    await db.execute(sql`select 1`);
    return { status: 'ok' };
  });

  await app.register(authRoutes, { db, config });
  await app.register(userRoutes, { db, config });
  await app.register(orgRoutes, { db, config });
  await app.register(staffImportRoutes, { db, config });
  await app.register(journalRoutes, { db, config });
  await app.register(affiliationRoutes, { db, config });
  await app.register(expertiseRoutes, { db, config });
  await app.register(auditRoutes, { db });
  await app.register(commissionRoutes, { db, config });
  await app.register(homeRoutes, { db, config });
  await app.register(planRoutes, { db, config });
  await app.register(declarationRoutes, { db, config });

  if (existsSync(config.WEB_DIST)) {
    await app.register(fastifyStatic, { root: config.WEB_DIST, wildcard: false });
    // Single-page app: any non-API path without a file is the client's route.
    app.get('/*', (req, reply) => {
      if (req.url.startsWith('/api/')) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  }
  return app;
}
