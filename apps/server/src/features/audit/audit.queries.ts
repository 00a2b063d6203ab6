import type { Reader } from '../../platform/db/reader';
import type { KeysetCursor } from '../../platform/graphql/connection';
import { SqlParams } from '../../platform/db/sql-params';
import { isUuid } from '../../platform/db/uuid';

export interface AuditRow {
  id: string;
  at: Date;
  action: string;
  target_type: string;
  target_id: string | null;
  data: Record<string, unknown>;
  actor_id: string | null;
  actor_name: string | null;
  /** Set when a client app made the change with an API token. */
  api_token_id: string | null;
  api_token_name: string | null;
  /** Full-precision timestamp text for the cursor. */
  at_key: string;
}

export interface AuditFilterValues {
  readonly actorId?: string | null;
  readonly action?: string | null;
  readonly targetId?: string | null;
  readonly from?: Date | null;
  readonly to?: Date | null;
}

/**
 * The WHERE clause of the audit log. Each of actor, action and target has an index
 * (account_id, column, at DESC, id DESC), and the dates are a range of the account's
 * (account_id, at DESC, id DESC): every filter is a range read in the log's order.
 */
function auditFilterSql(accountId: string, filter: AuditFilterValues, p: SqlParams): string[] {
  const where = [`a.account_id = ${p.add(accountId)}`];
  if (filter.actorId) where.push(isUuid(filter.actorId) ? `a.actor_employee_id = ${p.add(filter.actorId)}` : 'FALSE');
  if (filter.action) where.push(`a.action = ${p.add(filter.action)}`);
  if (filter.targetId) where.push(isUuid(filter.targetId) ? `a.target_id = ${p.add(filter.targetId)}` : 'FALSE');
  if (filter.from) where.push(`a.at >= ${p.add(filter.from)}::timestamptz`);
  if (filter.to) where.push(`a.at < ${p.add(filter.to)}::timestamptz`);
  return where;
}

/** Newest first, keyset-paginated (limit + 1 rows). */
export function listAuditEvents(db: Reader, accountId: string, args: { filter: AuditFilterValues; after: KeysetCursor | null; limit: number }): Promise<AuditRow[]> {
  const p = new SqlParams();
  const where = auditFilterSql(accountId, args.filter, p);
  if (args.after) where.push(`(a.at, a.id) < (${p.add(args.after.value)}::timestamptz, ${p.add(args.after.id)}::uuid)`);
  // The page first, then its actors' names: the join never runs for rows past the page.
  return db.query(
    `WITH page AS (
       SELECT a.id, a.at, a.action, a.target_type, a.target_id, a.data, a.actor_employee_id, a.actor_api_token_id
         FROM audit_events a
        WHERE ${where.join(' AND ')}
        ORDER BY a.at DESC, a.id DESC LIMIT ${p.add(args.limit + 1)})
     SELECT p.id, p.at, p.at::text AS at_key, p.action, p.target_type, p.target_id, p.data, p.actor_employee_id AS actor_id,
            e.first_name || ' ' || e.surname AS actor_name, p.actor_api_token_id AS api_token_id, t.name AS api_token_name
       FROM page p LEFT JOIN employees e ON e.id = p.actor_employee_id LEFT JOIN api_tokens t ON t.id = p.actor_api_token_id
      ORDER BY p.at DESC, p.id DESC`,
    p.values,
  );
}

/** How many events match: an index-only count of the matching index range (one per million events costs tens of ms). */
export async function countAuditEvents(db: Reader, accountId: string, filter: AuditFilterValues): Promise<number> {
  const p = new SqlParams();
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM audit_events a WHERE ${auditFilterSql(accountId, filter, p).join(' AND ')}`, p.values);
  return rows[0]?.n ?? 0;
}

/** A person, department or group an audit page mentions: as it is now, or as its last event named it. */
export interface AuditNameRow {
  id: string;
  kind: 'employee' | 'department' | 'user_group' | 'api_token' | 'external_user';
  name: string;
  /** False when it no longer exists and the name is the one an event about it recorded. */
  exists: boolean;
}

/**
 * The names of the ids a page of events mentions, in one statement for the whole page: five
 * primary-key lookups for what exists; for an id that no longer exists, the name the newest
 * event about it recorded (its deletion or promotion records it), one range of the target
 * index each. Ids of other accounts, and ids no event named, are absent.
 */
export async function auditNamesByIds(db: Reader, accountId: string, ids: readonly string[]): Promise<AuditNameRow[]> {
  const uuids = [...new Set(ids.filter(isUuid))];
  if (uuids.length === 0) return [];
  return db.query(
    `WITH live AS (
       SELECT id, 'employee' AS kind, first_name || ' ' || surname AS name FROM employees WHERE account_id = $1 AND id = ANY($2::uuid[])
       UNION ALL SELECT id, 'department', name FROM departments WHERE account_id = $1 AND id = ANY($2::uuid[])
       UNION ALL SELECT id, 'user_group', name FROM user_groups WHERE account_id = $1 AND id = ANY($2::uuid[])
       UNION ALL SELECT id, 'api_token', name FROM api_tokens WHERE account_id = $1 AND id = ANY($2::uuid[])
       UNION ALL SELECT id, 'external_user', first_name || ' ' || last_name FROM external_users WHERE account_id = $1 AND id = ANY($2::uuid[]))
     SELECT id, kind, name, true AS exists FROM live
     UNION ALL
     SELECT gone.id, recorded.target_type, recorded.name, false
       FROM (SELECT x.id FROM unnest($2::uuid[]) AS x(id) WHERE NOT EXISTS (SELECT 1 FROM live WHERE live.id = x.id)) gone
      CROSS JOIN LATERAL (
            SELECT a.target_type, coalesce(a.data->>'targetName', a.data->>'name') AS name
              FROM audit_events a
             WHERE a.account_id = $1 AND a.target_id = gone.id
               AND a.target_type IN ('employee', 'department', 'user_group', 'api_token', 'external_user')
               AND (a.data->>'targetName' IS NOT NULL OR jsonb_typeof(a.data->'name') = 'string')
             ORDER BY a.at DESC, a.id DESC
             LIMIT 1) recorded`,
    [accountId, uuids],
  );
}
