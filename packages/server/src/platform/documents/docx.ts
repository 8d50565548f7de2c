/**
 * One builder for Word documents (architecture.md, decision 6): Times New Roman, A4, portrait or
 * landscape, a title block, key–value cards and tables with repeated header rows.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export type DocBlock =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean; align?: 'left' | 'right' | 'center' | 'justify' }
  | { kind: 'fields'; rows: [string, string][] }
  /** A row is its cells, or one cell spanning the table (a section heading of a plan). */
  | { kind: 'table'; header: string[]; rows: (string[] | { span: string; bold?: boolean })[]; widths?: number[] }
  | { kind: 'signature'; left: string; right?: string };

const FONT = 'Times New Roman';
// A4 in twips, and the margins (2 cm left, 1.5 cm right): GOST R 7.0.97-2016 document fields.
const A4_SHORT = 11906;
const A4_LONG = 16838;
const MARGIN_LEFT = 1134;
const MARGIN_RIGHT = 850;
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

const para = (
  text: string,
  opts: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number } = {},
) =>
  new Paragraph({
    alignment: opts.align,
    children: text
      .split('\n')
      .flatMap((line, i) => [
        new TextRun({ text: line, bold: opts.bold, font: FONT, size: opts.size ?? 24, break: i > 0 ? 1 : undefined }),
      ]),
  });

const cell = (text: string, opts: { bold?: boolean; width?: number; columnSpan?: number } = {}) =>
  new TableCell({
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    columnSpan: opts.columnSpan,
    // Paragraphs of a cell («\n\n») become Word paragraphs; single line breaks stay breaks.
    children: text.split(/\n{2,}/).map((p) => para(p, { bold: opts.bold, size: 20 })),
  });

function render(b: DocBlock, textWidth: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'title':
      return [
        new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: b.text, bold: true, font: FONT, size: 28 })],
        }),
      ];
    case 'subtitle':
      return [para(b.text, { align: AlignmentType.CENTER })];
    case 'paragraph':
      return [
        para(b.text, {
          bold: b.bold,
          align: b.align
            ? {
                left: AlignmentType.LEFT,
                right: AlignmentType.RIGHT,
                center: AlignmentType.CENTER,
                justify: AlignmentType.JUSTIFIED,
              }[b.align]
            : undefined,
        }),
      ];
    case 'fields':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders,
          rows: b.rows.map(
            ([k, v]) => new TableRow({ children: [cell(k, { bold: true, width: 35 }), cell(v || '—', { width: 65 })] }),
          ),
        }),
      ];
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          // Word and LibreOffice honour a fixed grid, not cell percentages.
          columnWidths: b.widths ? b.widths.map((w) => Math.round((textWidth * w) / 100)) : undefined,
          layout: b.widths ? TableLayoutType.FIXED : undefined,
          borders,
          rows: [
            new TableRow({
              tableHeader: true,
              children: b.header.map((h, i) => cell(h, { bold: true, width: b.widths?.[i] })),
            }),
            ...b.rows.map((r) =>
              Array.isArray(r)
                ? new TableRow({ cantSplit: false, children: r.map((v, i) => cell(v, { width: b.widths?.[i] })) })
                : new TableRow({ children: [cell(r.span, { bold: r.bold, columnSpan: b.header.length })] }),
            ),
          ],
        }),
      ];
    case 'signature':
      return [para(''), para(`${b.left}${b.right ? `\t\t\t${b.right}` : ''}`)];
  }
}

export async function buildDocx(opts: { blocks: DocBlock[]; landscape?: boolean; title?: string }): Promise<Buffer> {
  const doc = new Document({
    creator: 'Антикор',
    title: opts.title,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page: both are given as for portrait A4.
            size: {
              orientation: opts.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
              width: A4_SHORT,
              height: A4_LONG,
            },
            margin: { top: 1134, bottom: 1134, left: MARGIN_LEFT, right: MARGIN_RIGHT },
          },
        },
        children: opts.blocks.flatMap((b) => {
          const out = render(b, (opts.landscape ? A4_LONG : A4_SHORT) - MARGIN_LEFT - MARGIN_RIGHT);
          return b.kind === 'table' || b.kind === 'fields' ? [...out, para('')] : out;
        }),
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
