/**
 * `npm run cli -- affiliation match --staff staff.csv --counterparties counterparties.csv [--out links.jsonl]`
 *
 * Finds hidden affiliation (measures 1.2, 3.1, 3.3 of the plan; Mintrud recommendations of
 * 19.05.2020 on personal interest in procurement) between staff persons — employees and their
 * relatives and in-laws — and counterparty persons, without a database.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import {
  AffiliationInputError,
  COUNTERPARTY_COLUMNS,
  type Link,
  matchAffiliationParallel,
  readCounterpartyCsv,
  readStaffCsv,
  STAFF_COLUMNS,
} from '@antikor/engines/affiliation';

const USAGE = `Usage: npm run cli -- affiliation match --staff STAFF.csv --counterparties COUNTERPARTIES.csv
                                         [--out LINKS.jsonl | -] [--min-score 0.5]

Compares every employee and relative with every founder, director, entrepreneur and contact of the
counterparties and prints the links with their evidence, one JSON object a line:
  {"staff_id", "counterparty_id", "score", "evidence": {"basis", "same_person", "shared_contact",
   "fields": [{"field", "outcome", "how", "staff", "counterparty", "weight", …}], "summary", …}}
A score ≥ 0.5 claims a link (same person, or a shared phone, e-mail or dwelling); lower scores are
weak links for review and are printed only with a lower --min-score.

  --staff FILE            UTF-8 CSV with a header row: ${STAFF_COLUMNS.join(',')}
                          relation: self for the employee, else spouse, child, parent, sibling or another word
  --counterparties FILE   UTF-8 CSV with a header row: ${COUNTERPARTY_COLUMNS.join(',')}
                          role: director, founder, entrepreneur or contact
                          In both files several phones, e-mails or addresses are separated by «|»;
                          any column but id may be empty.
  --out FILE              where to write the links; «-» or no --out: standard output
  --min-score X           print links scoring at least X (0…1, default 0.5)

Exit code: 0 on success, 1 when an input file is bad (each problem is named by file, line and
column on standard error; nothing is written), 2 on wrong usage.
`;

const OPTIONS = {
  staff: { type: 'string' },
  counterparties: { type: 'string' },
  out: { type: 'string' },
  'min-score': { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** The engine's link in the snake_case JSON of the command's output. */
export function linkToJson(l: Link): Record<string, unknown> {
  const e = l.evidence;
  return {
    staff_id: l.staffId,
    counterparty_id: l.counterpartyId,
    score: l.score,
    evidence: {
      basis: e.basis,
      same_person: e.samePerson,
      shared_contact: e.sharedContact,
      ...(e.cap ? { cap: e.cap } : {}),
      employee_id: e.employeeId,
      relation: e.relation,
      company: e.company,
      fields: e.fields.map((f) => ({
        field: f.field,
        outcome: f.outcome,
        how: f.how,
        staff: f.staff,
        counterparty: f.counterparty,
        weight: f.weight,
        ...(f.contactWeight !== undefined ? { contact_weight: f.contactWeight } : {}),
        ...(f.note ? { note: f.note } : {}),
      })),
      summary: e.summary,
    },
  };
}

async function match(values: {
  staff?: string;
  counterparties?: string;
  out?: string;
  'min-score'?: string;
}): Promise<number> {
  if (!values.staff || !values.counterparties) {
    process.stderr.write(`Both --staff and --counterparties are required.\n\n${USAGE}`);
    return 2;
  }
  const minScore = values['min-score'] === undefined ? 0.5 : Number(values['min-score']);
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) {
    process.stderr.write(`--min-score must be a number from 0 to 1, got «${values['min-score']}».\n`);
    return 2;
  }
  const started = performance.now();
  let staff: Awaited<ReturnType<typeof readStaffCsv>>;
  let counterparties: Awaited<ReturnType<typeof readCounterpartyCsv>>;
  try {
    [staff, counterparties] = await Promise.all([
      readStaffCsv(createReadStream(values.staff), values.staff),
      readCounterpartyCsv(createReadStream(values.counterparties), values.counterparties),
    ]);
  } catch (err) {
    if (err instanceof AffiliationInputError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') {
      process.stderr.write(`${(err as NodeJS.ErrnoException).path}: file not found\n`);
      return 1;
    }
    throw err;
  }
  // Two threads for large inputs (each builds the staff index, they share the counterparty rows).
  const links = await matchAffiliationParallel(staff, counterparties, {
    minScore,
    threads: Math.min(2, availableParallelism()),
  });
  const toStdout = !values.out || values.out === '-';
  const out: NodeJS.WritableStream = toStdout ? process.stdout : createWriteStream(values.out as string);
  for (const l of links) {
    if (!out.write(`${JSON.stringify(linkToJson(l))}\n`)) await new Promise((r) => out.once('drain', r));
  }
  if (!toStdout) {
    await new Promise<void>((resolve, reject) => {
      out.once('error', reject);
      out.end(() => resolve());
    });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const claimed = links.filter((l) => l.score >= 0.5).length;
  process.stderr.write(
    `${staff.length} staff rows, ${counterparties.length} counterparty rows: ${links.length} links with score ≥ ${minScore} (${claimed} claimed, ≥ 0.5) in ${seconds} s${toStdout ? '' : ` → ${values.out}`}\n`,
  );
  return 0;
}

const parse = (args: string[]) => parseArgs({ args, allowPositionals: true, options: OPTIONS });

export async function run(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals[0] !== 'match' || positionals.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  return match(values);
}
