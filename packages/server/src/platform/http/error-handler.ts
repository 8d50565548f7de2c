import type { ErrorBody, FieldIssue } from '@antikor/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.js';

/**
 * One error handler for the whole API (style.md §5): AppError → its status and Russian message;
 * schema validation → 400 with a message per field; anything else → 500 with the request id only.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      const body: ErrorBody = { code: err.code, message: err.message, details: err.details };
      return reply.status(err.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details: FieldIssue[] = err.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || String(v.params?.missingProperty ?? ''),
        message: v.message ?? 'Неверное значение',
      }));
      const first = details[0];
      const body: ErrorBody = {
        code: 'VALIDATION',
        message: first ? `Проверьте поле «${first.field || 'запрос'}»: ${first.message}` : 'Неверные данные запроса',
        details,
      };
      return reply.status(400).send(body);
    }
    if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.statusCode === 413) {
      return reply.status(413).send({ code: 'PAYLOAD_TOO_LARGE', message: 'Файл слишком большой' } satisfies ErrorBody);
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own client errors (bad JSON, unsupported media type): answer with a readable message.
      return reply
        .status(err.statusCode)
        .send({ code: 'VALIDATION', message: `Неверный запрос: ${err.message}` } satisfies ErrorBody);
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({
      code: 'INTERNAL',
      message: 'Внутренняя ошибка сервера. Код запроса для администратора: ' + req.id,
      requestId: req.id,
    } satisfies ErrorBody);
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({
      code: 'NOT_FOUND',
      message: `Адрес ${req.method} ${req.url.split('?')[0]} не найден`,
    } satisfies ErrorBody);
  });
}
