/**
 * The demo organisation's declaration campaigns, built from synthetic packages (never a real person's file):
 * - reporting year 2023 (filed in 2024): all 171 municipal employees and 4 heads of institutions filed, with
 *   their families, by the deadline of 02.05.2024 — the seed report's «171 муниципальный служащий и
 *   4 руководителя» — a few clarifying packages in May, analysed, most findings already decided;
 * - reporting year 2025 (filed in 2026): a schedule by subdivision, most packages received (some late, a few
 *   clarified, one with a birth-date typo), the rest missing, analysed with 2023 as history.
 * Packages go through the real import (parsing, matching, versions, audit), so the demo shows what an
 * officer's import would.
 */
import { type PersonDeclaration, parseSpravkiBk } from '@antikor/engines/spravki-bk';
import {
  createRng,
  encodePackage,
  generateFamily,
  type Rng,
  renderPackageXml,
  type SyntheticPerson,
} from '@antikor/engines/spravki-bk-synthetic';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { candidateIndex, importPackageBatch } from '../../modules/declarations/import-packages.js';
import type { Campaign } from '../../modules/declarations/load-campaign.js';
import { openCampaign, setScheduleRows } from '../../modules/declarations/manage-campaign.js';
import { runCampaignAnalysis } from '../../modules/declarations/run-analysis.js';
import { declarationFindings, declarationObligations } from '../../modules/declarations/tables.js';
import { organisations } from '../../modules/org/tables.js';

const SYSTEM = { actorId: null, actorLogin: 'system', ip: null };

type Ob = typeof declarationObligations.$inferSelect;

const genderOf = (o: Pick<Ob, 'middleName' | 'lastName'>): 'male' | 'female' =>
  /(вна|чна|кызы)$/i.test(o.middleName ?? '')
    ? 'female'
    : /(вич|ич|оглы)$/i.test(o.middleName ?? '')
      ? 'male'
      : /[ая]$/i.test(o.lastName)
        ? 'female'
        : 'male';

const person = (o: Ob): SyntheticPerson => ({
  role: o.role,
  gender: genderOf(o),
  lastName: o.lastName,
  firstName: o.firstName,
  middleName: o.middleName ?? '',
  birthDate: o.birthDate ?? '1980-01-01',
});

function date(rng: Rng, from: string, to: string): string {
  const a = Date.parse(from);
  const b = Date.parse(to);
  const d = new Date(a + Math.floor(rng.next() * ((b - a) / 86_400_000 + 1)) * 86_400_000);
  // Offices receive forms on weekdays.
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

type Pending = { file: string; forms: PersonDeclaration[]; receivedOn: string };

/** Imports the packages through the real import, in order of receipt (originals before their clarifications). */
async function importAll(
  db: Db,
  campaign: Campaign,
  index: Awaited<ReturnType<typeof candidateIndex>>,
  pending: Pending[],
  rng: Rng,
) {
  const files = [...pending]
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))
    .map((p) => {
      const encoding = rng.chance(0.8) ? 'xsb' : 'utf16';
      const bytes = encodePackage(renderPackageXml(p.forms), encoding);
      return {
        file: `${p.file}.${encoding === 'xsb' ? 'xsb' : 'xml'}`,
        package: parseSpravkiBk(bytes),
        bytes,
        receivedOn: p.receivedOn,
      };
    });
  await importPackageBatch(
    db,
    { actor: null, campaign, index, receivedOn: files[0]?.receivedOn ?? `${campaign.reportingYear + 1}-04-01` },
    files,
  );
}

/** A clarifying package: the same forms with «Уточнение» and a corrected account balance. */
function clarify(forms: PersonDeclaration[], rng: Rng): PersonDeclaration[] {
  return forms.map((p, i) => {
    const copy: PersonDeclaration = structuredClone({ ...p, isClarifying: true });
    if (i === 0 && copy.accounts[0])
      copy.accounts[0].balance = Math.round((copy.accounts[0].balance ?? 0) * (1 + rng.next() * 0.2) * 100) / 100;
    else if (i === 0) copy.vehicles = [];
    return copy;
  });
}

export async function loadDemoDeclarations(db: Db, adminId: string): Promise<void> {
  const rng = createRng(20240430);
  const [org] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, adminId));
  const c2023 = await openCampaign(db, { orgId: adminId, reportingYear: 2023, userId: null, audit: SYSTEM });
  const c2025 = await openCampaign(db, { orgId: adminId, reportingYear: 2025, userId: null, audit: SYSTEM });
  const obligations = await db
    .select()
    .from(declarationObligations)
    .where(inArray(declarationObligations.campaignId, [c2023.id, c2025.id]));
  const byCampaign = (id: string) => obligations.filter((o) => o.campaignId === id);
  const families = new Map<string, { y2023: Ob[]; y2025: Ob[] }>();
  for (const o of obligations) {
    const f = families.get(o.employeeId) ?? { y2023: [], y2025: [] };
    (o.campaignId === c2023.id ? f.y2023 : f.y2025).push(o);
    families.set(o.employeeId, f);
  }
  const order = { self: 0, spouse: 1, minor_child: 2 } as const;
  const idx2023 = await candidateIndex(db, c2023.id);
  const idx2025 = await candidateIndex(db, c2025.id);

  // 2025 schedule: subdivisions in turn through March and April 2026.
  const subs = [
    ...new Set(
      byCampaign(c2025.id)
        .map((o) => o.subdivisionId)
        .filter((s): s is string => s !== null),
    ),
  ];
  await setScheduleRows(
    db,
    c2025,
    subs.map((subdivisionId, i) => ({
      subdivisionId,
      dueDate: ['2026-03-31', '2026-04-10', '2026-04-17', '2026-04-24'][i % 4],
      place: 'каб. 214, отдел по профилактике коррупционных и иных правонарушений',
    })),
    SYSTEM,
  );

  const pending2023: Pending[] = [];
  const pending2025: Pending[] = [];
  let n = 0;
  let typoDone = false;
  for (const [employeeId, fam] of [...families].sort((a, b) => a[0].localeCompare(b[0]))) {
    n++;
    const people = [...(fam.y2023.length ? fam.y2023 : fam.y2025)].sort((a, b) => order[a.role] - order[b.role]);
    const self = people.find((p) => p.role === 'self');
    if (!self) continue;
    const generated = generateFamily(rng, {
      id: employeeId,
      firstYear: 2023,
      lastYear: 2025,
      anomalyRate: 0.2,
      people: people.map(person),
      workplace: { organisation: org?.name ?? '', position: self.positionTitle ?? '' },
    });
    const keep = (year: number, list: Ob[]) => {
      const forms = generated.years.find((y) => y.year === year)?.persons ?? [];
      const allowed = new Set(list.map((o) => `${o.role}|${o.firstName}|${o.birthDate}`));
      return forms.filter((p) => allowed.has(`${p.role}|${p.firstName}|${p.birthDate}`));
    };
    const file = `${self.lastName}_${self.firstName}_${n}`;
    // 2023: everyone on time (deadline 02.05.2024), a few clarifications within the month after.
    if (fam.y2023.length) {
      const forms = keep(2023, fam.y2023);
      pending2023.push({ file: `${file}_2023`, forms, receivedOn: date(rng, '2024-02-05', '2024-04-27') });
      if (rng.chance(0.04))
        pending2023.push({
          file: `${file}_2023_уточнение`,
          forms: clarify(forms, rng),
          receivedOn: date(rng, '2024-05-13', '2024-05-31'),
        });
    }
    // 2025: 85 % received (a tenth of them late), a few clarified, one typo in a birth date.
    if (fam.y2025.length && rng.chance(0.85)) {
      let forms = keep(2025, fam.y2025);
      if (!typoDone && n >= 7)
        forms = forms.map((p, i) =>
          i === 0
            ? { ...p, birthDate: `${p.birthDate?.slice(0, 8)}${p.birthDate?.slice(8) === '11' ? '12' : '11'}` }
            : p,
        );
      typoDone ||= n >= 7;
      const late = rng.chance(0.1);
      pending2025.push({
        file: `${file}_2025`,
        forms,
        receivedOn: late ? date(rng, '2026-05-06', '2026-06-10') : date(rng, '2026-02-02', '2026-04-30'),
      });
      if (!late && rng.chance(0.05))
        pending2025.push({
          file: `${file}_2025_уточнение`,
          forms: clarify(forms, rng),
          receivedOn: date(rng, '2026-05-12', '2026-05-29'),
        });
    }
  }
  await importAll(db, c2023, idx2023, pending2023, rng);
  await importAll(db, c2025, idx2025, pending2025, rng);
  await runCampaignAnalysis(db, null, c2023);
  await runCampaignAnalysis(db, null, c2025);
  // 2023 findings were reviewed in 2024: most closed or explained.
  const old = await db
    .select({ id: declarationFindings.id })
    .from(declarationFindings)
    .where(and(eq(declarationFindings.campaignId, c2023.id), eq(declarationFindings.isCurrent, true)));
  for (const f of old) {
    const status = rng.pick(['explained', 'explained', 'closed', 'under_review'] as const);
    const note =
      status === 'explained'
        ? 'Получены письменные пояснения служащего, подтверждающие источник средств'
        : status === 'closed'
          ? 'Проверено: нарушений не выявлено'
          : null;
    await db
      .update(declarationFindings)
      .set({ status, decisionNote: note, decidedAt: new Date('2024-06-14T05:00:00Z') })
      .where(eq(declarationFindings.id, f.id));
  }
}
