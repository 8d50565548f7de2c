/**
 * Section 1 (income by line) and section 2 (expenses: deals acquiring property, 230-ФЗ ст. 3 ч. 1).
 */
import { FieldBag, type ParseContext, withExtra } from './field-bag.js';
import type { Expense, FundsSource, Income, IncomeKind } from './types.js';
import { lineColumn, type XmlNode } from './xml-tree.js';

/** `ВидДохода` values of the program and the line of section 1 of the Decree 460 form they fill. */
const INCOME_KINDS: Record<string, { kind: IncomeKind; line: Income['line'] }> = {
  доходпоосновномуместуработы: { kind: 'main_work', line: 1 },
  доходотпедагогическойинаучнойдеятельности: { kind: 'teaching_science', line: 2 },
  доходотинойтворческойдеятельности: { kind: 'creative', line: 3 },
  доходотвкладоввбанкахииныхкредитныхорганизациях: { kind: 'deposits', line: 4 },
  доходотценныхбумагидолейучастиявкоммерческихорганизациях: { kind: 'securities', line: 5 },
  инойдоход: { kind: 'other', line: 6 },
};

/** Line of section 1 for each income kind (line 7 is the total). */
export const INCOME_LINE: Record<IncomeKind, Income['line']> = {
  main_work: 1,
  teaching_science: 2,
  creative: 3,
  deposits: 4,
  securities: 5,
  other: 6,
};

function incomeKind(raw: string | null): { kind: IncomeKind; line: Income['line'] } | null {
  if (!raw) return null;
  const key = raw.replace(/[\s_]/g, '').toLowerCase();
  const known = INCOME_KINDS[key];
  if (known) return known;
  // Tolerate wording variants of later versions by their distinctive stems.
  if (key.includes('основн')) return INCOME_KINDS.доходпоосновномуместуработы;
  if (key.includes('педагог') || key.includes('научн')) return INCOME_KINDS.доходотпедагогическойинаучнойдеятельности;
  if (key.includes('творческ')) return INCOME_KINDS.доходотинойтворческойдеятельности;
  if (key.includes('вклад')) return INCOME_KINDS.доходотвкладоввбанкахииныхкредитныхорганизациях;
  if (key.includes('ценныхбумаг')) return INCOME_KINDS.доходотценныхбумагидолейучастиявкоммерческихорганизациях;
  return null;
}

/** Reads the `Доход` items of section 1. */
export function readIncomes(items: XmlNode[], path: string, ctx: ParseContext): Income[] {
  return items.map((item, i) => {
    const f = new FieldBag(item, `${path} / Доход ${i + 1}`, ctx);
    const kindRaw = f.text('ВидДохода');
    const known = incomeKind(kindRaw);
    if (!known && kindRaw) {
      ctx.warnings.push({
        path: `${path} / Доход ${i + 1} / ВидДохода`,
        ...lineColumn(ctx.src, item.offset),
        message: `неизвестный вид дохода «${kindRaw}», отнесён к строке 6 (иные доходы)`,
      });
    }
    const { kind, line } = known ?? { kind: 'other' as const, line: 6 as const };
    return withExtra<Income>(
      {
        kind,
        line,
        amount: f.amount('ВеличинаДохода'),
        kindRaw,
        otherKind: f.text('ВидИногоДохода'),
        category: f.text('КатегорияДохода'),
        description: f.text('СведениеОДоходе'),
        explanation: f.text('Пояснения'),
      },
      f,
    );
  });
}

function readSources(node: XmlNode | undefined, path: string, ctx: ParseContext): FundsSource[] {
  if (!node) return [];
  return node.children.map((src, i) => {
    const f = new FieldBag(src, `${path} / ИсточникСредств ${i + 1}`, ctx);
    // A source is either an income (its kind or category) or a loan (an obligation with its content).
    const source = f.text(
      'Источник',
      'СведениеОДоходе',
      'КатегорияДохода',
      'ВидИногоДохода',
      'ВидДохода',
      'СодержаниеОбязательства',
    );
    return { source, amount: f.amount('СуммаСредств', 'Сумма') };
  });
}

/** Reads the `Расход` items of section 2. */
export function readExpenses(items: XmlNode[], path: string, ctx: ParseContext): Expense[] {
  return items.map((item, i) => {
    const itemPath = `${path} / Расход ${i + 1}`;
    const f = new FieldBag(item, itemPath, ctx, ['ИсточникиСредств']);
    const sources = readSources(f.aside('ИсточникиСредств'), itemPath, ctx);
    // Older versions give the source as one text field instead of a list.
    const sourceText = f.text('ИсточникСредств');
    if (sourceText && sources.length === 0) sources.push({ source: sourceText, amount: null });
    return withExtra<Expense>(
      {
        assetKind: f.text('ВидАктива', 'ВидИмущества', 'ВидНедвижимогоИмущества') ?? f.objectTags[0] ?? null,
        name: f.text('Наименование', 'НаименованиеИмущества', 'НаименованиеНедвижимогоИмущества'),
        amount: f.amount('СуммаСделки'),
        basis: f.text('ОснованиеПриобретения'),
        sources,
        area: f.amount('Площадь'),
        address: f.address('МестонахождениеИмущества'),
      },
      f,
    );
  });
}
