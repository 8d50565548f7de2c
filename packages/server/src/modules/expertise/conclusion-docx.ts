import { type FactorCode, factorInfo } from '@antikor/engines/expertise';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { buildDocx, type DocBlock } from '../../platform/documents/docx.js';
import { ruDate } from '../../platform/documents/xlsx.js';
import { dateInZone } from '../journals/entry-text.js';
import { organisations } from '../org/tables.js';
import { type FindingDto, getExpertise, getRun } from './get-expertise.js';

const actTypeGenitive: Record<string, string> = {
  resolution: 'постановления',
  order: 'распоряжения',
  council_decision: 'решения Совета народных депутатов',
};

/** «подпункт «б» пункта 3 Методики» for code «3б». */
export const methodologyItem = (code: string) => `подпункт «${code.slice(1)}» пункта ${code.slice(0, 1)} Методики`;

/** One row per provision: several factors of one sentence are listed together, as experts write them. */
function byProvision(findings: FindingDto[]): FindingDto[][] {
  const groups = new Map<string, FindingDto[]>();
  for (const f of findings) groups.set(`${f.unit}|${f.quote}`, [...(groups.get(`${f.unit}|${f.quote}`) ?? []), f]);
  return [...groups.values()];
}

const proposal = (f: FindingDto) => f.expertSuggestion ?? f.suggestion ?? factorInfo(f.code as FactorCode).remedy;

/**
 * The expert's conclusion on a version of the draft (ПП РФ от 26.02.2010 № 96, Правила п. 6 — п. 7; domain.md
 * §10.3): details of the draft, each confirmed factor with its structural unit and the Methodology item,
 * proposals for removing it — or «коррупциогенные факторы не выявлены». While claims remain undecided the
 * document is marked as a draft of the conclusion.
 */
export async function conclusionDocx(db: Db, actor: Actor, runId: string, opts: { timeZone: string; now?: Date }) {
  const run = await getRun(db, actor, runId);
  const overview = await getExpertise(db, actor, run.entryId);
  const e = overview.entry;
  const [org] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, e.orgId));
  const confirmed = run.findings.filter((f) => f.decision === 'confirmed');
  const pending = run.counts.pending;
  const removed = (run.changes?.removedFindings ?? []).filter((f) => f.decision === 'confirmed');
  // The date the journal records for the conclusion, unless this version came later.
  const today =
    e.conclusionOn && e.conclusionOn >= run.scannedAt.slice(0, 10)
      ? e.conclusionOn
      : dateInZone(opts.now ?? new Date(), opts.timeZone);
  const kind = actTypeGenitive[e.actType ?? ''] ?? 'нормативного правового акта';
  const title = pending ? `ПРОЕКТ ЗАКЛЮЧЕНИЯ (не рассмотрено замечаний: ${pending})` : 'ЗАКЛЮЧЕНИЕ';
  const blocks: DocBlock[] = [
    { kind: 'title', text: title },
    {
      kind: 'subtitle',
      text: `по результатам антикоррупционной экспертизы проекта ${kind}${org ? ` (${org.name})` : ''}`,
    },
    { kind: 'subtitle', text: `«${e.draftTitle}»` },
    { kind: 'paragraph', text: '' },
    {
      kind: 'fields',
      rows: [
        ['Проект', `Проект ${kind} «${e.draftTitle}»`],
        ['Разработчик', e.developer],
        ['Дата поступления на экспертизу', ruDate(e.receivedOn)],
        ['Регистрационный номер в реестре', e.regNumber],
        [
          'Редакция проекта',
          `№ ${run.version} от ${ruDate(run.scannedAt.slice(0, 10))}${run.fileName ? `, файл «${run.fileName}»` : ', текст внесён в систему'} (контрольная сумма SHA-256 ${run.textSha256.slice(0, 16)}…)`,
        ],
        ['Дата заключения', ruDate(today)],
      ],
    },
    {
      kind: 'paragraph',
      align: 'justify',
      text: `В соответствии с частью 4 статьи 3 Федерального закона от 17.07.2009 № 172-ФЗ «Об антикоррупционной экспертизе нормативных правовых актов и проектов нормативных правовых актов», пунктом 2 статьи 6 Федерального закона от 25.12.2008 № 273-ФЗ «О противодействии коррупции», Правилами проведения антикоррупционной экспертизы нормативных правовых актов и проектов нормативных правовых актов и Методикой проведения антикоррупционной экспертизы нормативных правовых актов и проектов нормативных правовых актов, утвержденными постановлением Правительства Российской Федерации от 26.02.2010 № 96, проведена антикоррупционная экспертиза проекта ${kind} «${e.draftTitle}» (редакция № ${run.version}) в целях выявления в нем коррупциогенных факторов и их последующего устранения.`,
    },
  ];
  if (confirmed.length) {
    blocks.push(
      {
        kind: 'paragraph',
        align: 'justify',
        text: `В результате антикоррупционной экспертизы в проекте выявлены коррупциогенные факторы (${confirmed.length}):`,
      },
      {
        kind: 'table',
        header: [
          '№',
          'Структурная единица',
          'Положение проекта',
          'Коррупциогенный фактор (пункт Методики)',
          'Предложение по устранению',
        ],
        widths: [5, 15, 30, 22, 28],
        rows: byProvision(confirmed).map((g, i) => [
          String(i + 1),
          g[0].unit,
          `«${g[0].quote}»`,
          g.map((f) => `${f.code} — ${f.factorTitle} (${methodologyItem(f.code)})`).join('\n'),
          [...new Set(g.map(proposal))].join('\n'),
        ]),
      },
      {
        kind: 'paragraph',
        align: 'justify',
        text: 'Выявленные коррупциогенные факторы подлежат устранению разработчиком проекта способами, указанными в настоящем заключении. Доработанный проект подлежит повторной антикоррупционной экспертизе.',
      },
    );
  } else {
    blocks.push({
      kind: 'paragraph',
      bold: true,
      align: 'justify',
      text: 'По результатам антикоррупционной экспертизы коррупциогенные факторы в проекте не выявлены.',
    });
  }
  if (removed.length) {
    blocks.push({
      kind: 'paragraph',
      align: 'justify',
      text: `Коррупциогенные факторы, выявленные в редакции № ${run.changes!.previousVersion} (${removed.map((f) => `${f.unit} — ${f.code}`).join('; ')}), устранены разработчиком.`,
    });
  }
  if (pending) {
    blocks.push({
      kind: 'paragraph',
      align: 'justify',
      text: `Внимание: не рассмотрено замечаний — ${pending}. Документ не является окончательным заключением до рассмотрения всех замечаний.`,
    });
  }
  blocks.push({ kind: 'signature', left: `Эксперт ____________________ / ${actor.fullName} /`, right: ruDate(today) });
  const buf = await buildDocx({ title: `Заключение антикоррупционной экспертизы ${e.regNumber}`, blocks });
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: e.orgId,
      type: 'expertise.conclusion_printed',
      entityType: 'journal_entry',
      entityId: run.entryId,
      data: { runId, version: run.version, confirmed: confirmed.length, pending, isFinal: pending === 0 },
    }),
  );
  return { buf, fileName: `Заключение АЭ ${e.regNumber.replace('/', '-')} ред. ${run.version}.docx` };
}
