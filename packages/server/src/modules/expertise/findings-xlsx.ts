import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { buildXlsx, ruDate } from '../../platform/documents/xlsx.js';
import { type FindingDto, getRun } from './get-expertise.js';

const decisionLabel = { pending: 'не рассмотрено', confirmed: 'подтверждено', rejected: 'отклонено' } as const;

/** A version's findings with the expert's decisions and reasons, for analysis in Excel. */
export async function findingsXlsx(db: Db, actor: Actor, runId: string) {
  const run = await getRun(db, actor, runId);
  const rows = run.findings.filter((f) => !f.isHint || f.decision !== 'pending');
  const buf = await buildXlsx<FindingDto>({
    sheetName: `Редакция ${run.version}`,
    title: `Проект № ${run.regNumber}, редакция № ${run.version} от ${ruDate(run.scannedAt.slice(0, 10))}: коррупциогенные факторы`,
    rows,
    columns: [
      { header: '№', width: 5, value: (f) => rows.indexOf(f) + 1 },
      { header: 'Структурная единица', width: 22, value: (f) => f.unit },
      { header: 'Положение проекта', width: 50, value: (f) => f.quote },
      { header: 'Слова-признаки', width: 24, value: (f) => f.trigger },
      { header: 'Фактор', width: 8, value: (f) => f.code },
      { header: 'Наименование фактора', width: 30, value: (f) => f.factorTitle },
      { header: 'Источник', width: 12, value: (f) => (f.origin === 'expert' ? 'эксперт' : 'движок') },
      { header: 'Оценка движка', width: 10, value: (f) => f.score },
      { header: 'Решение', width: 14, value: (f) => decisionLabel[f.decision] },
      { header: 'Причина отклонения', width: 36, value: (f) => f.decisionComment },
      { header: 'Предложение по устранению', width: 44, value: (f) => f.expertSuggestion ?? f.suggestion },
      { header: 'Эксперт', width: 24, value: (f) => f.decidedByName },
    ],
  });
  return { buf, fileName: `Факторы ${run.regNumber.replace('/', '-')} ред. ${run.version}.xlsx` };
}
