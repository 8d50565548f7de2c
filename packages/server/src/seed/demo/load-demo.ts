import type { EmployeeKind, Relation, Role } from '@antikor/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations } from '../../modules/org/tables.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { hashPassword } from '../../platform/auth/password.js';
import {
  type PersonSeed,
  seedEmployee,
  seedOrganisation,
  seedPosition,
  seedRelative,
  seedSubdivision,
  seedUser,
} from '../factories.js';
import { feminineSurname, type Gender, patronymicFrom, randomName, randomSurname } from '../names.js';
import { createRng, type Rng, randomDate } from '../random.js';
import { loadDemoAffiliation } from './demo-affiliation.js';
import { loadDemoCommission } from './demo-commission.js';
import { loadDemoDeclarations } from './demo-declarations.js';
import { loadDemoExpertise } from './demo-expertise.js';
import { loadDemoJournals } from './demo-journals.js';
import { loadDemoPlans } from './demo-plan.js';
import { loadDemoProcurement } from './demo-procurement.js';
import { DEMO_FORMER_EMPLOYEES, DEMO_ORG_NAME, demoStructure } from './structure.js';

export type DemoAccount = { login: string; roles: Role[]; description: string };

/** One demo account per role. Logins are fixed so the README and the start-up log can name them. */
export const demoAccounts: (DemoAccount & { subdivision?: string; employeeFrom?: string })[] = [
  { login: 'admin', roles: ['admin'], description: 'администратор системы' },
  {
    login: 'officer',
    roles: ['anticorruption_officer'],
    description: 'специалист отдела по профилактике коррупционных правонарушений',
    subdivision: 'Отдел по профилактике коррупционных и иных правонарушений',
    employeeFrom: 'Отдел по профилактике коррупционных и иных правонарушений',
  },
  {
    login: 'hr',
    roles: ['hr_officer'],
    description: 'отдел кадров',
    subdivision: 'Отдел кадров и муниципальной службы',
    employeeFrom: 'Отдел кадров и муниципальной службы',
  },
  {
    login: 'legal',
    roles: ['legal'],
    description: 'правовое управление',
    subdivision: 'Правовое управление',
    employeeFrom: 'Правовое управление',
  },
  {
    login: 'contract',
    roles: ['contract_service'],
    description: 'контрактная служба',
    subdivision: 'Отдел контрактной службы',
    employeeFrom: 'Отдел контрактной службы',
  },
  {
    login: 'executor',
    roles: ['responsible_executor'],
    description: 'ответственный исполнитель (управление архитектуры и градостроительства)',
    subdivision: 'Управление архитектуры и градостроительства',
    employeeFrom: 'Управление архитектуры и градостроительства',
  },
  {
    login: 'commission',
    roles: ['commission_member'],
    description: 'член комиссии по соблюдению требований к служебному поведению',
    employeeFrom: 'Правовое управление',
  },
  {
    login: 'head',
    roles: ['head'],
    description: 'заместитель главы, руководитель аппарата',
    employeeFrom: 'Руководство администрации',
  },
  {
    login: 'employee',
    roles: ['employee'],
    description: 'муниципальный служащий (самообслуживание)',
    subdivision: 'Управление архитектуры и градостроительства',
    employeeFrom: 'Управление архитектуры и градостроительства',
  },
  { login: 'supervisor', roles: ['regional_supervisor'], description: 'куратор региона (сводные данные)' },
];

const workplaces = [
  'ГБУЗ «Кемеровская областная клиническая больница»',
  'МБОУ «Елыкаевская СОШ»',
  'ПАО «Сбербанк», Кемеровское отделение',
  'ООО «Кузбассэнергосбыт»',
  'АО «Кемеровская генерация»',
  'ФГБОУ ВО «Кемеровский государственный университет»',
  'ИП',
  'ООО «Агрохолдинг Кузбасс»',
  'ГКУ «Центр занятости населения г. Кемерово»',
  'пенсионер(ка)',
  'не работает',
];
const streets = [
  'ул. Ленина',
  'пр. Советский',
  'ул. Кирова',
  'ул. Весенняя',
  'пр. Октябрьский',
  'ул. Юбилейная',
  'ул. Центральная',
  'ул. Школьная',
  'ул. Садовая',
  'пр. Шахтёров',
];
const towns = ['г. Кемерово', 'п. Ясногорский', 'с. Елыкаево', 'п. Металлплощадка', 'с. Берёзово', 'д. Сухово'];

/** A valid 12-digit ИНН of a person registered in Kemerovo region (code 42), with both check digits. */
function personInn(rng: Rng): string {
  const d = [4, 2, ...Array.from({ length: 8 }, () => rng.int(0, 9))];
  const c1 = ([7, 2, 4, 10, 3, 5, 9, 4, 6, 8].reduce((s, w, i) => s + w * d[i], 0) % 11) % 10;
  d.push(c1);
  const c2 = ([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8].reduce((s, w, i) => s + w * d[i], 0) % 11) % 10;
  d.push(c2);
  return d.join('');
}

const address = (rng: Rng) =>
  `Кемеровская область — Кузбасс, ${rng.pick(towns)}, ${rng.pick(streets)}, д. ${rng.int(1, 120)}${rng.chance(0.6) ? `, кв. ${rng.int(1, 180)}` : ''}`;
const mobile = (rng: Rng) =>
  `+7 (9${rng.int(0, 9)}${rng.int(0, 9)}) ${rng.int(100, 999)}-${rng.int(10, 99)}-${rng.int(10, 99)}`;
const translit = (s: string) =>
  s.toLowerCase().replace(
    /[а-яё]/g,
    (c) =>
      ({
        а: 'a',
        б: 'b',
        в: 'v',
        г: 'g',
        д: 'd',
        е: 'e',
        ё: 'e',
        ж: 'zh',
        з: 'z',
        и: 'i',
        й: 'y',
        к: 'k',
        л: 'l',
        м: 'm',
        н: 'n',
        о: 'o',
        п: 'p',
        р: 'r',
        с: 's',
        т: 't',
        у: 'u',
        ф: 'f',
        х: 'kh',
        ц: 'ts',
        ч: 'ch',
        ш: 'sh',
        щ: 'shch',
        ъ: '',
        ы: 'y',
        ь: '',
        э: 'e',
        ю: 'yu',
        я: 'ya',
      })[c] ?? '',
  );

function employeePerson(rng: Rng, gender: Gender, surname: string, n: number): PersonSeed & { gender: Gender } {
  const name = randomName(rng, gender, surname);
  return {
    ...name,
    birthDate: randomDate(rng, 1962, 1998),
    birthPlace: rng.pick(towns),
    inn: personInn(rng),
    phones: [`+7 (3842) 75-${String(10 + (n % 89)).padStart(2, '0')}-${String(rng.int(10, 99))}`, mobile(rng)],
    emails: [`${translit(name.lastName)}.${n}@akmo-demo.ru`],
    addresses: [address(rng)],
  };
}

/** Relatives as the анкета lists them: spouse, children, parents, sometimes siblings and in-laws. */
async function seedFamily(
  db: Db,
  rng: Rng,
  orgId: string,
  employeeId: string,
  emp: PersonSeed & { gender: Gender; birthDate?: string | null },
) {
  const born = Number((emp.birthDate ?? '1980').slice(0, 4));
  const add = (
    relation: Relation,
    person: PersonSeed,
    extra: { workplace?: string; workPosition?: string; livesAbroad?: boolean } = {},
  ) => seedRelative(db, { orgId, employeeId, relation, person, ...extra });
  const baseSurname = emp.gender === 'm' ? emp.lastName : randomSurname(rng);
  let spouseFirst: string | null = null;
  if (rng.chance(0.72)) {
    const g: Gender = emp.gender === 'm' ? 'f' : 'm';
    const spouse = randomName(rng, g, emp.gender === 'm' ? baseSurname : randomSurname(rng));
    if (emp.gender === 'f') spouse.lastName = g === 'm' ? spouse.lastName : spouse.lastName;
    spouseFirst = spouse.firstName;
    await add(
      'spouse',
      {
        ...spouse,
        birthDate: randomDate(rng, born - 4, born + 4),
        inn: personInn(rng),
        phones: [mobile(rng)],
        addresses: emp.addresses,
      },
      {
        workplace: rng.pick(workplaces),
        workPosition: rng.pick(['специалист', 'инженер', 'учитель', 'врач', 'бухгалтер', 'менеджер', '']) || undefined,
      },
    );
  }
  const children = rng.int(0, 3);
  const familySurname = emp.gender === 'm' ? emp.lastName.replace(/а$/, '') : baseSurname;
  const fatherFirst = emp.gender === 'm' ? emp.firstName : (spouseFirst ?? 'Александр');
  for (let i = 0; i < children; i++) {
    const g: Gender = rng.chance(0.5) ? 'm' : 'f';
    const childBorn = Math.min(2023, born + rng.int(22, 38));
    await add(g === 'm' ? 'son' : 'daughter', {
      lastName: g === 'f' ? feminineSurname(familySurname) : familySurname,
      firstName: randomName(rng, g).firstName,
      middleName: patronymicFrom(fatherFirst, g, rng),
      birthDate: randomDate(rng, childBorn, childBorn),
      addresses: childBorn > 2006 ? emp.addresses : [address(rng)],
    });
  }
  if (rng.chance(0.45)) {
    await add(
      'mother',
      {
        ...randomName(rng, 'f', emp.gender === 'm' ? emp.lastName : randomSurname(rng)),
        birthDate: randomDate(rng, born - 32, born - 20),
        addresses: [address(rng)],
      },
      { workplace: 'пенсионер(ка)' },
    );
  }
  if (rng.chance(0.3)) {
    const g: Gender = rng.chance(0.5) ? 'm' : 'f';
    await add(
      g === 'm' ? 'brother' : 'sister',
      {
        ...randomName(rng, g),
        birthDate: randomDate(rng, born - 6, born + 6),
        inn: personInn(rng),
        phones: [mobile(rng)],
        addresses: [address(rng)],
      },
      { workplace: rng.pick(workplaces), livesAbroad: rng.chance(0.03) },
    );
  }
  if (spouseFirst && rng.chance(0.15)) {
    await add(
      'spouse_mother',
      { ...randomName(rng, 'f'), birthDate: randomDate(rng, born - 32, born - 20), addresses: [address(rng)] },
      { workplace: 'пенсионер(ка)' },
    );
  }
}

export type DemoResult = { orgId: string; accounts: DemoAccount[]; created: boolean };

/**
 * Loads the demo organisation unless it is already there. Deterministic (seeded PRNG), so the demo and
 * the tests see the same 171 + 4 declarants. `loginPrefix` lets tests load an extra copy beside it.
 */
export async function loadDemoOrganisation(
  db: Db,
  opts: { password: string; loginPrefix?: string; seed?: number; force?: boolean },
): Promise<DemoResult> {
  const prefix = opts.loginPrefix ?? '';
  const accounts = demoAccounts.map(({ login, roles, description }) => ({ login: prefix + login, roles, description }));
  if (!opts.force) {
    const [existing] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, DEMO_ORG_NAME))
      .limit(1);
    if (existing) return { orgId: existing.id, accounts, created: false };
  }
  const rng = createRng(opts.seed ?? 20241231);
  const orgIds = new Map<string, string>();
  const employeesIn = new Map<string, string[]>();
  const subdivisionIds = new Map<string, string>();
  let n = 0;
  for (const spec of demoStructure) {
    const org = await seedOrganisation(db, {
      name: spec.name,
      shortName: spec.shortName,
      kind: spec.kind,
      parentId: spec.parent ? orgIds.get(spec.parent) : null,
      address: 'Кемеровская область — Кузбасс, Кемеровский муниципальный округ',
    });
    orgIds.set(spec.key, org.id);
    for (const sub of spec.subdivisions) {
      const s = await seedSubdivision(db, {
        orgId: org.id,
        name: sub.name,
        parentId: sub.parent ? subdivisionIds.get(`${spec.key}|${sub.parent}`) : null,
      });
      subdivisionIds.set(`${spec.key}|${sub.name}`, s.id);
      if (spec.key === 'admin') subdivisionIds.set(sub.name, s.id);
      for (const p of sub.positions) {
        const pos = await seedPosition(db, {
          orgId: org.id,
          subdivisionId: s.id,
          title: p.title,
          group: p.group,
          isDeclarant: p.declarant,
        });
        const kind: EmployeeKind =
          spec.kind === 'institution' && p.title === 'Директор'
            ? 'institution_head'
            : p.worker
              ? 'worker'
              : 'municipal_employee';
        for (let i = 0; i < p.count; i++) {
          n++;
          const gender: Gender = rng.chance(0.62) ? 'f' : 'm';
          const person = employeePerson(rng, gender, randomSurname(rng), n);
          const { gender: _g, ...personSeed } = person;
          const emp = await seedEmployee(db, {
            orgId: org.id,
            positionId: pos.id,
            subdivisionId: s.id,
            kind,
            hiredAt: randomDate(rng, 2005, 2022),
            personnelNumber: String(n).padStart(5, '0'),
            person: personSeed,
          });
          if (kind === 'municipal_employee') employeesIn.set(sub.name, [...(employeesIn.get(sub.name) ?? []), emp.id]);
          if (p.declarant) await seedFamily(db, rng, org.id, emp.id, person);
        }
      }
    }
  }
  // Former employees in declarant positions, dismissed in 2022–2023 (inside the two-year window of 2024).
  const adminId = orgIds.get('admin')!;
  const formerSubs = [
    'Управление архитектуры и градостроительства',
    'Управление жизнеобеспечения',
    'Территориальное управление',
    'Управление экономического развития',
    'Правовое управление',
  ];
  for (let i = 0; i < DEMO_FORMER_EMPLOYEES; i++) {
    n++;
    const subName = formerSubs[i % formerSubs.length];
    const subId = subdivisionIds.get(subName)!;
    const pos = await seedPosition(db, {
      orgId: adminId,
      subdivisionId: subId,
      title: rng.pick(['Главный специалист', 'Ведущий специалист', 'Консультант-советник']),
      group: 'senior',
      isDeclarant: true,
    });
    const person = employeePerson(rng, rng.chance(0.6) ? 'f' : 'm', randomSurname(rng), n);
    const { gender: _g, ...personSeed } = person;
    const hiredAt = randomDate(rng, 2010, 2019);
    await seedEmployee(db, {
      orgId: adminId,
      positionId: pos.id,
      subdivisionId: subId,
      kind: 'municipal_employee',
      hiredAt,
      dismissedAt: randomDate(rng, 2022, 2023),
      personnelNumber: String(n).padStart(5, '0'),
      person: personSeed,
    });
  }

  await loadDemoJournals(db, rng, adminId);
  await loadDemoProcurement(db, adminId);
  await loadDemoCommission(db, adminId);
  await loadDemoAffiliation(db, adminId);
  await loadDemoExpertise(db, adminId);
  await loadDemoDeclarations(db, adminId);

  const passwordHash = await hashPassword(opts.password);
  const userIds = new Map<string, string>();
  for (const a of demoAccounts) {
    // Each account that is a person gets a distinct employee record of their subdivision.
    const employeeId = a.employeeFrom ? (employeesIn.get(a.employeeFrom)?.shift() ?? null) : null;
    const user = await seedUser(db, {
      orgId: adminId,
      login: prefix + a.login,
      password: opts.password,
      passwordHash,
      fullName: `Демо: ${a.description}`,
      roles: a.roles,
      subdivisionId: a.subdivision ? subdivisionIds.get(a.subdivision) : null,
      employeeId,
    });
    userIds.set(a.login, user.id);
  }
  await loadDemoPlans(db, {
    orgId: adminId,
    subdivisions: subdivisionIds,
    orgs: orgIds,
    officerUserId: userIds.get('officer') ?? null,
  });
  await db.transaction((tx) =>
    appendAudit(
      tx,
      { actorId: null, actorLogin: 'system', ip: null },
      {
        orgId: adminId,
        type: 'organisation.created',
        entityType: 'organisation',
        entityId: adminId,
        data: { seed: 'demo', employees: n },
      },
    ),
  );
  return { orgId: adminId, accounts, created: true };
}
