/**
 * The publication table (Указ № 613; the form of Приказ Минтруда № 530н): only the permitted fields — the
 * declarant's name and position; real estate owned and in use (type, ownership, area, country); vehicles
 * (type, make); declared annual income; sources of funds for deals over the 230-ФЗ threshold — and for the
 * spouse and minor children no names (Указ № 613 п. 3 «б»), no addresses or locations of property (п. 3 «в»,
 * «г»). Publication itself is suspended by Decree 968 unless the organisation turns it on.
 */
import type { PersonDeclaration } from '@antikor/engines/spravki-bk';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { buildDocx } from '../../platform/documents/docx.js';
import { buildXlsx } from '../../platform/documents/xlsx.js';
import { organisations } from '../org/tables.js';
import { assertDeclarationsOfficer } from './access.js';
import { campaignDeadlines } from './campaign-deadlines.js';
import type { Campaign } from './load-campaign.js';
import { DECREE_968_NOTE, loadSettings } from './settings.js';
import { declarationCampaigns, declarationObligations, declarations, declarationVersions } from './tables.js';

export type PublicationRow = {
  n: number | null;
  name: string;
  position: string;
  realEstateOwned: string;
  realEstateInUse: string;
  vehicles: string;
  income: string;
  sources: string;
};

const ROLE_LABEL = { spouse: 'Супруг (супруга)', minor_child: 'Несовершеннолетний ребёнок' } as const;
const rub = (n: number) =>
  n.toLocaleString('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace(/[\u00a0\u202f]/g, ' ');
const area = (a: number | null) => (a === null ? '' : `${String(a).replace('.', ',')} кв. м`);
const country = (c: string | null) => c || 'Россия';
const ownershipRu = (r: PersonDeclaration['realEstate'][number]) =>
  r.ownership === 'shared'
    ? `долевая${r.share ? ` (${r.share})` : ''}`
    : r.ownership === 'joint'
      ? 'совместная'
      : r.ownership === 'individual'
        ? 'индивидуальная'
        : (r.ownershipRaw ?? '');
const kindRu = (r: { typeRaw: string | null; kind: string; name?: string | null }) => r.typeRaw ?? r.name ?? r.kind;

/** One person's row: only what Decree 613 permits. */
export function publicationRow(p: PersonDeclaration, n: number | null, position: string): PublicationRow {
  return {
    n,
    name: p.role === 'self' ? [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ') : ROLE_LABEL[p.role],
    position: p.role === 'self' ? position : '',
    realEstateOwned:
      p.realEstate
        .map((r) => [kindRu(r), ownershipRu(r), area(r.area), country(r.country)].filter(Boolean).join(', '))
        .join('\n') || 'нет',
    realEstateInUse:
      p.realEstateInUse
        .map((r) => [kindRu(r), area(r.area), country(r.country)].filter(Boolean).join(', '))
        .join('\n') || 'нет',
    vehicles:
      p.vehicles
        .map((v) =>
          [v.type ?? 'Автомобиль легковой', [v.make, v.model].filter(Boolean).join(' ')].filter(Boolean).join(', '),
        )
        .join('\n') || 'нет',
    income: rub(p.incomeTotal),
    // Section 2 is filled only when the deals exceed the three-year income (230-ФЗ ст. 3 ч. 1): then its sources are published.
    sources: p.expenses
      .map(
        (e) =>
          `${e.assetKind ?? e.name ?? 'имущество'}: ${
            e.sources
              .map((s) => s.source)
              .filter(Boolean)
              .join('; ') || 'источник не указан'
          }`,
      )
      .join('\n'),
  };
}

/** The rows of a campaign: declarants in alphabetical order, each followed by the family (no names). */
export async function publicationRows(db: Db, campaign: Campaign): Promise<PublicationRow[]> {
  const rows = await db
    .select({
      familyKey: declarations.familyKey,
      role: declarations.role,
      data: declarationVersions.data,
      position: declarationObligations.positionTitle,
    })
    .from(declarations)
    .innerJoin(
      declarationVersions,
      and(
        eq(declarationVersions.declarationId, declarations.id),
        eq(declarationVersions.version, declarations.currentVersion),
      ),
    )
    .leftJoin(declarationObligations, eq(declarationObligations.id, declarations.obligationId))
    .where(and(eq(declarations.campaignId, campaign.id), sql`${declarations.employeeId} IS NOT NULL`));
  const families = new Map<string, typeof rows>();
  for (const r of rows) families.set(r.familyKey, [...(families.get(r.familyKey) ?? []), r]);
  const ordered = [...families.values()]
    .filter((f) => f.some((r) => r.role === 'self'))
    .map((f) =>
      f.sort((a, b) =>
        a.role === 'self' ? -1 : b.role === 'self' ? 1 : (a.data.birthDate ?? '').localeCompare(b.data.birthDate ?? ''),
      ),
    )
    .sort((a, b) => publicationRow(a[0].data, 0, '').name.localeCompare(publicationRow(b[0].data, 0, '').name, 'ru'));
  const out: PublicationRow[] = [];
  ordered.forEach((fam, i) => {
    for (const r of fam)
      out.push(publicationRow(r.data, r.role === 'self' ? i + 1 : null, r.position ?? r.data.workplace.position ?? ''));
  });
  return out;
}

const HEADER = [
  '№ п/п',
  'Фамилия, имя, отчество',
  'Должность',
  'Объекты недвижимости в собственности (вид, вид собственности, площадь, страна)',
  'Объекты недвижимости в пользовании (вид, площадь, страна)',
  'Транспортные средства (вид, марка)',
  'Декларированный годовой доход, руб.',
  'Сведения об источниках получения средств, за счёт которых совершена сделка',
];
const cells = (r: PublicationRow) => [
  r.n === null ? '' : String(r.n),
  r.name,
  r.position,
  r.realEstateOwned,
  r.realEstateInUse,
  r.vehicles,
  r.income,
  r.sources,
];

async function titleOf(db: Db, campaign: Campaign) {
  const [org] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, campaign.orgId));
  return `Сведения о доходах, расходах, об имуществе и обязательствах имущественного характера лиц, замещающих должности в ${org?.name ?? 'организации'}, и членов их семей за период с 1 января по 31 декабря ${campaign.reportingYear} года`;
}

export async function publicationDocument(
  db: Db,
  actor: Actor,
  campaign: Campaign,
  format: 'docx' | 'xlsx' | 'html',
): Promise<Buffer> {
  assertDeclarationsOfficer(actor);
  const [rows, title, settings] = await Promise.all([
    publicationRows(db, campaign),
    titleOf(db, campaign),
    loadSettings(db, campaign.orgId),
  ]);
  const suspended = settings.publicationEnabled ? null : `Для служебного пользования. ${settings.publicationNote}`;
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: campaign.orgId,
      type: 'declaration.exported',
      entityType: 'declaration_campaign',
      entityId: campaign.id,
      data: { document: `publication.${format}`, rows: rows.length },
    }),
  );
  if (format === 'xlsx')
    return buildXlsx({
      sheetName: `Сведения ${campaign.reportingYear}`,
      title: suspended ? `${title}. ${suspended}` : title,
      columns: HEADER.map((header, i) => ({
        header,
        width: [6, 30, 30, 40, 34, 26, 18, 34][i],
        value: (r: PublicationRow) => cells(r)[i],
      })),
      rows,
    });
  if (format === 'docx')
    return buildDocx({
      title,
      landscape: true,
      blocks: [
        { kind: 'title', text: title },
        ...(suspended ? [{ kind: 'paragraph' as const, text: suspended, bold: true }] : []),
        { kind: 'table', header: HEADER, rows: rows.map(cells), widths: [4, 14, 14, 20, 16, 12, 9, 11] },
      ],
    });
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
  const html = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:"Times New Roman",serif}table{border-collapse:collapse}th,td{border:1px solid #000;padding:4px;vertical-align:top;font-size:12px}</style></head><body>
<h1 style="font-size:16px">${esc(title)}</h1>${suspended ? `<p><b>${esc(suspended)}</b></p>` : ''}
<table><thead><tr>${HEADER.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>
${rows
  .map(
    (r) =>
      `<tr>${cells(r)
        .map((c) => `<td>${esc(c)}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody></table></body></html>`;
  return Buffer.from(html, 'utf8');
}

/** Where publication stands: the due date (Указ № 613: 14 working days) and whether it is suspended. */
export async function publicationState(db: Db, campaign: Campaign) {
  const settings = await loadSettings(db, campaign.orgId);
  const due = campaignDeadlines(campaign.reportingYear);
  return {
    enabled: settings.publicationEnabled,
    note: settings.publicationEnabled ? null : settings.publicationNote,
    due: due.publicationDue,
    dueExplanation: due.publicationExplanation,
    publishedAt: campaign.publishedAt?.toISOString() ?? null,
    recordedNote: campaign.publicationNote,
  };
}

/**
 * «Опубликовать»: marks the table published when the organisation allows it; otherwise records that it was
 * not published and why (Decree 968), so the annual report can say so.
 */
export async function publishCampaign(db: Db, actor: Actor, campaign: Campaign) {
  assertDeclarationsOfficer(actor);
  const settings = await loadSettings(db, campaign.orgId);
  const published = settings.publicationEnabled;
  const note = published
    ? null
    : `${settings.publicationNote || DECREE_968_NOTE} Решение зафиксировано ${new Date().toISOString().slice(0, 10).split('-').reverse().join('.')}.`;
  await db.transaction(async (tx) => {
    await tx
      .update(declarationCampaigns)
      .set(published ? { publishedAt: new Date(), publicationNote: null } : { publicationNote: note })
      .where(eq(declarationCampaigns.id, campaign.id));
    await appendAudit(tx, auditContext(actor), {
      orgId: campaign.orgId,
      type: 'declaration.published',
      entityType: 'declaration_campaign',
      entityId: campaign.id,
      data: { published, note },
    });
  });
  return { published, note };
}
