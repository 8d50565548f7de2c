/**
 * Need-to-know for declarations: only the anti-corruption officer works with declarations (their contents,
 * imports, analysis); heads and HR see the campaign's status at a glance (who filed, not what); a declarant
 * sees their own.
 */
import type { Role } from '@antikor/core';
import type { Actor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';

const OFFICER_ROLES: readonly Role[] = ['anticorruption_officer'];
const OVERVIEW_ROLES: readonly Role[] = ['anticorruption_officer', 'head', 'hr_officer'];

export const isDeclarationsOfficer = (actor: Actor) => actor.roles.some((r) => OFFICER_ROLES.includes(r));
export const seesCampaignOverview = (actor: Actor) => actor.roles.some((r) => OVERVIEW_ROLES.includes(r));

export function assertDeclarationsOfficer(actor: Actor): void {
  if (!isDeclarationsOfficer(actor))
    throw new AppError('FORBIDDEN', 'Сведения о доходах доступны только специалисту по профилактике коррупции');
}

export function assertCampaignOverview(actor: Actor): void {
  if (!seesCampaignOverview(actor)) throw new AppError('FORBIDDEN', 'Нет доступа к декларационной кампании');
}
