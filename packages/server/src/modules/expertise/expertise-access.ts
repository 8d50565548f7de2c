import type { JournalDefinition } from '@antikor/core';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { loadEntry } from '../journals/get-entry.js';

/** The draft-act journal: anti-corruption expertise is conducted on its entries (172-ФЗ ст. 3 ч. 4 п. 3). */
export const DRAFT_ACT = 'draft-act';

/** May the actor conduct the expertise (the journal's keepers: legal department, anti-corruption officer)? */
export const isExpert = (actor: Actor, def: JournalDefinition) =>
  actor.roles.some((r) => def.registerRoles.includes(r));

/**
 * A draft-act entry the actor may see (NOT_FOUND otherwise, never a hint it exists). `write` also requires
 * the keeper's role; `open` refuses entries whose work is finished (act adopted or draft withdrawn).
 */
export async function loadDraftEntry(
  db: Db,
  actor: Actor,
  entryId: string,
  opts: { forUpdate?: boolean; write?: boolean; open?: boolean } = {},
) {
  const { def, entry } = await loadEntry(db, actor, entryId, { forUpdate: opts.forUpdate });
  if (def.code !== DRAFT_ACT) throw notFound('Проект нормативного правового акта');
  if (opts.write && !isExpert(actor, def))
    throw new AppError(
      'FORBIDDEN',
      'Антикоррупционную экспертизу проводит правовое управление или специалист по профилактике коррупции',
    );
  if (opts.open && def.statuses.find((s) => s.code === entry.status)?.isFinal) {
    throw new AppError(
      'CONFLICT',
      `Работа с проектом завершена (статус «${def.statuses.find((s) => s.code === entry.status)?.label}»): проверка новых редакций и решения по факторам не вносятся`,
    );
  }
  return { def, entry };
}
