/**
 * Foreign assets (domain.md §4.1 item 11): accounts and financial instruments abroad fall under the ban
 * of 79-ФЗ for the positions it names; foreign real estate is allowed but must be declared and explained.
 */
import { rub } from '../family.js';
import type { AnalysisRule, RuleHit } from '../rule.js';
import type { Evidence } from '../types.js';

export const foreignAssetsRule: AnalysisRule = {
  code: 'FOREIGN_ASSETS',
  title: 'Имущество, счета или ценные бумаги за рубежом',
  basis:
    'Федеральный закон от 07.05.2013 № 79-ФЗ (запрет открывать и иметь счета в иностранных банках, владеть иностранными финансовыми инструментами — для должностей, указанных в законе)',
  run(ctx) {
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      const financial: Evidence[] = [
        ...p.accounts
          .filter((a) => a.isForeign)
          .map((a) => ({ label: `Счёт: ${a.bank ?? '?'} (${a.country})`, value: a.balance ?? 0, source: 'раздел 4' })),
        ...p.shareholdings
          .filter((s) => s.isForeign)
          .map((s) => ({
            label: `Участие: ${s.name ?? '?'} (${s.country})`,
            value: s.participation ?? 'указано',
            source: 'раздел 5.1',
          })),
        ...p.securities
          .filter((s) => s.isForeign)
          .map((s) => ({
            label: `Ценная бумага: ${s.issuer ?? s.type ?? '?'} (${s.country})`,
            value: s.totalValue ?? 'указано',
            source: 'раздел 5.2',
          })),
      ];
      const estate: Evidence[] = [
        ...p.realEstate
          .filter((r) => r.isForeign)
          .map((r) => ({
            label: `${r.typeRaw ?? r.kind}${r.area ? `, ${r.area} м²` : ''}`,
            value: r.country ?? '',
            source: 'раздел 3.1',
          })),
        ...p.realEstateInUse
          .filter((r) => r.isForeign)
          .map((r) => ({
            label: `В пользовании: ${r.typeRaw ?? r.kind}`,
            value: r.country ?? '',
            source: 'раздел 6.1',
          })),
      ];
      if (financial.length === 0 && estate.length === 0) continue;
      const foreignBalance = p.accounts.filter((a) => a.isForeign).reduce((s, a) => s + (a.balance ?? 0), 0);
      hits.push({
        severity: financial.length > 0 ? 'high' : 'medium',
        person: p,
        evidence: [...financial, ...estate],
        message:
          financial.length > 0
            ? `Счета или финансовые инструменты за рубежом${foreignBalance ? ` (остаток ${rub(foreignBalance)})` : ''}: проверить, распространяется ли на должность запрет 79-ФЗ.`
            : 'Недвижимость за рубежом: проверить основание приобретения и источник средств.',
      });
    }
    return hits;
  },
};
