import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';

/** The organisation and all its descendants (bodies, institutions), in one recursive query. */
export async function descendantOrgIds(db: Db, orgId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`WITH RECURSIVE tree AS (
          SELECT id FROM organisations WHERE id = ${orgId}
          UNION ALL
          SELECT o.id FROM organisations o JOIN tree t ON o.parent_id = t.id
        )
        SELECT id FROM tree`,
  );
  return rows.map((r) => r.id);
}
