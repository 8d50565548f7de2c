/**
 * Writes the forms of one family as declarations and versions: a person seen for the first time gets a
 * declaration (version 1); a person already filed gets the next version with the differences from the
 * previous one (a clarifying package «Уточнение», a re-submission or a manual correction).
 */
import { diffDeclarations, type PersonDeclaration, personKey } from '@antikor/engines/spravki-bk';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { PersonMatch } from './match-persons.js';
import { declarations, declarationVersions } from './tables.js';

export type FormToWrite = { person: PersonDeclaration; match: PersonMatch };

export type WrittenForm = {
  declarationId: string;
  version: number;
  role: PersonDeclaration['role'];
  name: string;
  matchStatus: PersonMatch['status'];
  notes: string[];
  changes: number;
};

const fullName = (p: PersonDeclaration) => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

/** Call inside the transaction that stores the package (or the manual entry): all or nothing. */
export async function writeFamilyVersions(
  tx: Db,
  input: {
    orgId: string;
    campaignId: string;
    familyKey: string;
    employeeId: string | null;
    forms: FormToWrite[];
    packageId: string | null;
    source: 'import' | 'manual';
    receivedOn: string;
    isClarifying: boolean;
    note?: string | null;
    userId: string | null;
  },
): Promise<WrittenForm[]> {
  const keys = input.forms.map((f) => personKey(f.person));
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup) throw new Error(`в пакете две справки на одно лицо (${dup})`);
  // Lock the family's existing declarations so two imports of one family cannot both make version 2.
  const existing = await tx
    .select()
    .from(declarations)
    .where(
      and(
        eq(declarations.campaignId, input.campaignId),
        eq(declarations.familyKey, input.familyKey),
        inArray(declarations.personKey, keys),
      ),
    )
    .for('update');
  const byKey = new Map(existing.map((d) => [d.personKey, d]));
  const previous = existing.length
    ? await tx
        .select({ declarationId: declarationVersions.declarationId, data: declarationVersions.data })
        .from(declarationVersions)
        .innerJoin(
          declarations,
          and(
            eq(declarations.id, declarationVersions.declarationId),
            eq(declarations.currentVersion, declarationVersions.version),
          ),
        )
        .where(
          inArray(
            declarationVersions.declarationId,
            existing.map((d) => d.id),
          ),
        )
    : [];
  const prevData = new Map(previous.map((p) => [p.declarationId, p.data]));
  const out: WrittenForm[] = [];
  const fresh = input.forms.filter((f) => !byKey.has(personKey(f.person)));
  const inserted = fresh.length
    ? await tx
        .insert(declarations)
        .values(
          fresh.map((f) => ({
            orgId: input.orgId,
            campaignId: input.campaignId,
            familyKey: input.familyKey,
            personKey: personKey(f.person),
            employeeId: input.employeeId,
            obligationId: f.match.obligationId,
            role: f.person.role,
            lastName: f.person.lastName,
            firstName: f.person.firstName,
            middleName: f.person.middleName,
            birthDate: f.person.birthDate,
            matchStatus: f.match.status,
            matchNotes: f.match.notes,
            currentVersion: 1,
            incomeTotal: f.person.incomeTotal,
            receivedOn: input.receivedOn,
            clarifiedOn: input.isClarifying ? input.receivedOn : null,
          })),
        )
        .returning({ id: declarations.id, personKey: declarations.personKey })
    : [];
  const insertedIds = new Map(inserted.map((r) => [r.personKey, r.id]));
  const versions: (typeof declarationVersions.$inferInsert)[] = [];
  for (const f of input.forms) {
    const key = personKey(f.person);
    const old = byKey.get(key);
    if (!old) {
      const id = insertedIds.get(key)!;
      versions.push(version(input, id, 1, f.person, []));
      out.push({
        declarationId: id,
        version: 1,
        role: f.person.role,
        name: fullName(f.person),
        matchStatus: f.match.status,
        notes: f.match.notes,
        changes: 0,
      });
      continue;
    }
    const before = prevData.get(old.id);
    const diff = before ? diffDeclarations(before, f.person) : [];
    const next = old.currentVersion + 1;
    await tx
      .update(declarations)
      .set({
        currentVersion: next,
        obligationId: f.match.obligationId ?? old.obligationId,
        employeeId: input.employeeId ?? old.employeeId,
        lastName: f.person.lastName,
        firstName: f.person.firstName,
        middleName: f.person.middleName,
        birthDate: f.person.birthDate,
        matchStatus: f.match.status,
        matchNotes: f.match.notes,
        incomeTotal: f.person.incomeTotal,
        clarifiedOn: input.isClarifying ? input.receivedOn : old.clarifiedOn,
        updatedAt: sql`now()`,
      })
      .where(eq(declarations.id, old.id));
    versions.push(version(input, old.id, next, f.person, diff));
    out.push({
      declarationId: old.id,
      version: next,
      role: f.person.role,
      name: fullName(f.person),
      matchStatus: f.match.status,
      notes: f.match.notes,
      changes: diff.length,
    });
  }
  if (versions.length) await tx.insert(declarationVersions).values(versions);
  return out;
}

function version(
  input: Parameters<typeof writeFamilyVersions>[1],
  declarationId: string,
  n: number,
  data: PersonDeclaration,
  diff: ReturnType<typeof diffDeclarations>,
): typeof declarationVersions.$inferInsert {
  return {
    orgId: input.orgId,
    declarationId,
    version: n,
    packageId: input.packageId,
    source: input.source,
    isClarifying: input.isClarifying,
    receivedOn: input.receivedOn,
    data,
    diff,
    note: input.note ?? null,
    createdBy: input.userId,
  };
}
