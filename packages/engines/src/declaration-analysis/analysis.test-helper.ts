/** A small family to vary in rule tests: the employee and the spouse, with ordinary salaries. */
import { buildIncome, buildPerson } from '../spravki-bk/build.js';
import type { PersonDeclaration } from '../spravki-bk/types.js';
import { analyzeDeclarations } from './analyze.js';
import type { AnalysisInput, Finding, RuleCode } from './types.js';

export function self(year: number, fields: Partial<PersonDeclaration> = {}): PersonDeclaration {
  return buildPerson({
    year,
    role: 'self',
    lastName: 'Рябова',
    firstName: 'Юлия',
    middleName: 'Ивановна',
    birthDate: '1986-05-18',
    incomes: [buildIncome('main_work', 900_000)],
    ...fields,
  });
}

export function spouse(year: number, fields: Partial<PersonDeclaration> = {}): PersonDeclaration {
  return buildPerson({
    year,
    role: 'spouse',
    lastName: 'Рябов',
    firstName: 'Фёдор',
    middleName: 'Сергеевич',
    birthDate: '1982-11-09',
    incomes: [buildIncome('main_work', 600_000)],
    ...fields,
  });
}

export function child(year: number, fields: Partial<PersonDeclaration> = {}): PersonDeclaration {
  return buildPerson({
    year,
    role: 'minor_child',
    lastName: 'Рябов',
    firstName: 'Илья',
    middleName: 'Фёдорович',
    birthDate: '2014-09-25',
    ...fields,
  });
}

/** Findings of one rule. */
export function findingsOf(code: RuleCode, input: AnalysisInput): Finding[] {
  return analyzeDeclarations(input).findings.filter((f) => f.ruleCode === code);
}
