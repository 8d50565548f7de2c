/**
 * Cross-check with personnel data (domain.md §4.1 item 12, §15): the spouse and minor children from the
 * personnel questionnaire must each have a form (273-ФЗ ст. 8, 25-ФЗ ст. 15), and a form about a family
 * member HR does not know means the questionnaire is out of date.
 */
import type { DeclarantRole } from '../../spravki-bk/types.js';
import { samePersonByName } from '../family.js';
import type { AnalysisRule, RuleContext, RuleHit } from '../rule.js';
import type { HrFamilyMember } from '../types.js';

/** Under 18 on the reporting date (31 December of the reporting year); unknown birth date counts as minor. */
function isMinorAtYearEnd(m: HrFamilyMember, year: number): boolean {
  if (!m.birthDate) return true;
  return m.birthDate > `${year - 18}-12-31`;
}

/** Family members HR data says must file: the current spouse and the children who are minors. */
function mustFile(ctx: RuleContext): { m: HrFamilyMember; role: DeclarantRole }[] {
  return (ctx.context.hrFamily ?? []).flatMap((m): { m: HrFamilyMember; role: DeclarantRole }[] => {
    if (m.relation === 'spouse') return [{ m, role: 'spouse' }];
    if (m.relation === 'child' && isMinorAtYearEnd(m, ctx.year)) return [{ m, role: 'minor_child' }];
    return [];
  });
}

const hrName = (m: HrFamilyMember) => [m.lastName, m.firstName, m.middleName].filter(Boolean).join(' ');

export const hrFamilyNoDeclarationRule: AnalysisRule = {
  code: 'HR_FAMILY_NO_DECLARATION',
  title: 'Член семьи по данным кадровой службы без справки',
  basis:
    'Федеральный закон от 25.12.2008 № 273-ФЗ, ст. 8; 25-ФЗ, ст. 15 (сведения о доходах супруга и несовершеннолетних детей)',
  run(ctx) {
    if (!ctx.context.hrFamily) return [];
    const hits: RuleHit[] = [];
    for (const { m, role } of mustFile(ctx)) {
      if (ctx.persons.some((p) => p.role === role && samePersonByName(p, m))) continue;
      hits.push({
        severity: 'high',
        person: null,
        role,
        name: hrName(m),
        evidence: [
          {
            label: role === 'spouse' ? 'Супруг (супруга) по анкете' : 'Несовершеннолетний ребёнок по анкете',
            value: `${hrName(m)}${m.birthDate ? `, ${m.birthDate}` : ''}`,
            source: 'кадровые данные (анкета)',
          },
          { label: 'Справка в пакете', value: 'нет', source: `пакет за ${ctx.year} г.` },
        ],
        message: `Справка на ${hrName(m)} не представлена. Выяснить причину (при невозможности — заявление в комиссию до срока подачи).`,
      });
    }
    return hits;
  },
};

export const declarationNotInHrRule: AnalysisRule = {
  code: 'DECLARATION_NOT_IN_HR',
  title: 'Справка на члена семьи, которого нет в кадровых данных',
  basis:
    'Распоряжение Правительства РФ от 26.05.2005 № 667-р (анкета: близкие родственники); актуализация сведений о родственниках',
  run(ctx) {
    if (!ctx.context.hrFamily) return [];
    const known = mustFile(ctx).map((x) => x.m);
    const all = ctx.context.hrFamily;
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      if (p.role === 'self') continue;
      if (known.some((m) => samePersonByName(p, m)) || all.some((m) => samePersonByName(p, m))) continue;
      hits.push({
        severity: 'low',
        person: p,
        evidence: [
          {
            label: 'Справка',
            value: `${[p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ')}, ${p.birthDate ?? '?'}`,
            source: 'титульный лист справки',
          },
          { label: 'В анкете', value: 'нет', source: 'кадровые данные (анкета)' },
        ],
        message: 'Член семьи из справки не указан в анкете: актуализировать сведения о родственниках.',
      });
    }
    return hits;
  },
};
