/**
 * Need-to-know for declarations: only the anti-corruption officer works with declarations (their contents,
 * imports, analysis); heads and HR see the campaign's status at a glance (who filed, not what); a declarant
 * sees their own.
 */
import { hasPermission } from '@antikor/core';
import type { Actor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';

// The system administrator holds neither permission: running the system is no need to know declarations.
export const isDeclarationsOfficer = (actor: Actor) => hasPermission(actor.roles, 'declarations.manage');
export const seesCampaignOverview = (actor: Actor) => hasPermission(actor.roles, 'declarations.status');

export function assertDeclarationsOfficer(actor: Actor): void {
  if (!isDeclarationsOfficer(actor))
    throw new AppError('FORBIDDEN', 'Сведения о доходах доступны только специалисту по профилактике коррупции');
}

export function assertCampaignOverview(actor: Actor): void {
  if (!seesCampaignOverview(actor)) throw new AppError('FORBIDDEN', 'Нет доступа к декларационной кампании');
}
