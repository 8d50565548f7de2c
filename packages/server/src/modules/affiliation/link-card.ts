/**
 * One link for the working group: the evidence card (which fields agreed and how, what
 * disagreed), the path employee → relative → role → company, the history of decisions, and the
 * decision itself (checked against the allowed transitions in one transaction with its audit record).
 */
import { type LinkDecisionInput, type LinkStatus, linkStatusLabels, linkTransitions } from '@antikor/core';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { openCaseFromSource } from '../commission/open-case.js';
import { journalEntries } from '../journals/tables.js';
import { type LinkItem, selectLinks, toLinkItem } from './find-links.js';
import { affiliationLinkEvents, affiliationLinks } from './tables.js';

export type PathStep = {
  kind: 'employee' | 'relative' | 'role' | 'company' | 'contract';
  label: string;
  detail?: string | null;
};

export type LinkCard = LinkItem & {
  evidence: Record<string, unknown>;
  path: PathStep[];
  allowed: LinkStatus[];
  counterpartyDetails: {
    birthDate: string | null;
    inn: string | null;
    phones: string[];
    emails: string[];
    addresses: string[];
  };
  /** The company's contracts and procurements in the register (the path's last step, Mintrud recommendations). */
  contracts: {
    entryId: string;
    noticeNumber: string;
    object: string;
    customer: string;
    status: string;
    contractNumber: string | null;
    contractOn: string | null;
    contractPrice: number | null;
  }[];
  events: {
    id: string;
    kind: string;
    fromStatus: string | null;
    toStatus: string;
    toStatusLabel: string;
    comment: string | null;
    caseRef: string | null;
    score: number | null;
    actorName: string | null;
    at: string;
  }[];
};

/** Procurements of the organisation's tree won by the supplier with this ИНН, newest first. */
async function supplierContracts(db: Db, orgIds: string[], inn: string): Promise<LinkCard['contracts']> {
  const rows = await db
    .select({ id: journalEntries.id, status: journalEntries.status, data: journalEntries.data })
    .from(journalEntries)
    .where(
      and(
        eq(journalEntries.journalCode, 'procurement'),
        inArray(journalEntries.orgId, orgIds),
        sql`${journalEntries.data}->>'supplierInn' = ${inn}`,
      ),
    )
    .orderBy(desc(journalEntries.periodDate))
    .limit(50);
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return rows.map((r) => ({
    entryId: r.id,
    noticeNumber: str(r.data.noticeNumber) ?? '',
    object: str(r.data.object) ?? '',
    customer: str(r.data.customer) ?? '',
    status: r.status,
    contractNumber: str(r.data.contractNumber),
    contractOn: str(r.data.contractOn),
    contractPrice: typeof r.data.contractPrice === 'number' ? r.data.contractPrice : null,
  }));
}

async function loadCard(db: Db, actor: Actor, id: string): Promise<LinkCard> {
  const [row] = await selectLinks(db).where(
    and(eq(affiliationLinks.id, id), inArray(affiliationLinks.orgId, actor.orgIds)),
  );
  if (!row) throw notFound('Связь');
  const item = toLinkItem(row);
  const events = await db
    .select()
    .from(affiliationLinkEvents)
    .where(eq(affiliationLinkEvents.linkId, id))
    .orderBy(asc(affiliationLinkEvents.at));
  const c = row.c;
  const path: PathStep[] = [
    {
      kind: 'employee',
      label: item.employee.name,
      detail: [item.employee.position, item.employee.subdivision].filter(Boolean).join(', ') || null,
    },
  ];
  if (item.person.relation !== 'self')
    path.push({ kind: 'relative', label: item.person.name ?? '', detail: item.person.relationLabel });
  path.push({
    kind: 'role',
    label: item.counterparty.roleLabel ?? (item.basis === 'shared-contact' ? 'общий контакт' : 'лицо контрагента'),
    detail: item.counterparty.personName,
  });
  path.push({
    kind: 'company',
    label: item.counterparty.companyName ?? `ИНН ${item.counterparty.companyInn}`,
    detail: item.counterparty.companyInn ? `ИНН ${item.counterparty.companyInn}` : null,
  });
  const contracts = item.counterparty.companyInn
    ? await supplierContracts(db, actor.orgIds, item.counterparty.companyInn)
    : [];
  if (contracts.length) {
    const signed = contracts.filter((k) => k.contractNumber);
    path.push({
      kind: 'contract',
      label: signed.length ? `контракты: ${signed.length}` : `закупки: ${contracts.length}`,
      detail: [...new Set(contracts.map((k) => k.customer))].join(', '),
    });
  }
  return {
    ...item,
    evidence: row.l.evidence,
    path,
    contracts,
    allowed: [...linkTransitions[item.status]],
    counterpartyDetails: {
      birthDate: c.birthDate,
      inn: c.inn,
      phones: c.phones,
      emails: c.emails,
      addresses: c.addresses,
    },
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      toStatusLabel: linkStatusLabels[e.toStatus as LinkStatus] ?? e.toStatus,
      comment: e.comment,
      caseRef: e.caseRef,
      score: e.score,
      actorName: e.actorName,
      at: e.at.toISOString(),
    })),
  };
}

/** The evidence card; a read of the personal data of the employee, the relative and the counterparty person — audited. */
export async function getLinkCard(db: Db, actor: Actor, id: string, opts: { audit?: boolean } = {}): Promise<LinkCard> {
  const card = await loadCard(db, actor, id);
  if (opts.audit !== false) {
    await db.transaction((tx) =>
      appendAudit(tx, auditContext(actor), {
        orgId: card.orgId,
        type: 'affiliation.link_read',
        entityType: 'affiliation_link',
        entityId: id,
        data: { employeeId: card.employee.id, relation: card.person.relation },
      }),
    );
  }
  return card;
}

/**
 * Records the working group's decision. «Не подтверждено» needs a reason, a referral to the
 * commission (Указ Президента РФ № 821, п. 16) needs the case reference; a referred link is final.
 */
export async function decideLink(
  db: Db,
  actor: Actor,
  id: string,
  input: LinkDecisionInput,
  opts: { today: string },
): Promise<LinkCard> {
  await db.transaction(async (tx) => {
    const [link] = await tx
      .select()
      .from(affiliationLinks)
      .where(and(eq(affiliationLinks.id, id), inArray(affiliationLinks.orgId, actor.orgIds)))
      .for('update');
    if (!link) throw notFound('Связь');
    const from = link.status as LinkStatus;
    if (!linkTransitions[from].includes(input.status))
      throw new AppError(
        'INVALID_TRANSITION',
        `Связь в статусе «${linkStatusLabels[from]}»: решение «${linkStatusLabels[input.status]}» принять нельзя`,
      );
    const now = new Date();
    // Referred without an outside case number: the working group's finding becomes the commission's case.
    let caseRef = input.caseRef ?? null;
    if (input.status === 'referred' && !caseRef) {
      const opened = await openCaseFromSource(tx, actor, {
        sourceKind: 'affiliation_link',
        sourceRef: id,
        employeeId: link.employeeId,
        ground: '16v',
        receivedOn: opts.today,
        summary: `Выявлена возможная личная заинтересованность: ${link.summary}${input.comment ? `. ${input.comment}` : ''}`,
      });
      caseRef = `Вопрос комиссии № ${opened.regNumber}`;
    }
    await tx
      .update(affiliationLinks)
      .set({
        status: input.status,
        comment: input.comment ?? link.comment,
        caseRef: input.status === 'referred' ? caseRef : link.caseRef,
        decidedBy: actor.userId,
        decidedByName: actor.fullName,
        decidedAt: now,
        updatedAt: now,
      })
      .where(eq(affiliationLinks.id, id));
    await tx.insert(affiliationLinkEvents).values({
      orgId: link.orgId,
      linkId: id,
      kind: 'decided',
      fromStatus: from,
      toStatus: input.status,
      comment: input.comment ?? null,
      caseRef,
      score: link.score,
      actorId: actor.userId,
      actorName: actor.fullName,
    });
    await appendAudit(tx, auditContext(actor), {
      orgId: link.orgId,
      type: 'affiliation.link_decided',
      entityType: 'affiliation_link',
      entityId: id,
      data: {
        from,
        to: input.status,
        comment: input.comment ?? null,
        caseRef,
        score: link.score,
      },
    });
  });
  return loadCard(db, actor, id);
}
