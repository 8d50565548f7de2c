/**
 * `npm run cli -- expertise <command>`: anti-corruption expertise of draft acts without a database.
 *
 *   scan FILE... [--json] [--claims]       scan drafts (.docx, .txt, «-» for standard input)
 *   scan --jsonl INPUT.jsonl               scan provisions given as {"id", "text"} lines
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CLAIM_THRESHOLD, docxToText, type Finding, scanDraft } from '@antikor/engines/expertise';

const USAGE = `Usage: npm run cli -- expertise scan FILE... [--json] [--claims]
       npm run cli -- expertise scan --jsonl INPUT.jsonl

Scans drafts of municipal acts for corruptogenic factors (Methodology approved by Government Decree
of 26.02.2010 № 96, paragraphs 3 and 4).

  FILE            .docx (text of word/document.xml, paragraphs kept), .txt (UTF-8 or Windows-1251),
                  or «-» for text on standard input.
  --json          one JSON object a line per file: {"file", "findings": [{"code", "start", "end", "unit",
                  "trigger", "explanation", "suggestion", "score"}]}; start/end are character offsets.
  --jsonl FILE    read {"id", "text"} objects, one a line; print {"id", "findings": [...]} for each.
  --claims        keep only claims (score ≥ ${CLAIM_THRESHOLD}); hints below that are printed otherwise.

A finding with score ≥ ${CLAIM_THRESHOLD} is a claim. Exit code: 0 when every input was read, 1 when some
file or line could not be read, 2 on wrong usage.
`;

type JsonFinding = Pick<
  Finding,
  'code' | 'start' | 'end' | 'unit' | 'trigger' | 'explanation' | 'suggestion' | 'score'
>;

const toJson = (f: Finding): JsonFinding => ({
  code: f.code,
  start: f.start,
  end: f.end,
  unit: f.unit,
  trigger: f.trigger,
  explanation: f.explanation,
  suggestion: f.suggestion,
  score: f.score,
});

/** Decodes a TXT draft: UTF-8 (with or without BOM), falling back to Windows-1251 used by older office files. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

async function readDraft(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return decodeText(Buffer.concat(chunks));
  }
  const bytes = await readFile(file);
  // DOCX is a zip archive: «PK» signature.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return docxToText(bytes);
  return decodeText(bytes);
}

function describeError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'файл не найден';
  if (code) return `файл не читается (${code})`;
  return err instanceof Error ? err.message : String(err);
}

function printReport(file: string, text: string, findings: Finding[]): void {
  const claims = findings.filter((f) => f.score >= CLAIM_THRESHOLD);
  const out: string[] = [
    `${file}: ${claims.length ? `коррупциогенные факторы — ${claims.length}` : 'коррупциогенные факторы не выявлены'}${findings.length > claims.length ? `; замечаний ниже порога — ${findings.length - claims.length}` : ''}`,
  ];
  for (const f of findings) {
    const line = text.slice(0, f.start).split('\n').length;
    out.push(
      `  ${f.score >= CLAIM_THRESHOLD ? '●' : '○'} ${f.unit} (строка ${line}) — ${f.code}, оценка ${f.score.toFixed(2)}`,
    );
    out.push(`    ${f.explanation}`);
    if (f.suggestion) out.push(`    Предложение: ${f.suggestion}.`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

async function scanJsonl(input: string, claimsOnly: boolean): Promise<number> {
  let content: string;
  try {
    content = decodeText(await readFile(input));
  } catch (err) {
    process.stderr.write(`${input}: ${describeError(err)}\n`);
    return 1;
  }
  let failed = false;
  const lines = content.split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    const where = `${input}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (err) {
      const pos = /position (\d+)/.exec(String((err as Error).message));
      process.stderr.write(
        `${where}${pos ? `:${Number(pos[1]) + 1}` : ''}: неверный JSON (${(err as Error).message})\n`,
      );
      failed = true;
      return;
    }
    const rec = obj as { id?: unknown; text?: unknown };
    if (typeof rec !== 'object' || rec === null || typeof rec.text !== 'string') {
      process.stderr.write(`${where}: поле "text" должно быть строкой\n`);
      failed = true;
      return;
    }
    const findings = scanDraft(rec.text).findings.filter((f) => !claimsOnly || f.score >= CLAIM_THRESHOLD);
    process.stdout.write(`${JSON.stringify({ id: rec.id ?? null, findings: findings.map(toJson) })}\n`);
  });
  return failed ? 1 : 0;
}

export async function run(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'scan' || (files.length === 0 && !values.jsonl) || (files.length > 0 && values.jsonl)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const claimsOnly = values.claims ?? false;
  if (values.jsonl) return scanJsonl(values.jsonl, claimsOnly);
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readDraft(file);
    } catch (err) {
      process.stderr.write(`${file}: ${describeError(err)}\n`);
      failed = true;
      continue;
    }
    const findings = scanDraft(text).findings.filter((f) => !claimsOnly || f.score >= CLAIM_THRESHOLD);
    if (values.json) process.stdout.write(`${JSON.stringify({ file, findings: findings.map(toJson) })}\n`);
    else printReport(file, text, findings);
  }
  return failed ? 1 : 0;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'string' },
      claims: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
