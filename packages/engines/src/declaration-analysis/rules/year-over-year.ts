/**
 * Year-over-year comparison of each section (Mintrud recommendations on the analysis of declarations,
 * domain.md §4.1 item 2): income jumps, property that disappeared without an alienation entry, new
 * property without a basis and source of funds.
 */
import { INCOME_LINE } from '../../spravki-bk/read-income-expenses.js';
import type { IncomeKind, PersonDeclaration, RealEstate, Vehicle } from '../../spravki-bk/types.js';
import { incomeText, latestPrevious, lineAmount, norm, round2, rub, SALE_MARKER, samePerson, src } from '../family.js';
import type { AnalysisRule, RuleHit } from '../rule.js';
import type { Evidence } from '../types.js';

const METHOD_BASIS =
  'Методические рекомендации Минтруда России по вопросам представления сведений о доходах… (анализ сведений: сравнение с предыдущим отчётным периодом)';

const INCOME_KINDS: IncomeKind[] = ['main_work', 'teaching_science', 'creative', 'deposits', 'securities', 'other'];

export const incomeJumpRule: AnalysisRule = {
  code: 'YOY_INCOME_JUMP',
  title: 'Резкий рост дохода по сравнению с предыдущим годом',
  basis: METHOD_BASIS,
  run(ctx) {
    const prev = latestPrevious(ctx);
    if (!prev) return [];
    const { incomeJumpRatio: ratio, incomeJumpMinIncrease: minIncrease } = ctx.config;
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      const before = samePerson(p, prev.persons);
      if (!before || before.incomeTotal <= 0) continue;
      const increase = round2(p.incomeTotal - before.incomeTotal);
      if (p.incomeTotal < before.incomeTotal * ratio || increase < minIncrease) continue;
      const evidence: Evidence[] = [
        { label: `Доход за ${ctx.year} г.`, value: p.incomeTotal, source: 'раздел 1, строка 7' },
        {
          label: `Доход за ${prev.year} г.`,
          value: before.incomeTotal,
          source: src(ctx, prev.year, 'раздел 1, строка 7'),
        },
      ];
      // Name the lines that grew, biggest first: where the officer should ask for an explanation.
      const grown = INCOME_KINDS.map((kind) => ({
        kind,
        delta: round2(lineAmount(p, kind) - lineAmount(before, kind)),
      }))
        .filter((x) => x.delta > 0)
        .sort((a, b) => b.delta - a.delta);
      for (const { kind, delta } of grown.slice(0, 3)) {
        evidence.push({ label: 'Рост по строке', value: delta, source: `раздел 1, строка ${INCOME_LINE[kind]}` });
      }
      hits.push({
        severity: 'medium',
        person: p,
        evidence,
        message:
          `Доход вырос в ${(p.incomeTotal / before.incomeTotal).toFixed(1)} раза: ${rub(before.incomeTotal)} за ${prev.year} г. → ` +
          `${rub(p.incomeTotal)} за ${ctx.year} г. (порог — в ${ratio} раза и не менее ${rub(minIncrease)}). Запросить пояснения об источниках.`,
      });
    }
    return hits;
  },
};

export function realEstateKey(r: RealEstate): string {
  return `${r.kind}|${r.area ?? ''}`;
}

export function vehicleKey(v: Vehicle): string {
  return `${norm(v.make)}|${norm(v.model)}|${v.year ?? ''}`;
}

function describeRealEstate(r: RealEstate): string {
  return [r.typeRaw ?? r.name ?? r.kind, r.area === null ? null : `${r.area} м²`].filter(Boolean).join(', ');
}

function describeVehicle(v: Vehicle): string {
  return [v.type, v.make, v.model, v.year].filter(Boolean).join(' ');
}

/** Stems that name a kind of real estate in free text (section 7 entries). */
const KIND_WORD: Record<RealEstate['kind'], string> = {
  apartment: 'квартир',
  house: 'дом',
  land: 'участ',
  garage: 'гараж',
  dacha: 'дач',
  other: 'недвиж',
};

/** An entry explaining where an object went: section 7 (given away) or a sale income on line 6. */
function alienationEntry(p: PersonDeclaration, words: string[]): string | null {
  for (const g of p.giftedAway) {
    const text = norm([g.propertyType, g.name].filter(Boolean).join(' '));
    if (words.some((w) => w && text.includes(w))) return 'раздел 7';
  }
  for (const i of p.incomes)
    if (i.line === 6 && (i.amount ?? 0) > 0 && SALE_MARKER.test(incomeText(i))) return 'раздел 1, строка 6';
  return null;
}

export const propertyDisappearedRule: AnalysisRule = {
  code: 'YOY_PROPERTY_DISAPPEARED',
  title: 'Имущество выбыло без сведений о его отчуждении',
  basis: `${METHOD_BASIS}; Указ Президента РФ № 460 (раздел 7 справки — имущество, отчуждённое по безвозмездной сделке)`,
  run(ctx) {
    const prev = latestPrevious(ctx);
    if (!prev) return [];
    // Property re-registered to another family member has not left the family.
    const familyEstate = new Set(ctx.persons.flatMap((p) => p.realEstate.map(realEstateKey)));
    const familyVehicles = new Set(ctx.persons.flatMap((p) => p.vehicles.map(vehicleKey)));
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      const before = samePerson(p, prev.persons);
      if (!before) continue;
      const gone: { what: string; section: string; words: string[] }[] = [];
      for (const r of before.realEstate) {
        if (familyEstate.has(realEstateKey(r))) continue;
        gone.push({ what: describeRealEstate(r), section: 'раздел 3.1', words: [KIND_WORD[r.kind], norm(r.typeRaw)] });
      }
      for (const v of before.vehicles) {
        if (familyVehicles.has(vehicleKey(v))) continue;
        gone.push({ what: describeVehicle(v), section: 'раздел 3.2', words: [norm(v.make), 'транспорт', 'автомоб'] });
      }
      for (const g of gone) {
        const entry = alienationEntry(p, g.words);
        if (entry) continue;
        hits.push({
          severity: 'medium',
          person: p,
          evidence: [
            { label: `Было на конец ${prev.year} г.`, value: g.what, source: src(ctx, prev.year, g.section) },
            { label: `На конец ${ctx.year} г.`, value: 'отсутствует', source: g.section },
            { label: 'Сведения об отчуждении', value: 'нет', source: 'раздел 7; раздел 1, строка 6' },
          ],
          message: `${g.what} (есть в справке за ${prev.year} г.) не указан(о) за ${ctx.year} г., а сведений о продаже или дарении нет. Выяснить, как выбыло имущество.`,
        });
      }
    }
    return hits;
  },
};

export const newPropertyNoSourceRule: AnalysisRule = {
  code: 'YOY_NEW_PROPERTY_NO_SOURCE',
  title: 'Новое имущество без основания приобретения и источника средств',
  basis: `${METHOD_BASIS}; Указ Президента РФ № 460 (раздел 3.1, графа «основание приобретения и источник средств»)`,
  run(ctx) {
    const prev = latestPrevious(ctx);
    if (!prev) return [];
    const hadEstate = new Set(prev.persons.flatMap((p) => p.realEstate.map(realEstateKey)));
    const hadVehicles = new Set(prev.persons.flatMap((p) => p.vehicles.map(vehicleKey)));
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      if (!samePerson(p, prev.persons)) continue;
      const fresh = [
        ...p.realEstate
          .filter((r) => !hadEstate.has(realEstateKey(r)))
          .map((r) => ({ what: describeRealEstate(r), basis: r.basis, section: 'раздел 3.1' })),
        ...p.vehicles
          .filter((v) => !hadVehicles.has(vehicleKey(v)))
          .map((v) => ({ what: describeVehicle(v), basis: v.basis, section: 'раздел 3.2' })),
      ];
      for (const f of fresh) {
        if (f.basis) continue;
        hits.push({
          severity: 'medium',
          person: p,
          evidence: [
            { label: `Новое на конец ${ctx.year} г.`, value: f.what, source: f.section },
            { label: `Было на конец ${prev.year} г.`, value: 'нет', source: src(ctx, prev.year, f.section) },
            { label: 'Основание приобретения и источник средств', value: 'не указаны', source: f.section },
          ],
          message: `${f.what} появилось за ${ctx.year} г., но основание приобретения и источник средств не указаны. Запросить документы о приобретении.`,
        });
      }
    }
    return hits;
  },
};
