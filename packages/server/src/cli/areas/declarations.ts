/**
 * `npm run cli -- declarations <command>`: «Справки БК» packages without a database.
 *
 *   parse FILE... [--json] [--with-identity]   parse packages (.xsb, .xml, .zip of them)
 *   diff OLD NEW [--json]                      differences between two versions of a family's package
 *   analyze FILE... [--previous FILE...] [--json]
 *                                              analysis findings for one family (this year's package and
 *                                              earlier years' packages)
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyzeDeclarations, type FamilyDeclarations, type Finding } from '@antikor/engines/declaration-analysis';
import {
  diffPackages,
  type PackageFileResult,
  type ParsedPackage,
  type PersonDeclaration,
  readPackageFiles,
} from '@antikor/engines/spravki-bk';

const USAGE = `Usage: npm run cli -- declarations <command> [options]

Commands:
  parse FILE... [--json] [--with-identity]
      Parse «Справки БК» packages (.xsb, .xml, or .zip archives of them). With --json prints one JSON object
      a line per package file: {"file", "persons": [...], ...} or {"file", "error"}; inner files of a zip are
      named "archive.zip!inner.xsb". Identity documents, SNILS and the registration address are
      left out unless --with-identity is given.
  diff OLD NEW [--json]
      List the differences between two versions of a family's package (e.g. the original and «Уточнение»).
  analyze FILE... [--previous FILE...] [--json]
      Run the declaration analysis rules on this year's package(s) of one family, with earlier years'
      packages as --previous. Prints the findings and the risk level.

Exit code: 0 when every file was read, 1 when some file could not be read, 2 on wrong usage.
`;

async function readAll(files: string[]): Promise<PackageFileResult[]> {
  const results: PackageFileResult[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      results.push({ file, error: code === 'ENOENT' ? 'файл не найден' : `файл не читается (${code ?? err})` });
      continue;
    }
    results.push(...(await readPackageFiles(file, bytes)));
  }
  return results;
}

/** The JSON shape of a parsed package for the command line (identity documents and address only on request). */
function packageJson(file: string, pkg: ParsedPackage, withIdentity: boolean): Record<string, unknown> {
  const persons = pkg.persons.map((p) => {
    const { identity, registration, ...rest } = p;
    return withIdentity ? p : rest;
  });
  return {
    file,
    format: pkg.format,
    encoding: pkg.encoding,
    packageVersion: pkg.packageVersion,
    program: pkg.program,
    contentHash: pkg.contentHash,
    isClarifying: pkg.isClarifying,
    persons,
    ...(pkg.warnings.length > 0 ? { warnings: pkg.warnings } : {}),
    ...(Object.keys(pkg.unknown).length > 0 ? { unknown: pkg.unknown } : {}),
  };
}

const rub = (n: number) =>
  `${n.toLocaleString('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace(/[\u00a0\u202f]/g, ' ')} ₽`;

function fullName(p: PersonDeclaration): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
}

function printSummary(file: string, pkg: ParsedPackage): void {
  const clar = pkg.isClarifying ? ', уточнённая' : '';
  process.stdout.write(`${file}: ${pkg.format}, ${pkg.encoding}, справок: ${pkg.persons.length}${clar}\n`);
  for (const p of pkg.persons) {
    const balance = p.accounts.reduce((s, a) => s + (a.balance ?? 0), 0);
    process.stdout.write(
      `  ${p.role.padEnd(11)} ${fullName(p)} (${p.birthDate ?? '?'}): доход ${rub(p.incomeTotal)}; ` +
        `недвижимость ${p.realEstate.length}, в пользовании ${p.realEstateInUse.length}, ТС ${p.vehicles.length}, ` +
        `счета ${p.accounts.length} (${rub(balance)}), ценные бумаги ${p.shareholdings.length + p.securities.length}, ` +
        `обязательства ${p.obligations.length}, расходы ${p.expenses.length}\n`,
    );
  }
}

function reportWarnings(file: string, pkg: ParsedPackage): void {
  for (const w of pkg.warnings) {
    process.stderr.write(`${file}: строка ${w.line}, столбец ${w.column}: ${w.path}: ${w.message}\n`);
  }
}

async function parseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, 'with-identity': { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help || positionals.length === 0) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  let failed = 0;
  for (const result of await readAll(positionals)) {
    if ('error' in result) {
      failed++;
      if (values.json) process.stdout.write(`${JSON.stringify({ file: result.file, error: result.error })}\n`);
      process.stderr.write(`${result.file}: ${result.error}\n`);
      continue;
    }
    if (values.json) {
      process.stdout.write(`${JSON.stringify(packageJson(result.file, result.package, !!values['with-identity']))}\n`);
    } else printSummary(result.file, result.package);
    reportWarnings(result.file, result.package);
  }
  return failed > 0 ? 1 : 0;
}

async function readOnePackage(file: string): Promise<ParsedPackage | null> {
  const results = await readAll([file]);
  const ok = results.find((r): r is Extract<PackageFileResult, { package: ParsedPackage }> => 'package' in r);
  for (const r of results) if ('error' in r) process.stderr.write(`${r.file}: ${r.error}\n`);
  if (!ok) return null;
  if (results.length > 1) process.stderr.write(`${file}: в архиве несколько пакетов, взят ${ok.file}\n`);
  return ok.package;
}

async function diffCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help || positionals.length !== 2) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const [a, b] = await Promise.all(positionals.map(readOnePackage));
  if (!a || !b) return 1;
  const diff = diffPackages(a, b);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(diff)}\n`);
    return 0;
  }
  if (diff.length === 0) process.stdout.write('Различий нет.\n');
  for (const d of diff) {
    process.stdout.write(
      `${d.person}: ${d.change === 'added' ? 'добавлена' : d.change === 'removed' ? 'удалена' : 'изменена'}\n`,
    );
    if (d.change !== 'changed') continue;
    for (const x of d.differences) {
      const what = x.field ? `${x.item ? `${x.item}: ` : ''}${x.field}` : x.item;
      const values =
        x.change === 'changed'
          ? `${JSON.stringify(x.before)} → ${JSON.stringify(x.after)}`
          : x.change === 'added'
            ? 'добавлено'
            : 'удалено';
      process.stdout.write(`  [${x.section}] ${what}: ${values}\n`);
    }
  }
  return 0;
}

function reportingYear(pkg: ParsedPackage): number | null {
  const end = pkg.persons.find((p) => p.reportingPeriod.end)?.reportingPeriod.end;
  return end ? Number(end.slice(0, 4)) : null;
}

async function familiesOf(files: string[]): Promise<{ families: FamilyDeclarations[]; failed: boolean }> {
  const byYear = new Map<number, PersonDeclaration[]>();
  let failed = false;
  for (const r of await readAll(files)) {
    if ('error' in r) {
      process.stderr.write(`${r.file}: ${r.error}\n`);
      failed = true;
      continue;
    }
    const year = reportingYear(r.package);
    if (year === null) {
      process.stderr.write(`${r.file}: не указан отчётный период, пакет пропущен\n`);
      failed = true;
      continue;
    }
    byYear.set(year, [...(byYear.get(year) ?? []), ...r.package.persons]);
  }
  return { families: [...byYear].map(([year, persons]) => ({ year, persons })), failed };
}

function printFindings(findings: Finding[]): void {
  const label = { high: 'ВЫСОКИЙ', medium: 'средний', low: 'низкий' } as const;
  for (const f of findings) {
    process.stdout.write(`[${label[f.severity]}] ${f.ruleCode} ${f.title} (${f.personRole})\n  ${f.message}\n`);
    for (const e of f.evidence) process.stdout.write(`    ${e.label}: ${e.value} (${e.source})\n`);
    process.stdout.write(`    Основание: ${f.basis}\n`);
  }
}

async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { previous: { type: 'string', multiple: true }, json: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help || positionals.length === 0) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const current = await familiesOf(positionals);
  const previous = await familiesOf(values.previous ?? []);
  if (current.families.length !== 1) {
    process.stderr.write(`нужны пакеты одного отчётного года, найдено лет: ${current.families.length}\n`);
    return 1;
  }
  const result = analyzeDeclarations({ current: current.families[0], previous: previous.families });
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    process.stdout.write(
      `Риск: ${result.risk.level} (баллы: ${result.risk.score}), находок: ${result.findings.length}\n`,
    );
    printFindings(result.findings);
  }
  return current.failed || previous.failed ? 1 : 0;
}

/** Entry point of the `declarations` area. */
export async function run(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'parse':
      return parseCommand(rest);
    case 'diff':
      return diffCommand(rest);
    case 'analyze':
      return analyzeCommand(rest);
    case undefined:
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    default:
      process.stderr.write(`Unknown command "${command}".\n${USAGE}`);
      return 2;
  }
}
