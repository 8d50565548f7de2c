/**
 * Manual entry (a paper form, or a package the program could not export) and correction of a declaration.
 * A correction is a new version with the differences from the previous one, like a clarifying package.
 */
import { diffDeclarations } from '@antikor/engines/spravki-bk';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { assertDeclarationsOfficer } from './access.js';
import { loadDeclaration } from './get-declaration.js';
import { formToDeclaration, type ManualForm } from './manual-form.js';
import { declarationCampaigns, declarationObligations, declarations, declarationVersions } from './tables.js';
import { writeFamilyVersions } from './write-versions.js';

export type EntryInput = { receivedOn: string; isClarifying: boolean; note?: string | null; form: ManualForm };

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/ё/g, 'е').trim();

async function declarantOf(db: Db, campaignId: string, employeeId: string) {
  const [self] = await db
    .select()
    .from(declarationObligations)
    .where(
      and(
        eq(declarationObligations.campaignId, campaignId),
        eq(declarationObligations.employeeId, employeeId),
        eq(declarationObligations.role, 'self'),
      ),
    );
  return self;
}

/** A first declaration for a person who must file, typed from the paper form. */
export async function enterDeclaration(db: Db, actor: Actor, obligationId: string, input: EntryInput) {
  assertDeclarationsOfficer(actor);
  const [ob] = await db.select().from(declarationObligations).where(eq(declarationObligations.id, obligationId));
  if (!ob || !actor.orgIds.includes(ob.orgId)) throw notFound('Обязанное лицо');
  const [campaign] = await db.select().from(declarationCampaigns).where(eq(declarationCampaigns.id, ob.campaignId));
  const [already] = await db
    .select({ id: declarations.id })
    .from(declarations)
    .where(eq(declarations.obligationId, ob.id));
  if (already) throw new AppError('CONFLICT', 'Справка этого лица уже есть — откройте её и внесите исправление');
  if (input.form.role !== ob.role)
    throw new AppError('VALIDATION', 'Вид справки не совпадает с перечнем обязанных лиц', [
      { field: 'form.role', message: 'Другой вид справки' },
    ]);
  const self = ob.role === 'self' ? ob : await declarantOf(db, ob.campaignId, ob.employeeId);
  const declarant = {
    lastName: self?.lastName ?? ob.lastName,
    firstName: self?.firstName ?? ob.firstName,
    middleName: self?.middleName ?? null,
    birthDate: self?.birthDate ?? null,
  };
  const person = formToDeclaration(input.form, {
    reportingYear: campaign.reportingYear,
    declarant,
    isClarifying: input.isClarifying,
  });
  const notes: string[] = [];
  if (ob.birthDate !== person.birthDate)
    notes.push(`Дата рождения: в справке ${person.birthDate}, в кадровых данных ${ob.birthDate ?? 'не указана'}`);
  if (norm(ob.lastName) !== norm(person.lastName))
    notes.push(`Фамилия: в справке «${person.lastName}», в кадровых данных «${ob.lastName}»`);
  return db.transaction(async (tx) => {
    const [written] = await writeFamilyVersions(tx, {
      orgId: ob.orgId,
      campaignId: ob.campaignId,
      familyKey: ob.employeeId,
      employeeId: ob.employeeId,
      forms: [{ person, match: { obligationId: ob.id, status: notes.length ? 'mismatch' : 'matched', notes } }],
      packageId: null,
      source: 'manual',
      receivedOn: input.receivedOn,
      isClarifying: input.isClarifying,
      note: input.note,
      userId: actor.userId,
    });
    await appendAudit(tx, auditContext(actor), {
      orgId: ob.orgId,
      type: 'declaration.entered',
      entityType: 'declaration',
      entityId: written.declarationId,
      data: { campaignId: ob.campaignId, obligationId: ob.id, version: written.version, receivedOn: input.receivedOn },
    });
    return written;
  });
}

/** A correction of an existing declaration: the next version, with its differences. */
export async function correctDeclaration(db: Db, actor: Actor, declarationId: string, input: EntryInput) {
  assertDeclarationsOfficer(actor);
  const decl = await loadDeclaration(db, actor, declarationId);
  const [campaign] = await db.select().from(declarationCampaigns).where(eq(declarationCampaigns.id, decl.campaignId));
  const [current] = await db
    .select()
    .from(declarationVersions)
    .where(and(eq(declarationVersions.declarationId, decl.id), eq(declarationVersions.version, decl.currentVersion)));
  if (input.form.role !== decl.role)
    throw new AppError('VALIDATION', 'Вид справки изменить нельзя', [
      { field: 'form.role', message: 'Другой вид справки' },
    ]);
  const person = formToDeclaration(input.form, {
    reportingYear: campaign.reportingYear,
    declarant: current.data.declarant,
    isClarifying: input.isClarifying,
  });
  // What the form has no fields for (identity, registration, unknown elements of a newer program) is kept.
  const merged = {
    ...current.data,
    ...person,
    identity: current.data.identity,
    registration: current.data.registration,
    unknown: current.data.unknown,
    gender: current.data.gender,
    reportingPeriod: current.data.reportingPeriod,
    signedAt: current.data.signedAt,
    roleRaw: current.data.roleRaw,
  };
  const diff = diffDeclarations(current.data, merged);
  if (diff.length === 0) throw new AppError('VALIDATION', 'Изменений нет: справка совпадает с последней версией');
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ v: declarations.currentVersion })
      .from(declarations)
      .where(eq(declarations.id, decl.id))
      .for('update');
    if (locked.v !== decl.currentVersion)
      throw new AppError('CONFLICT', 'Справку только что изменили — обновите страницу');
    const next = decl.currentVersion + 1;
    await tx
      .update(declarations)
      .set({
        currentVersion: next,
        lastName: merged.lastName,
        firstName: merged.firstName,
        middleName: merged.middleName,
        birthDate: merged.birthDate,
        incomeTotal: merged.incomeTotal,
        clarifiedOn: input.isClarifying ? input.receivedOn : decl.clarifiedOn,
        updatedAt: sql`now()`,
      })
      .where(eq(declarations.id, decl.id));
    await tx.insert(declarationVersions).values({
      orgId: decl.orgId,
      declarationId: decl.id,
      version: next,
      packageId: null,
      source: 'manual',
      isClarifying: input.isClarifying,
      receivedOn: input.receivedOn,
      data: merged,
      diff,
      note: input.note ?? null,
      createdBy: actor.userId,
    });
    await appendAudit(tx, auditContext(actor), {
      orgId: decl.orgId,
      type: 'declaration.entered',
      entityType: 'declaration',
      entityId: decl.id,
      data: { campaignId: decl.campaignId, version: next, changes: diff.length, isClarifying: input.isClarifying },
    });
    return { declarationId: decl.id, version: next, changes: diff.length };
  });
}

/**
 * Links an unmatched family (a package whose declarant was not found, e.g. a surname changed after
 * marriage) to an employee who must file, and re-matches its members against that employee's family.
 */
export async function assignDeclaration(db: Db, actor: Actor, declarationId: string, employeeId: string) {
  assertDeclarationsOfficer(actor);
  const decl = await loadDeclaration(db, actor, declarationId);
  const obligations = await db
    .select()
    .from(declarationObligations)
    .where(
      and(eq(declarationObligations.campaignId, decl.campaignId), eq(declarationObligations.employeeId, employeeId)),
    );
  const self = obligations.find((o) => o.role === 'self');
  if (!self)
    throw new AppError(
      'VALIDATION',
      'Сотрудник не входит в перечень лиц, обязанных представить сведения в этой кампании',
      [{ field: 'employeeId', message: 'Добавьте его в перечень' }],
    );
  return db.transaction(async (tx) => {
    const family = await tx
      .select()
      .from(declarations)
      .where(and(eq(declarations.campaignId, decl.campaignId), eq(declarations.familyKey, decl.familyKey)))
      .for('update');
    const clash = await tx
      .select({ id: declarations.id })
      .from(declarations)
      .where(and(eq(declarations.campaignId, decl.campaignId), eq(declarations.familyKey, employeeId)));
    if (clash.length && decl.familyKey !== employeeId)
      throw new AppError(
        'CONFLICT',
        'У этого сотрудника уже есть справки в кампании: сопоставление привело бы к двум справкам на одно лицо',
      );
    const taken = new Set<string>();
    for (const d of family) {
      const ob =
        d.role === 'self'
          ? self
          : obligations.find(
              (o) =>
                !taken.has(o.id) &&
                o.role !== 'self' &&
                (o.birthDate === d.birthDate || norm(o.firstName) === norm(d.firstName)),
            );
      if (ob) taken.add(ob.id);
      await tx
        .update(declarations)
        .set({
          familyKey: employeeId,
          employeeId,
          obligationId: ob?.id ?? null,
          matchStatus: ob ? 'mismatch' : 'unmatched',
          matchNotes: ob
            ? [...d.matchNotes.filter((n) => !/не найден|не сопоставлен/.test(n)), 'Сопоставлено вручную']
            : d.matchNotes,
          updatedAt: sql`now()`,
        })
        .where(eq(declarations.id, d.id));
    }
    await appendAudit(tx, auditContext(actor), {
      orgId: decl.orgId,
      type: 'declaration.assigned',
      entityType: 'declaration',
      entityId: decl.id,
      data: { campaignId: decl.campaignId, employeeId, forms: family.length },
    });
    return { forms: family.length };
  });
}
