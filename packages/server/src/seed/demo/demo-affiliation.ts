/**
 * Demo data for affiliation review (issue 6): a synthetic counterparty list of the kind the officer
 * assembles from ЕГРЮЛ/ЕГРИП extracts, with a few planted links — a relative who directs a supplier,
 * a spouse among the founders under another spelling, an employee registered as an entrepreneur,
 * a company that uses an employee's mobile — and a namesake decoy that must not be linked; a copy of
 * the loss-of-trust register with fictional entries; one check so the working group's queue is not
 * empty. Deterministic (own seeded PRNG), independent of the 2024 journal figures.
 */
import { withInnCheckDigits } from '@antikor/engines/affiliation';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type CounterpartyFields, contentHash } from '../../modules/affiliation/counterparty-rows.js';
import { runCheck } from '../../modules/affiliation/run-check.js';
import { affiliationImports, counterparties, lossOfTrustEntries } from '../../modules/affiliation/tables.js';
import { employees, persons, relatives } from '../../modules/org/tables.js';
import { randomName } from '../names.js';
import { createRng, type Rng, randomDate } from '../random.js';

const companyWords = [
  'Вектор',
  'СтройИнвест',
  'Кузбасс-Снаб',
  'ТеплоСервис',
  'Сибирский дом',
  'Альянс',
  'Меридиан',
  'ДорСтрой',
  'Горизонт',
  'ПромТехника',
  'Уголёк',
  'Экопарк',
  'Регион-Ресурс',
  'Северная звезда',
  'Тепловик',
  'Кедр',
  'Форвард',
  'Техноком',
  'Агроснаб',
  'Берёзка',
  'Инженерные системы',
  'Квадрат',
  'Стандарт',
  'Лидер',
  'Промстрой',
  'Энергоресурс',
  'Ника',
  'Орион',
  'Сфера',
  'Град',
];
const streets = [
  'ул. Терешковой',
  'пр. Ленина',
  'ул. Волгоградская',
  'ул. Тухачевского',
  'пр. Кузнецкий',
  'ул. Красная',
  'ул. Сибиряков-Гвардейцев',
  'ул. Рукавишникова',
];

const orgInn = (rng: Rng) => withInnCheckDigits(`42${String(rng.int(0, 9_999_999)).padStart(7, '0')}`);
const personInn = (rng: Rng) => withInnCheckDigits(`42${String(rng.int(0, 99_999_999)).padStart(8, '0')}`);
const cityPhone = (rng: Rng) => `+7 (3842) ${rng.int(30, 79)}-${rng.int(10, 99)}-${rng.int(10, 99)}`;
const office = (rng: Rng) =>
  `650${String(rng.int(0, 99)).padStart(3, '0')}, г. Кемерово, ${rng.pick(streets)}, д. ${rng.int(1, 90)}, оф. ${rng.int(1, 30)}`;

type Row = CounterpartyFields & { externalId: string };
const row = (externalId: string, f: Partial<CounterpartyFields>): Row => ({
  externalId,
  companyInn: null,
  companyName: null,
  role: null,
  lastName: null,
  firstName: null,
  middleName: null,
  birthDate: null,
  inn: null,
  phones: [],
  emails: [],
  addresses: [],
  ...f,
});

export async function loadDemoAffiliation(db: Db, orgId: string): Promise<void> {
  const rng = createRng(20250601);
  const staff = await db
    .select({ e: employees, p: persons })
    .from(employees)
    .innerJoin(persons, eq(persons.id, employees.personId))
    .where(and(eq(employees.orgId, orgId), isNull(employees.dismissedAt)))
    .orderBy(asc(employees.personnelNumber), asc(employees.createdAt), asc(employees.id));
  const rels = await db
    .select({ r: relatives, p: persons })
    .from(relatives)
    .innerJoin(persons, eq(persons.id, relatives.personId))
    .where(
      inArray(
        relatives.employeeId,
        staff.map((s) => s.e.id),
      ),
    )
    .orderBy(asc(relatives.createdAt));
  const rows: Row[] = [];
  let n = 0;
  const nextId = () => `egrul-${String(++n).padStart(4, '0')}`;

  // Planted 1: a sibling of an employee is the director of a supplier (name, birth date and ИНН as in the extract).
  const sibling = rels.find((x) => ['sister', 'brother'].includes(x.r.relation) && x.p.inn && x.p.birthDate);
  if (sibling) {
    const inn = orgInn(rng);
    rows.push(
      row(nextId(), {
        companyInn: inn,
        companyName: 'ООО «СтройВектор»',
        role: 'director',
        lastName: sibling.p.lastName.toUpperCase(),
        firstName: sibling.p.firstName.toUpperCase(),
        middleName: sibling.p.middleName?.toUpperCase() ?? null,
        birthDate: sibling.p.birthDate,
        inn: sibling.p.inn,
        addresses: [office(rng)],
      }),
    );
    rows.push(
      row(nextId(), {
        companyInn: inn,
        companyName: 'ООО «СтройВектор»',
        role: 'founder',
        ...person(rng),
        addresses: [office(rng)],
      }),
    );
  }
  // Planted 2: a spouse among the founders, the extract giving only initials.
  const spouse = rels.find(
    (x) => x.r.relation === 'spouse' && x.p.birthDate && x.r.employeeId !== sibling?.r.employeeId,
  );
  if (spouse) {
    rows.push(
      row(nextId(), {
        companyInn: orgInn(rng),
        companyName: 'ООО «Кузбасс-Снаб»',
        role: 'founder',
        lastName: spouse.p.lastName,
        firstName: `${spouse.p.firstName[0]}.`,
        middleName: spouse.p.middleName ? `${spouse.p.middleName[0]}.` : null,
        birthDate: spouse.p.birthDate,
        inn: spouse.p.inn,
        phones: [cityPhone(rng)],
      }),
    );
  }
  // Planted 3: an employee registered as an individual entrepreneur (ИНН ИП = ИНН физического лица).
  const entrepreneur = staff.find(
    (s) =>
      s.p.inn &&
      s.e.id !== sibling?.r.employeeId &&
      s.e.id !== spouse?.r.employeeId &&
      s.e.kind === 'municipal_employee',
  );
  if (entrepreneur) {
    const p = entrepreneur.p;
    rows.push(
      row(nextId(), {
        companyInn: p.inn,
        companyName: `ИП ${p.lastName} ${p.firstName[0]}. ${p.middleName?.[0] ?? ''}.`.replace(' .', ''),
        role: 'entrepreneur',
        lastName: p.lastName,
        firstName: p.firstName,
        middleName: p.middleName,
        addresses: p.addresses,
      }),
    );
  }
  // Planted 4: a company whose contact phone is an employee's mobile, written another way.
  const withMobile = staff.find(
    (s) => s.p.phones.length > 1 && s.e.id !== entrepreneur?.e.id && s.e.id !== sibling?.r.employeeId,
  );
  if (withMobile) {
    const digits = withMobile.p.phones[1].replace(/\D/g, '').slice(1);
    rows.push(
      row(nextId(), {
        companyInn: orgInn(rng),
        companyName: 'ООО «ТеплоСервис»',
        role: 'contact',
        phones: [`8-${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`],
        emails: ['teploservis@example.ru'],
      }),
    );
  }
  // Decoy: a namesake of an employee (same full name, another birth date and ИНН) — a different person.
  const namesake = staff.find(
    (s) =>
      s.p.birthDate && s.e.id !== entrepreneur?.e.id && s.e.id !== withMobile?.e.id && s.e.id !== sibling?.r.employeeId,
  );
  if (namesake) {
    const born = Number(namesake.p.birthDate?.slice(0, 4)) + 7;
    rows.push(
      row(nextId(), {
        companyInn: orgInn(rng),
        companyName: 'ООО «Меридиан-Н»',
        role: 'director',
        lastName: namesake.p.lastName,
        firstName: namesake.p.firstName,
        middleName: namesake.p.middleName,
        birthDate: randomDate(rng, born, born),
        inn: personInn(rng),
      }),
    );
  }
  // Background: ordinary suppliers with their directors, founders and contacts.
  for (let c = 0; c < 40; c++) {
    const inn = orgInn(rng);
    const name = `${rng.pick(['ООО', 'ООО', 'ООО', 'АО'])} «${rng.pick(companyWords)}${rng.chance(0.5) ? `-${rng.int(1, 99)}` : ''}»`;
    const phone = cityPhone(rng);
    rows.push(
      row(nextId(), {
        companyInn: inn,
        companyName: name,
        role: 'director',
        ...person(rng),
        phones: [phone],
        addresses: [office(rng)],
      }),
    );
    for (let f = rng.int(0, 2); f > 0; f--)
      rows.push(row(nextId(), { companyInn: inn, companyName: name, role: 'founder', ...person(rng) }));
    if (rng.chance(0.4))
      rows.push(
        row(nextId(), {
          companyInn: inn,
          companyName: name,
          role: 'contact',
          phones: [phone],
          emails: [`info${c}@example.ru`],
        }),
      );
  }

  const [imp] = await db
    .insert(affiliationImports)
    .values({
      orgId,
      kind: 'counterparties',
      fileName: 'Выписки ЕГРЮЛ (демонстрационные).csv',
      sha256: 'demo',
      rowCount: rows.length,
      created: rows.length,
      updated: 0,
      unchanged: 0,
    })
    .returning({ id: affiliationImports.id });
  await db.insert(counterparties).values(
    rows.map(({ externalId, ...f }) => ({
      orgId,
      externalId,
      source: 'import',
      ...f,
      contentHash: contentHash(f),
      importId: imp.id,
    })),
  );

  // Fictional entries of the register of persons dismissed due to loss of trust (273-ФЗ ст. 15).
  const register = [
    [
      'Громов',
      'Виктор',
      'Павлович',
      'Администрация Энского муниципального района',
      'Начальник отдела',
      'ч. 1 ст. 27.1 Федерального закона от 02.03.2007 № 25-ФЗ',
      '2021-03-12',
      '45-к',
      '2021-04-01',
    ],
    [
      'Лебедева',
      'Ольга',
      'Игоревна',
      'МКУ «Служба единого заказчика»',
      'Главный специалист',
      'ст. 13.1 Федерального закона от 25.12.2008 № 273-ФЗ',
      '2022-10-20',
      '112-л',
      '2022-11-15',
    ],
    [
      'Сафонов',
      'Илья',
      'Андреевич',
      'Комитет по управлению имуществом',
      'Заместитель председателя',
      'ст. 11 Федерального закона от 25.12.2008 № 273-ФЗ',
      '2023-05-04',
      '31',
      '2023-06-01',
    ],
  ];
  await db.insert(lossOfTrustEntries).values(
    register.map(
      ([lastName, firstName, middleName, organisation, position, violation, actDate, actNumber, includedOn]) => ({
        orgId,
        entryKey: `demo:${lastName}:${actDate}`,
        lastName,
        firstName,
        middleName,
        organisation,
        position,
        violation,
        actDate,
        actNumber,
        includedOn,
      }),
    ),
  );
  await runCheck(
    db,
    orgId,
    { userId: null, name: 'Демонстрационные данные', ctx: { actorId: null, actorLogin: 'system', ip: null } },
    {},
    'demo',
  );
}

function person(rng: Rng) {
  const name = randomName(rng, rng.chance(0.6) ? 'm' : 'f');
  return {
    lastName: name.lastName,
    firstName: name.firstName,
    middleName: name.middleName,
    birthDate: randomDate(rng, 1960, 1995),
    inn: rng.chance(0.7) ? personInn(rng) : null,
  };
}
