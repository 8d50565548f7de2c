/**
 * Changes of a case outside meetings, each in one transaction with its audit record (style.md §6): the
 * materials and motivated conclusion, passing to the chair, protocol copies, the head's response within a
 * month (Указ № 821 п. 34), referral to law enforcement (п. 36), closing or withdrawing.
 */
import {
  type CaseActionInput,
  type CaseStatus,
  type CaseUpdateInput,
  type CommissionGround,
  caseActionInput,
  caseStatusLabels,
  caseUpdateInput,
  findDecision,
  groundDefs,
} from '@antikor/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { type CaseRow, caseActions } from './case-dto.js';
import { assertCommissionKeeper } from './commission-access.js';
import { loadCase } from './get-case.js';
import { commissionCases } from './tables.js';

const editable: CaseStatus[] = ['preliminary_review', 'awaiting_meeting', 'scheduled'];

function dateIssue(field: string, message: string) {
  return new AppError('VALIDATION', message, [{ field, message }]);
}

function checkDate(
  field: string,
  value: string,
  label: string,
  notBefore: { date: string | null; what: string },
  today: string,
) {
  if (value > today) throw dateIssue(field, `${label}: дата не может быть позже сегодняшней`);
  if (notBefore.date && value < notBefore.date)
    throw dateIssue(
      field,
      `${label}: дата раньше ${notBefore.what} (${notBefore.date.split('-').reverse().join('.')})`,
    );
}

export async function updateCase(db: Db, actor: Actor, id: string, raw: CaseUpdateInput, opts: { today: string }) {
  assertCommissionKeeper(actor);
  const input = caseUpdateInput.parse(raw);
  return db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, id, { forUpdate: true });
    if (!editable.includes(c.status as CaseStatus))
      throw new AppError(
        'INVALID_TRANSITION',
        `Материалы не изменяются: вопрос в статусе «${caseStatusLabels[c.status as CaseStatus]}»`,
      );
    if (input.conclusionRecommendation && !findDecision(c.ground as CommissionGround, input.conclusionRecommendation)) {
      throw dateIssue('conclusionRecommendation', 'Рекомендованное решение не предусмотрено для этого основания');
    }
    if (input.conclusionOn)
      checkDate(
        'conclusionOn',
        input.conclusionOn,
        'Дата заключения',
        { date: c.receivedOn, what: 'поступления информации' },
        opts.today,
      );
    const set = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await tx
      .update(commissionCases)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(commissionCases.id, id));
    await appendAudit(tx, auditContext(actor), {
      orgId: c.orgId,
      type: 'commission.case_updated',
      entityType: 'commission_case',
      entityId: id,
      data: { fields: Object.keys(set) },
    });
  });
}

function apply(c: CaseRow, a: ReturnType<typeof caseActionInput.parse>, today: string): Partial<CaseRow> {
  switch (a.action) {
    case 'complete_review':
      if (groundDefs[c.ground as CommissionGround].needsConclusion && (!c.conclusionText || !c.conclusionOn)) {
        throw new AppError(
          'VALIDATION',
          'Сначала подготовьте мотивированное заключение: текст и дату (Указ № 821, п. 16.4)',
          [{ field: 'conclusionText', message: 'Обязательное поле' }],
        );
      }
      checkDate(
        'chairReceivedOn',
        a.chairReceivedOn,
        'Дата передачи председателю',
        { date: c.conclusionOn ?? c.receivedOn, what: c.conclusionOn ? 'заключения' : 'поступления информации' },
        today,
      );
      return { status: 'awaiting_meeting', chairReceivedOn: a.chairReceivedOn };
    case 'send_protocol':
      checkDate(
        'protocolSentOn',
        a.protocolSentOn,
        'Дата направления протокола',
        { date: c.consideredOn, what: 'заседания' },
        today,
      );
      if (a.extractSentOn)
        checkDate(
          'extractSentOn',
          a.extractSentOn,
          'Дата вручения выписки',
          { date: c.consideredOn, what: 'заседания' },
          today,
        );
      return {
        status: 'protocol_sent',
        protocolSentOn: a.protocolSentOn,
        extractSentOn: a.extractSentOn ?? c.extractSentOn,
      };
    case 'send_extract':
      checkDate(
        'extractSentOn',
        a.extractSentOn,
        'Дата вручения выписки',
        { date: c.consideredOn, what: 'заседания' },
        today,
      );
      return { extractSentOn: a.extractSentOn };
    case 'head_response':
      checkDate(
        'headResponseOn',
        a.headResponseOn,
        'Дата сообщения представителя нанимателя',
        { date: c.protocolSentOn, what: 'направления протокола' },
        today,
      );
      return { status: 'head_decided', headResponseOn: a.headResponseOn, headResponseText: a.headResponseText };
    case 'refer_law_enforcement':
      checkDate(
        'lawEnforcementOn',
        a.lawEnforcementOn,
        'Дата передачи материалов',
        { date: c.consideredOn, what: 'заседания' },
        today,
      );
      return {
        lawEnforcementOn: a.lawEnforcementOn,
        lawEnforcementBody: a.lawEnforcementBody,
        lawEnforcementNote: a.lawEnforcementNote ?? null,
      };
    case 'close':
      if (c.lawEnforcementNeeded && !c.lawEnforcementOn)
        throw new AppError(
          'INVALID_TRANSITION',
          'Сначала отметьте передачу материалов в правоохранительные органы (Указ № 821, п. 36)',
        );
      return { status: 'closed', closingNote: a.note ?? null };
    case 'withdraw':
      return { status: 'withdrawn', closingNote: a.note };
  }
}

const actionLabels: Record<CaseActionInput['action'], string> = {
  complete_review: 'Передать председателю комиссии',
  send_protocol: 'Отметить направление протокола',
  send_extract: 'Отметить вручение выписки служащему',
  head_response: 'Внести решение представителя нанимателя',
  refer_law_enforcement: 'Отметить передачу в правоохранительные органы',
  close: 'Закрыть вопрос',
  withdraw: 'Снять с рассмотрения',
};

export async function caseAction(db: Db, actor: Actor, id: string, raw: CaseActionInput, opts: { today: string }) {
  assertCommissionKeeper(actor);
  const a = caseActionInput.parse(raw);
  return db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, id, { forUpdate: true });
    if (!caseActions(c).includes(a.action)) {
      throw new AppError(
        'INVALID_TRANSITION',
        `Действие «${actionLabels[a.action]}» недоступно: вопрос в статусе «${caseStatusLabels[c.status as CaseStatus]}»`,
      );
    }
    const set = apply(c, a, opts.today);
    await tx
      .update(commissionCases)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(commissionCases.id, id));
    await appendAudit(tx, auditContext(actor), {
      orgId: c.orgId,
      type: 'commission.case_action',
      entityType: 'commission_case',
      entityId: id,
      data: { action: a.action, from: c.status, to: set.status ?? c.status },
    });
  });
}
