import { extraFieldSchema, type FieldDef, findJournal, type JournalDefinition, withExtraFields } from '@antikor/core';
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { journalEntries, journalSettings } from './tables.js';

export function getDefinition(code: string): JournalDefinition {
  const def = findJournal(code);
  if (!def) throw notFound('Журнал');
  return def;
}

/** The journal with the organisation's own extra fields (set in the journal's settings). */
export async function orgDefinition(db: Db, orgId: string, code: string): Promise<JournalDefinition> {
  const def = getDefinition(code);
  const [row] = await db
    .select({ extra: journalSettings.extraFields })
    .from(journalSettings)
    .where(and(eq(journalSettings.orgId, orgId), eq(journalSettings.journalCode, code)));
  const extra = (row?.extra ?? []).flatMap((f) => {
    const parsed = extraFieldSchema.safeParse(f);
    return parsed.success ? [parsed.data as FieldDef] : [];
  });
  return withExtraFields(def, extra);
}

/** Sees every entry of the organisation tree. */
export const readsAll = (actor: Actor, def: JournalDefinition) => actor.roles.some((r) => def.readRoles.includes(r));

/**
 * Need-to-know for entries: journal readers see all; a responsible executor sees their subdivision's
 * entries unless the journal is confidential (an inducement notice stays hidden from the notifier's head);
 * everyone sees the entries about themselves (self-service).
 */
export function entryScope(actor: Actor, def: JournalDefinition): SQL {
  const base = and(inArray(journalEntries.orgId, actor.orgIds), eq(journalEntries.journalCode, def.code))!;
  if (readsAll(actor, def)) return base;
  const own: SQL[] = [];
  if (actor.employeeId) own.push(eq(journalEntries.employeeId, actor.employeeId));
  if (actor.roles.includes('responsible_executor') && actor.subdivisionId && !def.isConfidential) {
    own.push(eq(journalEntries.subdivisionId, actor.subdivisionId));
  }
  return own.length ? and(base, or(...own))! : and(base, sql`false`)!;
}

/** May the actor open this journal at all (as reader, executor or self-service filer)? */
export function assertJournalVisible(actor: Actor, def: JournalDefinition): void {
  const canSee =
    readsAll(actor, def) ||
    actor.roles.some((r) => def.registerRoles.includes(r)) ||
    (actor.roles.includes('responsible_executor') && !def.isConfidential && def.subject !== 'none') ||
    (def.selfService && actor.employeeId !== null);
  if (!canSee) throw new AppError('FORBIDDEN', `Нет доступа к журналу «${def.shortTitle}»`);
}

export function journalsVisibleTo(actor: Actor, defs: readonly JournalDefinition[]): JournalDefinition[] {
  return defs.filter((d) => {
    try {
      assertJournalVisible(actor, d);
      return true;
    } catch {
      return false;
    }
  });
}
