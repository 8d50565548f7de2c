import { hasPermission, type Permission, type Role, type StaffScope, staffScope } from '@antikor/core';
import type { FastifyRequest } from 'fastify';
import type { AuditContext } from '../audit/append-audit.js';
import { AppError } from '../errors.js';

/** The signed-in user as every use case sees it. */
export type Actor = {
  userId: string;
  login: string;
  fullName: string;
  /** The user's own organisation. */
  orgId: string;
  /** Organisations whose data the user may see: their own and its descendants (bodies, institutions). */
  orgIds: string[];
  roles: Role[];
  subdivisionId: string | null;
  employeeId: string | null;
  ip: string | null;
  sessionId: string;
};

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The actor of the request, or 401 when nobody is signed in. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', 'Требуется вход в систему');
  return req.actor;
}

/** The actor, if they hold the permission; 403 otherwise. */
export function requirePermission(req: FastifyRequest, permission: Permission): Actor {
  const actor = requireActor(req);
  if (!hasPermission(actor.roles, permission)) throw new AppError('FORBIDDEN', 'Недостаточно прав для этого действия');
  return actor;
}

export function scopeOf(actor: Actor): StaffScope {
  return staffScope(actor.roles);
}

/** 403 unless the organisation is within the actor's tree; used for ids coming from the client. */
export function assertOrgVisible(actor: Actor, orgId: string): void {
  if (!actor.orgIds.includes(orgId)) throw new AppError('NOT_FOUND', 'Организация не найдена');
}

export function auditContext(actor: Actor | null, ip: string | null = actor?.ip ?? null): AuditContext {
  return { actorId: actor?.userId ?? null, actorLogin: actor?.login ?? null, ip };
}
