/**
 * Real estate in use (domain.md §4.1 item 10): living in property of a third party who is not a relative
 * may be a hidden gift or a conflict of interest.
 */
import type { PersonDeclaration, RealEstateInUse } from '../../spravki-bk/types.js';
import { nameMatches, normInn } from '../family.js';
import type { AnalysisRule, RuleContext, RuleHit } from '../rule.js';

/** Housing from the state or the municipality (service housing, social tenancy) is not a concern here. */
const PUBLIC_PROVIDER = /государ|муницип|служебн|социальн|найм|общежит/i;
const LEGAL_ENTITY = /юрид|организац|ооо|ао|пао|зао/i;

function isRelative(name: string, ctx: RuleContext, p: PersonDeclaration): boolean {
  const family = [...ctx.persons, p.declarant, ...(ctx.context.hrFamily ?? [])];
  return family.some((member) => nameMatches(name, member));
}

function provider(r: RealEstateInUse): string {
  return [
    r.providerType,
    r.providerName,
    r.providerBirthDate && `дата рождения ${r.providerBirthDate}`,
    r.providerInn && `ИНН ${r.providerInn}`,
  ]
    .filter(Boolean)
    .join(', ');
}

export const inUseFromNonRelativeRule: AnalysisRule = {
  code: 'IN_USE_FROM_NON_RELATIVE',
  title: 'Недвижимость в пользовании у постороннего лица или организации',
  basis:
    'Методические рекомендации Минтруда России (анализ раздела 6.1: пользование имуществом третьих лиц — возможный подарок или конфликт интересов); 273-ФЗ, ст. 10',
  run(ctx) {
    const counterparties = new Set(ctx.context.counterpartyInns.map(normInn).filter(Boolean));
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      for (const r of p.realEstateInUse) {
        const context = [r.providerType, r.basis, r.useKind].filter(Boolean).join(' ');
        if (PUBLIC_PROVIDER.test(context)) continue;
        const isCounterparty = r.providerInn !== null && counterparties.has(normInn(r.providerInn));
        const isOrganisation = r.providerInn !== null || LEGAL_ENTITY.test(r.providerType ?? '');
        if (!isCounterparty && !isOrganisation && (!r.providerName || isRelative(r.providerName, ctx, p))) continue;
        const what = [r.typeRaw ?? r.kind, r.area && `${r.area} м²`].filter(Boolean).join(', ');
        hits.push({
          severity: isCounterparty ? 'high' : 'medium',
          person: p,
          evidence: [
            {
              label: `В пользовании: ${what}`,
              value: [r.useKind, r.basis].filter(Boolean).join(', ') || 'указано',
              source: 'раздел 6.1',
            },
            { label: 'Предоставившая сторона', value: provider(r) || 'не указана', source: 'раздел 6.1' },
          ],
          message: isCounterparty
            ? 'Имущество предоставлено контрагентом организации: возможный конфликт интересов.'
            : isOrganisation
              ? 'Имущество предоставлено организацией: выяснить основания и связь с полномочиями служащего.'
              : 'Имущество предоставлено лицом, которого нет среди членов семьи и родственников по анкете: выяснить основания пользования.',
        });
      }
    }
    return hits;
  },
};
