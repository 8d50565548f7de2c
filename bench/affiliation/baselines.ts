/**
 * Two baselines the engine is compared with: an exact join on normalised full name + ИНН (what a
 * spreadsheet VLOOKUP gives), and a trigram similarity join on full names in PostgreSQL
 * (`pg_trgm`, in PGlite), the usual "fuzzy" approach.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { CounterpartyRow, StaffPerson } from '../../packages/engines/src/affiliation/types';
import { pairKey } from './metrics';

type Named = Pick<StaffPerson, 'id' | 'lastName' | 'firstName' | 'middleName' | 'inn'>;

/** «  ИВАНОВ  Иван Иванович» → «иванов иван иванович»: case, ё/е and spaces only. */
export function normalisedFullName(r: Named): string {
  return [r.lastName, r.firstName, r.middleName]
    .filter(Boolean)
    .join(' ')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Exact join on normalised full name + ИНН (both must be present). */
export function exactJoin(staff: readonly StaffPerson[], counterparties: readonly CounterpartyRow[]): Set<string> {
  const index = new Map<string, string[]>();
  for (const s of staff) {
    const inn = s.inn?.replace(/\D/g, '');
    const name = normalisedFullName(s);
    if (!inn || !name) continue;
    const k = `${name}|${inn}`;
    const l = index.get(k);
    if (l) l.push(s.id);
    else index.set(k, [s.id]);
  }
  const out = new Set<string>();
  for (const c of counterparties) {
    const inn = (c.inn || (c.role === 'entrepreneur' ? c.companyInn : ''))?.replace(/\D/g, '');
    if (!inn) continue;
    for (const sid of index.get(`${normalisedFullName(c)}|${inn}`) ?? []) out.add(pairKey(sid, c.id));
  }
  return out;
}

const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Trigram similarity join (`a % b`, pg_trgm.similarity_threshold) of staff and counterparty full
 * names in an in-memory PGlite with a GIN trigram index on the counterparty side.
 */
export async function trigramJoin(
  staff: readonly StaffPerson[],
  counterparties: readonly CounterpartyRow[],
  threshold: number,
): Promise<Set<string>> {
  const db = await PGlite.create({ extensions: { pg_trgm } });
  try {
    await db.exec(
      'CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE TABLE staff (id text, name text); CREATE TABLE cp (id text, name text);',
    );
    const load = async (table: string, rows: readonly Named[]) => {
      const csv = rows
        .map((r) => [r.id, normalisedFullName(r)] as const)
        .filter(([, n]) => n.length > 0)
        .map(([id, n]) => `${csvCell(id)},${csvCell(n)}`)
        .join('\n');
      await db.query(`COPY ${table} FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) });
    };
    await load('staff', staff);
    await load('cp', counterparties);
    await db.exec(
      `CREATE INDEX cp_name_trgm ON cp USING gin (name gin_trgm_ops); ANALYZE cp; SET pg_trgm.similarity_threshold = ${threshold};`,
    );
    const res = await db.query<{ s: string; c: string }>(
      'SELECT s.id AS s, c.id AS c FROM staff s JOIN cp c ON c.name % s.name',
    );
    return new Set(res.rows.map((r) => pairKey(r.s, r.c)));
  } finally {
    await db.close();
  }
}
