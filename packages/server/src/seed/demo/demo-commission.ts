/**
 * The demo organisation's commission: the composition approved for 2024 and, per the seed report (measure
 * 1.1), 5 meetings in 2024 about 4 municipal employees — with decisions that agree with the rest of the
 * report (no conflict of interest found, income information filed in full). This year's live work: a review
 * in progress, a consent appeal and a submission on the agenda of the next meeting, materials waiting for a
 * date, and a head's response due — so the secretary's home page has items.
 */
import { addWorkingDays, defaultCalendar } from '@antikor/core';
import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { journalEntries } from '../../modules/journals/tables.js';
import { employees, persons, positions, subdivisions } from '../../modules/org/tables.js';
import { seedCommissionCase, seedCommissionComposition, seedCommissionMeeting } from '../commission-factory.js';

const plusWorkingDays = (d: string, n: number) => addWorkingDays(defaultCalendar, d as never, n).date as string;
const PLACE = 'г. Кемерово, ул. Совхозная, 1а, администрация Кемеровского муниципального округа, каб. 210';

async function staffOf(db: Db, orgId: string, subdivision: string) {
  return db
    .select({
      id: employees.id,
      lastName: persons.lastName,
      firstName: persons.firstName,
      middleName: persons.middleName,
      title: positions.title,
    })
    .from(employees)
    .innerJoin(persons, eq(persons.id, employees.personId))
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .innerJoin(subdivisions, eq(subdivisions.id, employees.subdivisionId))
    .where(
      and(
        eq(employees.orgId, orgId),
        eq(subdivisions.name, subdivision),
        isNull(employees.dismissedAt),
        eq(employees.kind, 'municipal_employee'),
      ),
    )
    .orderBy(asc(employees.personnelNumber));
}

const fio = (e: { lastName: string; firstName: string; middleName: string | null }) =>
  `${e.lastName} ${e.firstName}${e.middleName ? ` ${e.middleName}` : ''}`;

export async function loadDemoCommission(db: Db, orgId: string): Promise<void> {
  const lead = await staffOf(db, orgId, 'Руководство администрации');
  const service = await staffOf(
    db,
    orgId,
    'Управление по вопросам муниципальной службы, кадров и противодействия коррупции',
  );
  const prevention = await staffOf(db, orgId, 'Отдел по профилактике коррупционных и иных правонарушений');
  const legal = await staffOf(db, orgId, 'Правовое управление');
  const hr = await staffOf(db, orgId, 'Отдел кадров и муниципальной службы');
  const inHouse = (role: 'chair' | 'deputy_chair' | 'secretary' | 'member', e: (typeof lead)[number]) => ({
    role,
    employeeId: e.id,
    fullName: fio(e),
    position: e.title,
  });
  const { composition, members } = await seedCommissionComposition(db, {
    orgId,
    title:
      'Распоряжение администрации Кемеровского муниципального округа от 09.01.2024 № 3-р «Об утверждении состава комиссии по соблюдению требований к служебному поведению муниципальных служащих и урегулированию конфликта интересов»',
    validFrom: '2024-01-09',
    members: [
      inHouse('chair', lead[1]),
      inHouse('deputy_chair', service[0]),
      inHouse('secretary', prevention[0]),
      inHouse('member', legal[0]),
      inHouse('member', hr[0]),
      {
        role: 'member',
        fullName: 'Ветрова Галина Николаевна',
        position:
          'Доцент кафедры государственного и муниципального управления ФГБОУ ВО «Кемеровский государственный университет»',
        isIndependent: true,
      },
      {
        role: 'member',
        fullName: 'Савельев Игорь Петрович',
        position: 'Председатель Общественной палаты Кемеровского муниципального округа',
        isIndependent: true,
      },
    ],
  });
  const all = members.map((m) => m.id);
  const without = (i: number) => all.filter((_, k) => k !== i);
  const secretaryName = members[2].fullName;

  // The four employees of 2024: declarants of different subdivisions, none of them a commission member.
  const arch = await staffOf(db, orgId, 'Управление архитектуры и градостроительства');
  const life = await staffOf(db, orgId, 'Управление жизнеобеспечения');
  const econ = await staffOf(db, orgId, 'Управление экономического развития');
  const [e1, e2, e3, e4] = [arch[3], life[2], econ[1], arch[6]];
  const held = async (
    meetingDate: string,
    scheduledOn: string,
    present: string[],
    caseId: string,
    decision: string,
    decisionText: string,
    explanations: string,
  ) =>
    seedCommissionMeeting(db, {
      orgId,
      compositionId: composition.id,
      meetingDate,
      place: PLACE,
      status: 'held',
      scheduledOn,
      notifiedOn: scheduledOn,
      presentMemberIds: present,
      items: [
        {
          caseId,
          outcome: 'decided',
          decision,
          decisionText,
          explanations,
          speakers: `${secretaryName} — доложила материалы`,
          employeeAttended: true,
        },
      ],
    });
  const done = (meetingDate: string, headText: string) => ({
    status: 'closed',
    protocolSentOn: plusWorkingDays(meetingDate, 3),
    extractSentOn: plusWorkingDays(meetingDate, 2),
    headResponseOn: plusWorkingDays(meetingDate, 12),
    headResponseText: headText,
  });

  // 1. Submission of the head about e1 (п. 16 «в»): a relative's company in a tender — no breach found.
  const c1 = await seedCommissionCase(db, {
    orgId,
    ground: '16v',
    sourceKind: 'manual',
    sourceRef: 'Представление заместителя главы от 05.02.2024',
    receivedOn: '2024-02-05',
    employeeId: e1.id,
    summary:
      'Представление о рассмотрении вопроса о соблюдении требований к служебному поведению в связи с участием организации, учредителем которой является брат супруги служащего, в аукционе на выполнение работ по благоустройству',
    ...done(
      '2024-02-20',
      'Принято к сведению; служащий ознакомлен с требованиями 273-ФЗ о предотвращении конфликта интересов',
    ),
  });
  await held(
    '2024-02-20',
    '2024-02-08',
    without(6),
    c1.id,
    'appropriate',
    'Служащий в подготовке и проведении аукциона не участвовал; нарушений требований к служебному поведению не установлено. Рекомендовать служащему при возникновении личной заинтересованности уведомлять представителя нанимателя.',
    'Служащий пояснил, что о заявке организации узнал после подведения итогов',
  );
  // 2–3. Applications about the spouse's income information (п. 16 «б» абз. 3) before the 2024 campaign ended.
  const c2 = await seedCommissionCase(db, {
    orgId,
    ground: '16b_3',
    receivedOn: '2024-04-08',
    employeeId: e2.id,
    attendIntent: true,
    summary:
      'Заявление о невозможности по объективным причинам представить сведения о доходах супруга: супруг проживает отдельно, место жительства неизвестно, брак расторгается в судебном порядке',
    ...done('2024-04-25', 'Решение комиссии принято к сведению'),
  });
  await held(
    '2024-04-25',
    '2024-04-10',
    without(4),
    c2.id,
    'objective',
    'Причина непредставления сведений признана объективной и уважительной: представлены копия искового заявления о расторжении брака и справка о раздельном проживании.',
    'Служащая подтвердила изложенное в заявлении; меры для получения сведений принимались',
  );
  const c3 = await seedCommissionCase(db, {
    orgId,
    ground: '16b_3',
    receivedOn: '2024-04-22',
    employeeId: e3.id,
    attendIntent: false,
    summary:
      'Заявление о невозможности представить сведения о доходах супруги, находящейся на длительном лечении за пределами Кемеровской области',
    ...done('2024-05-23', 'Решение комиссии принято к сведению'),
  });
  await held(
    '2024-05-23',
    '2024-04-25',
    without(3),
    c3.id,
    'objective',
    'Причина признана объективной и уважительной; сведения представлены служащим 27.05.2024 после получения справки от супруги.',
    'Служащий на заседании не присутствовал, о заседании уведомлён надлежащим образом',
  );
  // 4. Verification materials on conduct (п. 16 «а» абз. 3): outside paid work — notified in time.
  const c4 = await seedCommissionCase(db, {
    orgId,
    ground: '16a_3',
    sourceKind: 'verification',
    sourceRef: 'Доклад о результатах проверки от 23.08.2024 № 2',
    receivedOn: '2024-08-26',
    employeeId: e4.id,
    summary:
      'Проверка соблюдения требований о предварительном уведомлении представителя нанимателя о выполнении иной оплачиваемой работы (преподавательская деятельность)',
    ...done('2024-09-12', 'Решение комиссии принято к сведению'),
  });
  await held(
    '2024-09-12',
    '2024-08-29',
    without(5),
    c4.id,
    'complied',
    'Служащий уведомил представителя нанимателя о выполнении иной оплачиваемой работы до её начала (уведомление зарегистрировано в журнале); требования к служебному поведению соблюдены.',
    'Служащий представил копию договора и уведомления',
  );
  // 5. Verification of e1's income information for 2023 (п. 16 «а» абз. 2): reliable and complete.
  const c5 = await seedCommissionCase(db, {
    orgId,
    ground: '16a_2',
    sourceKind: 'verification',
    sourceRef: 'Доклад о результатах проверки достоверности и полноты сведений от 08.11.2024 № 3',
    receivedOn: '2024-11-11',
    employeeId: e1.id,
    summary:
      'Проверка достоверности и полноты сведений о доходах, об имуществе и обязательствах имущественного характера за 2023 год: расхождение в сведениях о банковском счёте',
    ...done('2024-11-28', 'Решение комиссии принято к сведению'),
  });
  await held(
    '2024-11-28',
    '2024-11-14',
    all,
    c5.id,
    'reliable',
    'Расхождение объясняется закрытием счёта до отчётной даты (подтверждено справкой банка); сведения признаны достоверными и полными.',
    'Служащий представил справку банка о закрытии счёта',
  );

  // This year's live work.
  const now = new Date();
  const thisYear = now.getUTCFullYear();
  if (thisYear < 2025) return;
  const today = now.toISOString().slice(0, 10);
  const recent = (back: number) => plusWorkingDays(today, -back);
  // A review in progress: the case of this year's conflict-of-interest notice (its conclusion is not written yet).
  const [coi] = await db
    .select()
    .from(journalEntries)
    .where(
      and(
        eq(journalEntries.orgId, orgId),
        eq(journalEntries.journalCode, 'coi-notice'),
        eq(journalEntries.year, thisYear),
      ),
    )
    .limit(1);
  if (coi?.employeeId) {
    await seedCommissionCase(db, {
      orgId,
      ground: '16b_5',
      sourceKind: 'journal_entry',
      sourceRef: `Конфликт интересов, № ${coi.regNumber}`,
      journalEntryId: coi.id,
      receivedOn: coi.registeredOn,
      employeeId: coi.employeeId,
      status: 'preliminary_review',
      chairReceivedOn: null,
      attendIntent: true,
      summary: String(coi.data.circumstances ?? ''),
    });
  }
  // A former employee's consent appeal (п. 16 «б» абз. 2; 273-ФЗ ст. 12 ч. 3: 7 days) and a submission, both on the next meeting's agenda.
  const [former] = await db
    .select({ id: employees.id })
    .from(employees)
    .where(and(eq(employees.orgId, orgId), isNotNull(employees.dismissedAt)))
    .orderBy(asc(employees.personnelNumber))
    .limit(1);
  const appeal = await seedCommissionCase(db, {
    orgId,
    ground: '16b_2',
    receivedOn: recent(2),
    employeeId: former.id,
    attendIntent: true,
    conclusionText:
      'В должностные обязанности гражданина входили функции муниципального контроля в отношении ООО «Кузбасская строительная компания»; рекомендуется рассмотреть обращение на заседании комиссии',
    conclusionRecommendation: 'consent_refused',
    conclusionOn: recent(1),
    chairReceivedOn: recent(1),
    summary:
      'Обращение о даче согласия на замещение должности инженера ПТО в ООО «Кузбасская строительная компания» по трудовому договору',
  });
  const submission = await seedCommissionCase(db, {
    orgId,
    ground: '16v',
    receivedOn: recent(6),
    employeeId: arch[8].id,
    sourceRef: 'Представление начальника управления архитектуры и градостроительства',
    summary:
      'Представление о рассмотрении вопроса о соблюдении требований к служебному поведению: служащий консультировал заявителя по вопросам, находящимся в его ведении, на возмездной основе (по сведениям обращения гражданина)',
  });
  await seedCommissionMeeting(db, {
    orgId,
    compositionId: composition.id,
    meetingDate: plusWorkingDays(today, 2),
    meetingTime: '14:00',
    place: PLACE,
    status: 'scheduled',
    scheduledOn: recent(1),
    presentMemberIds: [],
    items: [{ caseId: appeal.id }, { caseId: submission.id }],
  });
  // Verification materials waiting for a date (п. 17: date within 10 days, meeting within 20).
  await seedCommissionCase(db, {
    orgId,
    ground: '16a_2',
    sourceKind: 'verification',
    sourceRef: `Доклад о результатах проверки от ${recent(2).split('-').reverse().join('.')} № 1`,
    receivedOn: recent(1),
    employeeId: life[5].id,
    summary:
      'Проверка достоверности и полноты сведений о доходах: не указан объект недвижимого имущества (гараж), находящийся в пользовании',
  });
  // Considered a month ago: the head's written response is due (п. 34).
  const heldOn = plusWorkingDays(today, -21);
  const pending = await seedCommissionCase(db, {
    orgId,
    ground: '16a_3',
    sourceKind: 'verification',
    sourceRef: 'Доклад о результатах проверки соблюдения запретов',
    receivedOn: plusWorkingDays(heldOn, -10),
    employeeId: econ[4].id,
    status: 'protocol_sent',
    protocolSentOn: plusWorkingDays(heldOn, 1),
    extractSentOn: plusWorkingDays(heldOn, 1),
    summary: 'Проверка соблюдения запрета на участие в управлении коммерческой организацией',
  });
  await seedCommissionMeeting(db, {
    orgId,
    compositionId: composition.id,
    meetingDate: heldOn,
    place: PLACE,
    status: 'held',
    scheduledOn: plusWorkingDays(heldOn, -6),
    notifiedOn: plusWorkingDays(heldOn, -5),
    presentMemberIds: without(1),
    items: [
      {
        caseId: pending.id,
        outcome: 'decided',
        decision: 'not_complied',
        decisionText:
          'Служащий не вышел из состава учредителей ООО до поступления на службу; рекомендовать представителю нанимателя указать служащему на недопустимость нарушения.',
        explanations: 'Служащий пояснил, что документы о выходе поданы, но не зарегистрированы',
        speakers: `${secretaryName} — доложила результаты проверки`,
        employeeAttended: true,
      },
    ],
  });
}
