/**
 * Documents of the commission (architecture.md, decision 6): the protocol with the contents of Указ № 821
 * п. 31, extracts for the employee and the head (п. 33), the anonymised summary for the website (Приказ
 * Минтруда № 530н), and the list of cases in Excel.
 */
import {
  type CaseSourceKind,
  type CommissionGround,
  caseSourceLabels,
  findDecision,
  groundDefs,
  type MemberRole,
  meetingSummaryLines,
  memberRoleLabels,
  periodSummaryLines,
  type SummaryMeeting,
} from '@antikor/core';
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { buildDocx, type DocBlock } from '../../platform/documents/docx.js';
import { buildXlsx, ruDate } from '../../platform/documents/xlsx.js';
import { AppError } from '../../platform/errors.js';
import { organisations } from '../org/tables.js';
import type { CaseRow } from './case-dto.js';
import { type CaseFilter, findCaseRows } from './find-cases.js';
import { loadCase } from './get-case.js';
import { loadAgenda } from './meeting-dto.js';
import { loadMeeting } from './meetings.js';
import {
  commissionAgendaItems,
  commissionCases,
  commissionCompositions,
  commissionMeetings,
  commissionMembers,
} from './tables.js';

const COMMISSION =
  'комиссии по соблюдению требований к служебному поведению муниципальных служащих и урегулированию конфликта интересов';
const voteLine = (f: number, a: number, ab: number) => `«за» — ${f}, «против» — ${a}, «воздержались» — ${ab}`;

async function orgName(db: Db, orgId: string) {
  const [o] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId));
  return o?.name ?? '';
}

async function audited(db: Db, actor: Actor, orgId: string, entityType: string, entityId: string, document: string) {
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId,
      type: 'commission.document_generated',
      entityType,
      entityId,
      data: { document },
    }),
  );
}

function decisionLines(ground: CommissionGround, decision: string | null) {
  const d = decision ? findDecision(ground, decision) : undefined;
  return d ? `${d.label} (${d.basis})` : '—';
}

/** Протокол заседания комиссии (Указ № 821, п. 31). */
export async function protocolDocx(
  db: Db,
  actor: Actor,
  meetingId: string,
): Promise<{ buffer: Buffer; fileName: string }> {
  const m = await loadMeeting(db, actor, meetingId);
  if (m.status !== 'held') throw new AppError('CONFLICT', 'Протокол формируется после проведения заседания');
  const [comp] = await db.select().from(commissionCompositions).where(eq(commissionCompositions.id, m.compositionId));
  const members = await db
    .select()
    .from(commissionMembers)
    .where(eq(commissionMembers.compositionId, m.compositionId))
    .orderBy(asc(commissionMembers.sort));
  const agenda = await loadAgenda(db, meetingId);
  const name = (id: string) => members.find((x) => x.id === id)?.fullName ?? '';
  const present = members.filter((x) => agenda.present.has(x.id));
  const absent = members.filter((x) => !agenda.present.has(x.id));
  const q = (m.quorum ?? {}) as { total?: number; present?: number; required?: number };
  const blocks: DocBlock[] = [
    { kind: 'title', text: `ПРОТОКОЛ № ${m.number}/${m.year}` },
    { kind: 'subtitle', text: `заседания ${COMMISSION}\n${await orgName(db, m.orgId)}` },
    {
      kind: 'fields',
      rows: [
        ['Дата заседания', `${ruDate(m.meetingDate)}${m.meetingTime ? `, ${m.meetingTime}` : ''}`],
        ['Место проведения', m.place],
        ['Состав комиссии', `${comp.title}`],
        [
          'Кворум',
          `присутствуют ${q.present ?? present.length} из ${q.total ?? members.length} членов комиссии (необходимо не менее ${q.required ?? '—'}); заседание правомочно`,
        ],
      ],
    },
    { kind: 'paragraph', text: 'Присутствовали члены комиссии:', bold: true },
    {
      kind: 'table',
      header: ['ФИО', 'Роль в комиссии', 'Должность (место работы)'],
      widths: [30, 25, 45],
      rows: present.map((x) => [
        x.fullName,
        memberRoleLabels[x.role as MemberRole],
        `${x.position}${x.isIndependent ? ' (независимый член комиссии)' : ''}`,
      ]),
    },
  ];
  if (absent.length)
    blocks.push({ kind: 'paragraph', text: `Отсутствовали: ${absent.map((x) => x.fullName).join(', ')}.` });
  if (m.otherAttendees)
    blocks.push({ kind: 'paragraph', text: `Приглашённые (с правом совещательного голоса): ${m.otherAttendees}` });
  blocks.push({ kind: 'paragraph', text: 'ПОВЕСТКА ДНЯ:', bold: true });
  for (const [i, { c }] of agenda.items.entries()) {
    blocks.push({
      kind: 'paragraph',
      text: `${i + 1}. ${groundDefs[c.ground as CommissionGround].label} — в отношении ${c.subjectName} (вопрос № ${c.regNumber}).`,
    });
  }
  agenda.items.forEach(({ item, c, interestedMemberIds }, i) => {
    const ground = c.ground as CommissionGround;
    blocks.push({ kind: 'paragraph', text: `${i + 1}. СЛУШАЛИ: ${groundDefs[ground].label}`, bold: true });
    blocks.push({
      kind: 'fields',
      rows: [
        ['Служащий (гражданин): ФИО, должность', c.subjectName],
        ['Основание (Указ № 821, п. 16)', `${groundDefs[ground].description} (${groundDefs[ground].basis})`],
        [
          'Источник информации и дата её поступления',
          `${caseSourceLabels[c.sourceKind as CaseSourceKind] ?? c.sourceKind}${c.sourceRef ? `: ${c.sourceRef}` : ''}; поступила ${ruDate(c.receivedOn)}`,
        ],
        ['Претензии к служащему, материалы', item.claims || `${c.summary}${c.materials ? `\n${c.materials}` : ''}`],
        [
          'Мотивированное заключение',
          c.conclusionText ? `${c.conclusionText}${c.conclusionOn ? ` (от ${ruDate(c.conclusionOn)})` : ''}` : '—',
        ],
        [
          'Присутствие служащего',
          item.employeeAttended === true
            ? 'присутствовал(а)'
            : item.employeeAttended === false
              ? 'не присутствовал(а)'
              : '—',
        ],
        ['Пояснения служащего и иные пояснения', item.explanations ?? '—'],
        ['Выступили', item.speakers ?? '—'],
        [
          'Заявили о личной заинтересованности (в рассмотрении не участвовали, Указ № 821, п. 21)',
          interestedMemberIds.length ? interestedMemberIds.map(name).join(', ') : 'нет',
        ],
        ['Другие сведения', item.otherInfo ?? '—'],
        [
          'Результаты голосования',
          item.outcome === 'decided' ? voteLine(item.votesFor, item.votesAgainst, item.votesAbstain) : '—',
        ],
      ],
    });
    if (item.outcome === 'postponed') {
      blocks.push({
        kind: 'paragraph',
        text: `РЕШИЛИ: рассмотрение вопроса отложить.${item.decisionText ? ` ${item.decisionText}` : ''}`,
      });
    } else {
      blocks.push({ kind: 'paragraph', text: `РЕШИЛИ: ${decisionLines(ground, item.decision)}.` });
      if (item.decisionText)
        blocks.push({ kind: 'paragraph', text: `Обоснование: ${item.decisionText}`, align: 'justify' });
      if (item.lawEnforcementNeeded)
        blocks.push({
          kind: 'paragraph',
          text: 'Установлены признаки правонарушения: председателю комиссии передать информацию и документы в правоохранительные органы в течение 3 дней (Указ № 821, п. 36).',
        });
    }
    if (item.dissent)
      blocks.push({
        kind: 'paragraph',
        text: `Особое мнение (прилагается к протоколу, Указ № 821, п. 32): ${item.dissent}`,
      });
  });
  const byRole = (r: MemberRole) => present.filter((x) => x.role === r);
  for (const x of [...byRole('chair'), ...byRole('deputy_chair'), ...byRole('secretary'), ...byRole('member')]) {
    blocks.push({
      kind: 'signature',
      left: `${memberRoleLabels[x.role as MemberRole]} ____________`,
      right: x.fullName,
    });
  }
  await audited(db, actor, m.orgId, 'commission_meeting', m.id, 'protocol');
  return {
    buffer: await buildDocx({ blocks, title: `Протокол № ${m.number}/${m.year}` }),
    fileName: `Протокол заседания комиссии ${m.number}-${m.year}.docx`,
  };
}

/** Выписка из протокола for the employee (п. 33; 273-ФЗ ст. 12 ч. 3) or the head (п. 33–34). */
export async function extractDocx(
  db: Db,
  actor: Actor,
  caseId: string,
  recipient: 'employee' | 'head',
): Promise<{ buffer: Buffer; fileName: string }> {
  const c: CaseRow = await loadCase(db, actor, caseId);
  if (!c.decisionMeetingId || !c.consideredOn)
    throw new AppError('CONFLICT', 'Выписка формируется после рассмотрения вопроса на заседании');
  const [m] = await db.select().from(commissionMeetings).where(eq(commissionMeetings.id, c.decisionMeetingId));
  const [item] = await db
    .select()
    .from(commissionAgendaItems)
    .where(and(eq(commissionAgendaItems.meetingId, m.id), eq(commissionAgendaItems.caseId, c.id)));
  const members = await db.select().from(commissionMembers).where(eq(commissionMembers.compositionId, m.compositionId));
  const ground = c.ground as CommissionGround;
  const d = c.decision ? findDecision(ground, c.decision) : undefined;
  const secretary = members.find((x) => x.role === 'secretary');
  const blocks: DocBlock[] = [
    { kind: 'title', text: 'ВЫПИСКА' },
    {
      kind: 'subtitle',
      text: `из протокола № ${m.number}/${m.year} заседания ${COMMISSION}\n${await orgName(db, c.orgId)}\nот ${ruDate(m.meetingDate)}`,
    },
    {
      kind: 'paragraph',
      text: recipient === 'head' ? 'Представителю нанимателя (работодателю)' : `Кому: ${c.subjectName}`,
      align: 'right',
    },
    {
      kind: 'fields',
      rows: [
        ['Вопрос', `${groundDefs[ground].label} (${groundDefs[ground].basis})`],
        ['В отношении', c.subjectName],
        ['Результаты голосования', voteLine(item.votesFor, item.votesAgainst, item.votesAbstain)],
        ['Решение комиссии', d ? `${d.label} (${d.basis})` : '—'],
        ['Обоснование', item.decisionText ?? '—'],
      ],
    },
  ];
  if (d?.isBinding)
    blocks.push({
      kind: 'paragraph',
      text: 'Решение комиссии по данному вопросу является обязательным (Указ № 821, п. 24; 273-ФЗ, ст. 12).',
    });
  if (recipient === 'head') {
    blocks.push({
      kind: 'paragraph',
      text: 'Представитель нанимателя обязан рассмотреть протокол заседания комиссии и вправе учесть в пределах своей компетенции содержащиеся в нём рекомендации; о принятом решении в письменной форме уведомляет комиссию в месячный срок со дня поступления протокола (Указ № 821, п. 34).',
      align: 'justify',
    });
  }
  if (item.dissent) blocks.push({ kind: 'paragraph', text: `Особое мнение члена комиссии: ${item.dissent}` });
  blocks.push({ kind: 'signature', left: 'Секретарь комиссии ____________', right: secretary?.fullName ?? '' });
  await audited(db, actor, c.orgId, 'commission_case', c.id, `extract_${recipient}`);
  return {
    buffer: await buildDocx({ blocks, title: 'Выписка из протокола' }),
    fileName: `Выписка ${recipient === 'head' ? 'для представителя нанимателя' : 'для служащего'} ${c.regNumber.replace('/', '-')}.docx`,
  };
}

/** Held meetings of a period with their items, reduced to codes for the anonymised summary. */
export async function summaryOf(
  db: Db,
  actor: Actor,
  from: string,
  to: string,
): Promise<{ meetings: SummaryMeeting[]; subjects: number; lines: string[] }> {
  const rows = await db
    .select({
      meetingDate: commissionMeetings.meetingDate,
      meetingId: commissionMeetings.id,
      ground: commissionCases.ground,
      subject: commissionCases.employeeId,
      subjectName: commissionCases.subjectName,
      outcome: commissionAgendaItems.outcome,
      decision: commissionAgendaItems.decision,
      position: commissionAgendaItems.position,
    })
    .from(commissionMeetings)
    .innerJoin(commissionAgendaItems, eq(commissionAgendaItems.meetingId, commissionMeetings.id))
    .innerJoin(commissionCases, eq(commissionCases.id, commissionAgendaItems.caseId))
    .where(
      and(
        inArray(commissionMeetings.orgId, actor.orgIds),
        eq(commissionMeetings.status, 'held'),
        gte(commissionMeetings.meetingDate, from),
        lte(commissionMeetings.meetingDate, to),
      ),
    )
    .orderBy(asc(commissionMeetings.meetingDate), asc(commissionAgendaItems.position));
  const meetings: SummaryMeeting[] = [];
  const seen = new Map<string, SummaryMeeting>();
  for (const r of rows) {
    let m = seen.get(r.meetingId);
    if (!m) {
      m = { meetingDate: r.meetingDate, items: [] };
      seen.set(r.meetingId, m);
      meetings.push(m);
    }
    m.items.push({
      ground: r.ground as CommissionGround,
      decision: r.decision,
      outcome: r.outcome as 'decided' | 'postponed' | null,
    });
  }
  const subjects = new Set(rows.map((r) => r.subject ?? r.subjectName)).size;
  return { meetings, subjects, lines: periodSummaryLines(meetings, subjects) };
}

export async function meetingSummary(db: Db, actor: Actor, meetingId: string) {
  const m = await loadMeeting(db, actor, meetingId);
  if (m.status !== 'held') throw new AppError('CONFLICT', 'Сведения для сайта формируются после проведения заседания');
  const agenda = await loadAgenda(db, meetingId);
  return {
    lines: meetingSummaryLines({
      meetingDate: m.meetingDate,
      items: agenda.items.map(({ item, c }) => ({
        ground: c.ground as CommissionGround,
        decision: item.decision,
        outcome: item.outcome as 'decided' | 'postponed' | null,
      })),
    }),
  };
}

export async function summaryDocx(db: Db, actor: Actor, from: string, to: string) {
  const { lines } = await summaryOf(db, actor, from, to);
  const blocks: DocBlock[] = [
    { kind: 'title', text: 'Информация о работе комиссии' },
    {
      kind: 'subtitle',
      text: `по соблюдению требований к служебному поведению и урегулированию конфликта интересов\nза период с ${ruDate(from)} по ${ruDate(to)}\n(для размещения в разделе «Противодействие коррупции» официального сайта; без персональных данных)`,
    },
    ...lines.map((text): DocBlock => ({ kind: 'paragraph', text, align: 'justify' })),
  ];
  return buildDocx({ blocks, title: 'Информация о работе комиссии' });
}

export async function casesXlsx(db: Db, actor: Actor, f: CaseFilter) {
  const { rows } = await findCaseRows(db, actor, f);
  const buf = await buildXlsx({
    sheetName: 'Вопросы комиссии',
    title:
      'Вопросы, рассмотренные (рассматриваемые) комиссией по соблюдению требований к служебному поведению и урегулированию конфликта интересов',
    columns: [
      { header: '№', width: 9, value: (c: CaseRow) => c.regNumber },
      { header: 'Дата поступления', width: 13, value: (c) => ruDate(c.receivedOn) },
      { header: 'Служащий (гражданин)', width: 40, value: (c) => c.subjectName },
      {
        header: 'Основание (Указ № 821, п. 16)',
        width: 40,
        value: (c) => groundDefs[c.ground as CommissionGround].label,
      },
      {
        header: 'Источник',
        width: 30,
        value: (c) =>
          `${caseSourceLabels[c.sourceKind as CaseSourceKind] ?? c.sourceKind}${c.sourceRef ? `: ${c.sourceRef}` : ''}`,
      },
      { header: 'Дата заседания', width: 13, value: (c) => ruDate(c.consideredOn) },
      {
        header: 'Решение комиссии',
        width: 50,
        value: (c) => (c.decision ? (findDecision(c.ground as CommissionGround, c.decision)?.label ?? c.decision) : ''),
      },
      { header: 'Протокол направлен', width: 13, value: (c) => ruDate(c.protocolSentOn) },
      {
        header: 'Решение представителя нанимателя',
        width: 40,
        value: (c) => (c.headResponseOn ? `${ruDate(c.headResponseOn)}: ${c.headResponseText ?? ''}` : ''),
      },
      {
        header: 'Передано в правоохранительные органы',
        width: 25,
        value: (c) => (c.lawEnforcementOn ? `${ruDate(c.lawEnforcementOn)}, ${c.lawEnforcementBody ?? ''}` : ''),
      },
    ],
    rows,
  });
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: actor.orgId,
      type: 'commission.exported',
      entityType: 'commission_case',
      data: { rows: rows.length, filter: f },
    }),
  );
  return buf;
}
