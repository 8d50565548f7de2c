/** The yearly figures table: values the officer enters by hand for indicators without a module yet. */
import { manualIndicatorKeys } from '@antikor/core';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { manualFigures } from './tables.js';

export const manualFiguresInput = z.object({
  figures: z
    .array(
      z.object({
        key: z.string(),
        /** null clears the figure (it then reads «нет данных»). */
        value: z.number({ error: 'введите число' }).min(0, 'значение не может быть отрицательным').max(1e12).nullable(),
        note: z.string().trim().max(1000).default(''),
      }),
    )
    .max(100),
});

/** Saves the figures of a year in one transaction; a key that is not a hand-entered indicator is refused. */
export async function saveManualFigures(
  db: Db,
  actor: Actor,
  orgId: string,
  year: number,
  input: z.infer<typeof manualFiguresInput>,
) {
  const bad = input.figures.filter((f) => !manualIndicatorKeys.includes(f.key));
  if (bad.length) {
    throw new AppError(
      'VALIDATION',
      'Показатель вычисляется по данным системы и вручную не вводится',
      bad.map((f) => ({ field: f.key, message: 'Показатель не вводится вручную' })),
    );
  }
  await db.transaction(async (tx) => {
    const cleared = input.figures.filter((f) => f.value === null).map((f) => f.key);
    if (cleared.length)
      await tx
        .delete(manualFigures)
        .where(and(eq(manualFigures.orgId, orgId), eq(manualFigures.year, year), inArray(manualFigures.key, cleared)));
    for (const f of input.figures.filter((x) => x.value !== null)) {
      await tx
        .insert(manualFigures)
        .values({ orgId, year, key: f.key, value: f.value as number, note: f.note, updatedBy: actor.userId })
        .onConflictDoUpdate({
          target: [manualFigures.orgId, manualFigures.year, manualFigures.key],
          set: { value: f.value as number, note: f.note, updatedBy: actor.userId, updatedAt: new Date() },
        });
    }
    await appendAudit(tx, auditContext(actor), {
      orgId,
      type: 'plan.figures_updated',
      entityType: 'organisation',
      entityId: orgId,
      data: { year, keys: input.figures.map((f) => f.key) },
    });
  });
}
