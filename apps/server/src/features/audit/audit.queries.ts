import type { Reader } from '../../platform/db/reader';
import type { KeysetCursor } from '../../platform/graphql/connection';
import { SqlParams } from '../../platform/db/sql-params';

export interface AuditRow {
  id: string;
  at: Date;
  action: string;
  target_type: string;
  target_id: string | null;
  data: Record<string, unknown>;
  actor_id: string | null;
  actor_name: string | null;
  /** Full-precision timestamp text for the cursor. */
  at_key: string;
}

/** Newest first, keyset-paginated (limit + 1 rows). */
export function listAuditEvents(db: Reader, accountId: string, args: { after: KeysetCursor | null; limit: number }): Promise<AuditRow[]> {
  const p = new SqlParams();
  const where = [`a.account_id = ${p.add(accountId)}`];
  if (args.after) where.push(`(a.at, a.id) < (${p.add(args.after.value)}::timestamptz, ${p.add(args.after.id)}::uuid)`);
  return db.query(
    `SELECT a.id, a.at, a.at::text AS at_key, a.action, a.target_type, a.target_id, a.data, a.actor_employee_id AS actor_id,
            e.first_name || ' ' || e.surname AS actor_name
       FROM audit_events a LEFT JOIN employees e ON e.id = a.actor_employee_id
      WHERE ${where.join(' AND ')}
      ORDER BY a.at DESC, a.id DESC LIMIT ${p.add(args.limit + 1)}`,
    p.values,
  );
}

/** How many events the account has. */
export async function countAuditEvents(db: Reader, accountId: string): Promise<number> {
  const rows: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM audit_events WHERE account_id = $1', [accountId]);
  return rows[0]?.n ?? 0;
}
