/**
 * The demo organisation's journals for 2024, with the seed report's figures (measures 1.6, 1.9, 2.1, 2.2,
 * 6.3, 6.6, 7.3): 11 notifications of other paid work, 33 employers' messages (all with motivated
 * conclusions «не подлежит рассмотрению»), 14 court cases (3 unlawful, 9 dismissed, 2 pending), 382 draft
 * resolutions of which 365 with anti-corruption expertise and no factors found, 48 «прямые линии»,
 * 76 public hearings, the quiz of 21.11.2024. No gift or inducement notifications (as in 2024).
 * A few current-year entries make the «Сроки» view and the home page show live work.
 */
import { addWorkingDays, defaultCalendar, isWorkingDay } from '@antikor/core';
import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { employees, positions } from '../../modules/org/tables.js';
import { type SeedEntry, seedJournalEntries } from '../journal-factory.js';
import type { Rng } from '../random.js';

/** Working days between two dates inclusive, by the production calendar. */
function workingDaysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const d = new Date(t).toISOString().slice(0, 10);
    if (isWorkingDay(defaultCalendar, d as never)) out.push(d);
  }
  return out;
}

/** A random working day between two dates (production calendar). */
function workday(rng: Rng, from: string, to: string): string {
  const days = workingDaysBetween(from, to);
  if (!days.length) throw new Error(`no working day between ${from} and ${to}`);
  return rng.pick(days);
}
const plusWorkingDays = (d: string, n: number) => addWorkingDays(defaultCalendar, d as never, n).date as string;
const spreadOverYear = (rng: Rng, n: number, year: number) =>
  Array.from({ length: n }, () => workday(rng, `${year}-01-09`, `${year}-12-27`)).sort();

const employersOfFormer = [
  'ООО «Кузбасская строительная компания»',
  'АО «Кемеровская генерация»',
  'ГКУ «Центр занятости населения»',
  'ООО «Сибирский агрохолдинг»',
  'МБОУ «Ясногорская СОШ»',
  'ПАО «Сбербанк»',
  'ООО «Кузбассэнергосбыт»',
  'ГАУЗ «Кемеровская районная больница»',
  'ООО «Управляющая компания „Уют“»',
  'ИП Савельев А. В.',
];
const drafts = [
  'Об утверждении административного регламента предоставления муниципальной услуги',
  'О внесении изменений в постановление администрации Кемеровского муниципального округа',
  'Об утверждении муниципальной программы',
  'Об утверждении порядка предоставления субсидий',
  'Об установлении размера платы',
  'Об утверждении положения о порядке',
  'О предоставлении разрешения на условно разрешённый вид использования земельного участка',
  'Об утверждении документации по планировке территории',
];
const hearings: [string, string][] = [
  ['conditional_use', 'Предоставление разрешения на условно разрешённый вид использования земельного участка'],
  ['deviation', 'Отклонение от предельных параметров разрешённого строительства'],
  ['planning_documentation', 'Утверждение документации по планировке территории'],
  ['general_plan', 'Внесение изменений в генеральный план сельского поселения'],
  ['zoning_rules', 'Внесение изменений в правила землепользования и застройки'],
  ['improvement', 'Правила благоустройства территории'],
];
const villages = [
  'п. Ясногорский',
  'с. Елыкаево',
  'п. Металлплощадка',
  'с. Берёзово',
  'д. Сухово',
  'п. Звёздный',
  'с. Мазурово',
];
const surnames = [
  'Котов',
  'Лисицына',
  'Гребенщиков',
  'Осипова',
  'Малахов',
  'Фёдорова',
  'Решетников',
  'Зуева',
  'Пахомов',
  'Третьякова',
  'Щукин',
  'Ладыгина',
  'Бортников',
  'Сафина',
];

export async function loadDemoJournals(db: Db, rng: Rng, orgId: string): Promise<void> {
  const active = await db
    .select({ id: employees.id })
    .from(employees)
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .where(
      and(
        eq(employees.orgId, orgId),
        isNull(employees.dismissedAt),
        eq(positions.isDeclarant, true),
        eq(employees.kind, 'municipal_employee'),
      ),
    )
    .orderBy(asc(employees.personnelNumber));
  const former = await db
    .select({ id: employees.id, dismissedAt: employees.dismissedAt, title: positions.title })
    .from(employees)
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .where(and(eq(employees.orgId, orgId), isNotNull(employees.dismissedAt)))
    .orderBy(asc(employees.personnelNumber));

  // 1.6: 11 notifications of other paid work (teaching, accounting services), all acknowledged.
  const outside: SeedEntry[] = spreadOverYear(rng, 11, 2024).map((d, i) => {
    const teaching = i < 7;
    return {
      registeredOn: d,
      status: 'acknowledged',
      processedOn: plusWorkingDays(d, 3),
      employeeId: active[(i * 13) % active.length].id,
      data: {
        contractType: teaching ? 'civil' : 'employment',
        employerName: teaching
          ? rng.pick([
              'ФГБОУ ВО «Кемеровский государственный университет»',
              'ГПОУ «Кемеровский аграрный техникум»',
              'МБУ ДО «Центр детского творчества»',
            ])
          : rng.pick(['ООО «Бухгалтерия-Сервис»', 'ИП Гаврилова Н. П.', 'ТСЖ «Весна»']),
        workKind: teaching ? 'teaching' : 'accounting',
        duties: teaching
          ? 'Преподавание учебной дисциплины в свободное от службы время'
          : 'Ведение бухгалтерского учёта по договору',
        workStart: plusWorkingDays(d, 12),
        reviewNote: 'Организация не подконтрольна служащему; конфликт интересов не усматривается',
        result: 'acknowledged',
      },
    };
  });
  await seedJournalEntries(db, { orgId, journalCode: 'outside-work-notice', entries: outside });

  // 1.9: 33 employers' messages about former employees, each with a motivated conclusion.
  const messages: SeedEntry[] = spreadOverYear(rng, 33, 2024).map((d, i) => {
    const f = former[i % former.length];
    const contractDate = plusWorkingDays(d, -rng.int(3, 6));
    const conclusionOn = plusWorkingDays(d, rng.int(2, 6));
    return {
      registeredOn: d,
      status: 'closed',
      processedOn: conclusionOn,
      employeeId: f.id,
      data: {
        incomingNumber: `вх-${1000 + i * 7}`,
        letterDate: plusWorkingDays(contractDate, 2),
        employerName: employersOfFormer[i % employersOfFormer.length],
        formerPosition: f.title,
        dismissedOn: f.dismissedAt,
        contractType: i % 5 === 0 ? 'civil' : 'employment',
        contractDate,
        newPosition: rng.pick(['Специалист', 'Инженер', 'Юрисконсульт', 'Экономист', 'Менеджер']),
        consentGiven: false,
        conclusion: 'not_subject',
        conclusionText:
          'Функции муниципального управления в отношении организации в должностные обязанности не входили; сообщение не подлежит рассмотрению на заседании комиссии',
        conclusionOn,
      },
    };
  });
  await seedJournalEntries(db, { orgId, journalCode: 'ex-employee-notice', entries: messages });

  // 2.1: 14 administrative cases (КАС РФ гл. 22): 3 unlawful (executed, reported to court), 9 dismissed, 2 pending.
  const outcomes = [
    ...Array(3).fill('unlawful'),
    ...Array(9).fill('dismissed'),
    ...Array(2).fill('pending'),
  ] as string[];
  const cases: SeedEntry[] = spreadOverYear(rng, 14, 2024).map((d, i) => {
    const outcome = outcomes[i];
    // Decided cases were decided within 2024: the report on 2024 counts outcomes known on 31 December.
    const decided = outcome === 'pending' ? undefined : plusWorkingDays(d, rng.int(20, 40));
    const decisionOn = decided && decided > '2024-12-26' ? '2024-12-26' : decided;
    const inForceOn = decisionOn ? plusWorkingDays(decisionOn, 22) : undefined;
    return {
      registeredOn: d,
      status: outcome === 'unlawful' ? 'executed' : outcome === 'dismissed' ? 'dismissed' : 'pending',
      processedOn: inForceOn ? plusWorkingDays(inForceOn, 15) : undefined,
      party: `${surnames[i]} ${rng.pick(['А. В.', 'Н. С.', 'И. П.', 'Е. Г.'])}`,
      data: {
        court: rng.pick([
          'Кемеровский районный суд',
          'Центральный районный суд г. Кемерово',
          'Кемеровский областной суд',
        ]),
        caseNumber: `2а-${100 + i * 17}/2024`,
        filedOn: d,
        challengedAct: rng.pick([
          'Отказ в предоставлении земельного участка без торгов',
          'Бездействие по ремонту автомобильной дороги',
          'Отказ в перераспределении земельного участка',
          'Отказ в выдаче разрешения на строительство',
          'Бездействие по организации водоснабжения',
        ]),
        outcome,
        decisionOn,
        inForceOn,
        ...(outcome === 'unlawful'
          ? {
              remedialActions: 'Повторно рассмотрено заявление; нарушенное право восстановлено',
              reportedToCourtOn: plusWorkingDays(inForceOn!, 15),
            }
          : {}),
      },
    };
  });
  await seedJournalEntries(db, { orgId, journalCode: 'court-case', entries: cases });

  // 2.2–2.3: 382 draft resolutions examined; 365 normative ones given anti-corruption expertise, no factors.
  const draftDates = spreadOverYear(rng, 382, 2024);
  const nonNormative = new Set(Array.from({ length: 382 - 365 }, (_, k) => 5 + k * 22));
  const draftEntries: SeedEntry[] = draftDates.map((d, i) => {
    const normative = !nonNormative.has(i);
    return {
      registeredOn: d,
      status: 'adopted',
      processedOn: plusWorkingDays(d, 2),
      data: {
        actType: 'resolution',
        draftTitle: `${rng.pick(drafts)} (проект № ${i + 1})`,
        developer: rng.pick([
          'Управление архитектуры и градостроительства',
          'Комитет по управлению муниципальным имуществом',
          'Управление экономического развития',
          'Управление жизнеобеспечения',
          'Управление образования',
        ]),
        receivedOn: d,
        isNormative: normative,
        anticorruptionExpertise: normative,
        factorsFound: 0,
        conclusionOn: plusWorkingDays(d, 2),
        adoptedAct: `Постановление от ${plusWorkingDays(d, 5).split('-').reverse().join('.')} № ${1000 + i}-п`,
      },
    };
  });
  await seedJournalEntries(db, { orgId, journalCode: 'draft-act', entries: draftEntries });

  // 6.3: 48 «прямые линии» — monthly by schedule, in person and by video conference.
  const lines: SeedEntry[] = Array.from({ length: 48 }, (_, i) => {
    // Four a month by schedule: spread over the month's working days.
    const month = String(Math.floor(i / 4) + 1).padStart(2, '0');
    const days = workingDaysBetween(`2024-${month}-01`, `2024-${month}-28`);
    const d = days[Math.floor(((i % 4) * days.length) / 4)];
    return {
      registeredOn: d,
      status: 'held',
      data: {
        heldOn: d,
        host: 'Глава Кемеровского муниципального округа',
        format: i % 3 === 0 ? 'video' : 'in_person',
        topic: 'Вопросы жителей округа',
        callsReceived: rng.int(3, 15),
        corruptionReports: 0,
      },
    };
  });
  await seedJournalEntries(db, { orgId, journalCode: 'direct-line', entries: lines });

  // 6.6: 76 public hearings by the architecture department and КУМИ.
  const hearingEntries: SeedEntry[] = spreadOverYear(rng, 76, 2024).map((d) => {
    const [subject, text] = rng.pick(hearings);
    return {
      registeredOn: d,
      status: 'held',
      data: {
        heldOn: d,
        subject,
        description: `${text}, ${rng.pick(villages)}`,
        organiser: rng.chance(0.75)
          ? 'Управление архитектуры и градостроительства'
          : 'Комитет по управлению муниципальным имуществом',
        territory: rng.pick(villages),
        participants: rng.int(5, 40),
      },
    };
  });
  await seedJournalEntries(db, { orgId, journalCode: 'public-hearing', entries: hearingEntries });

  // 7.3–7.4: the quiz of 21.11.2024 and seminars with those responsible in subdivisions.
  await seedJournalEntries(db, {
    orgId,
    journalCode: 'event',
    entries: [
      ...['2024-02-14', '2024-03-20', '2024-04-10', '2024-10-16'].map((d) => ({
        registeredOn: d,
        status: 'held',
        data: {
          heldOn: d,
          kind: 'talk',
          title: 'Беседа с ответственными за профилактику коррупционных правонарушений: сбор сведений о доходах',
          place: 'Администрация Кемеровского муниципального округа',
          audience: 'Ответственные в структурных подразделениях',
        },
      })),
      {
        registeredOn: '2024-11-21',
        status: 'held',
        data: {
          heldOn: '2024-11-21',
          kind: 'international_day',
          title: 'Квиз «Мы против коррупции» среди учащихся 8–9 классов, выставка рисунков «Нет коррупции»',
          place: 'МБОУ «Пригородная ООШ имени Ошлыкова Е.В.»',
          audience: 'Учащиеся 8–9 классов, активисты «Движения Первых»',
          result:
            'Проведён квиз, выставка рисунков; активисты «Движения Первых» представили антикоррупционный видеоролик. Информация размещена на сайте в разделе «Противодействие коррупции».',
        },
      },
    ],
  });

  // 3.4: 50 municipal employees on the qualification programme (10 of them first appointed) in two groups,
  // and 1 on another programme. Deterministic (no rng), so the rest of the demo keeps its random sequence.
  const provider = 'ГАУ ДПО «Кузбасский региональный институт развития профессионального образования»';
  const training: SeedEntry[] = [
    ...Array.from({ length: 50 }, (_, i) => {
      const [startedOn, completedOn] = i < 25 ? ['2024-04-08', '2024-04-19'] : ['2024-10-07', '2024-10-18'];
      const firstTime = i % 5 === 0;
      return {
        registeredOn: startedOn,
        status: 'completed',
        processedOn: completedOn,
        employeeId: active[i].id,
        data: {
          programme:
            'Правовые и организационные меры по противодействию коррупции в деятельности государственных и муниципальных служащих',
          kind: 'qualification',
          category: firstTime ? 'first_time' : 'officer',
          firstTimeAppointee: firstTime,
          provider,
          hours: 36,
          startedOn,
          completedOn,
          certificate: `ПК-2024/${String(i + 1).padStart(3, '0')}`,
        },
      };
    }),
    {
      registeredOn: '2024-06-03',
      status: 'completed',
      processedOn: '2024-06-28',
      employeeId: active[50].id,
      data: {
        programme: 'Противодействие коррупции в Российской Федерации',
        kind: 'programme',
        category: 'procurement',
        firstTimeAppointee: false,
        provider,
        hours: 72,
        startedOn: '2024-06-03',
        completedOn: '2024-06-28',
        certificate: 'ПК-2024/051',
      },
    },
  ];
  await seedJournalEntries(db, { orgId, journalCode: 'training', entries: training });

  // This year's live work: open notices whose deadlines run now.
  const now = new Date();
  const thisYear = now.getUTCFullYear();
  const recent = (back: number) => plusWorkingDays(now.toISOString().slice(0, 10), -back);
  if (defaultCalendar && thisYear >= 2025) {
    await seedJournalEntries(db, {
      orgId,
      journalCode: 'gift-notice',
      entries: [
        {
          registeredOn: recent(7),
          employeeId: active[5].id,
          data: {
            receivedOn: recent(8),
            eventName: 'Региональный форум муниципальных образований, Кемерово',
            giftName: 'Настольные часы с символикой форума',
            quantity: 1,
          },
        },
        {
          registeredOn: recent(1),
          employeeId: active[40].id,
          data: {
            receivedOn: recent(2),
            eventName: 'Торжественное мероприятие ко Дню работника сельского хозяйства',
            giftName: 'Корзина с продуктами',
            quantity: 1,
            declaredValue: 2800,
          },
        },
      ],
    });
    // 6.2, 6.5: reports of corruption by the hotline and the website's electronic reception.
    await seedJournalEntries(db, {
      orgId,
      journalCode: 'corruption-report',
      entries: [
        {
          registeredOn: recent(25),
          status: 'sent_to_law_enforcement',
          processedOn: recent(22),
          party: null,
          data: {
            receivedOn: recent(25),
            channel: 'hotline',
            anonymous: true,
            summary: 'Сообщение о требовании денежного вознаграждения за ускорение выдачи разрешения на строительство',
            concerns: 'Специалист управления архитектуры и градостроительства',
            aboutCorruption: true,
            forwardedTo: 'Прокуратура Кемеровского района',
            forwardedOn: recent(22),
            result: 'Направлено для проверки по компетенции (59-ФЗ ст. 11 ч. 1)',
          },
        },
        {
          registeredOn: recent(6),
          status: 'in_review',
          party: 'Гражданин (данные в карточке)',
          data: {
            receivedOn: recent(6),
            channel: 'website',
            anonymous: false,
            reporterContact: 'Адрес для ответа указан в обращении',
            summary:
              'Жалоба на затягивание рассмотрения заявления о перераспределении земельного участка, намёк на «благодарность»',
            concerns: 'Комитет по управлению муниципальным имуществом',
          },
        },
      ],
    });
    await seedJournalEntries(db, {
      orgId,
      journalCode: 'training',
      entries: [
        {
          registeredOn: recent(3),
          employeeId: active[70].id,
          data: {
            programme: 'Противодействие коррупции при осуществлении закупок',
            kind: 'qualification',
            category: 'procurement',
            firstTimeAppointee: false,
            provider,
            hours: 36,
            startedOn: recent(3),
            completedOn: plusWorkingDays(recent(3), 9),
          },
        },
      ],
    });
    await seedJournalEntries(db, {
      orgId,
      journalCode: 'coi-notice',
      entries: [
        {
          registeredOn: recent(4),
          status: 'preliminary_review',
          employeeId: active[60].id,
          data: {
            circumstances:
              'Сестра супруги назначена директором ООО, участвующего в закупке, в подготовке которой участвует служащий',
            affectedDuties: 'Подготовка технического задания и приёмка работ',
            proposedMeasures: 'Отстранение от участия в закупке',
            attendMeeting: true,
            referredForReviewOn: recent(3),
          },
        },
      ],
    });
    await seedJournalEntries(db, {
      orgId,
      journalCode: 'outside-work-notice',
      entries: [
        {
          registeredOn: recent(2),
          employeeId: active[90].id,
          data: {
            contractType: 'civil',
            employerName: 'ГПОУ «Кемеровский аграрный техникум»',
            workKind: 'teaching',
            duties: 'Чтение лекций по земельному праву',
            workStart: plusWorkingDays(recent(2), 14),
          },
        },
      ],
    });
  }
}
