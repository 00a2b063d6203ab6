import type { ApiTokenRole } from '@gatehouse/access';
import type { Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';
import { SqlParams } from '../../platform/db/sql-params';
import { isUuid } from '../../platform/db/uuid';
import type { KeysetCursor } from '../../platform/graphql/connection';

/** An API token as the list shows it: never its hash. */
export interface ApiTokenRow {
  id: string;
  name: string;
  role: ApiTokenRole;
  created_at: Date;
  /** Full-precision timestamp text for the cursor. */
  created_key: string;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_by_id: string | null;
  created_by_name: string | null;
}

const ROW_COLUMNS = `t.id, t.name, t.role, t.created_at, t.created_at::text AS created_key, t.expires_at, t.last_used_at, t.revoked_at,
  t.created_by_employee_id AS created_by_id, e.first_name || ' ' || e.surname AS created_by_name`;

/** Stores a token by its hash and returns its id. */
export async function insertApiToken(
  tx: Tx,
  values: { accountId: string; name: string; role: ApiTokenRole; tokenHash: string; createdByEmployeeId: string | null; expiresAt: Date | null },
): Promise<string> {
  const rows: { id: string }[] = await tx.query(
    `INSERT INTO api_tokens (account_id, name, role, token_hash, created_by_employee_id, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [values.accountId, values.name, values.role, values.tokenHash, values.createdByEmployeeId, values.expiresAt],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('api token insert returned no row');
  return id;
}

/** One token of the account with its creator's name; another account's id reads as missing. */
export async function apiTokenById(db: Reader, accountId: string, id: string, forUpdate = false): Promise<ApiTokenRow | null> {
  if (!isUuid(id)) return null;
  const rows: ApiTokenRow[] = await db.query(
    `SELECT ${ROW_COLUMNS} FROM api_tokens t LEFT JOIN employees e ON e.id = t.created_by_employee_id
      WHERE t.id = $1 AND t.account_id = $2${forUpdate ? ' FOR UPDATE OF t' : ''}`,
    [id, accountId],
  );
  return rows[0] ?? null;
}

/** Marks a live token revoked; false when it already was. */
export async function revokeApiToken(tx: Tx, accountId: string, id: string, by: string | null, at: Date): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE api_tokens SET revoked_at = $3, revoked_by_employee_id = $4
      WHERE id = $1 AND account_id = $2 AND revoked_at IS NULL RETURNING id`,
    [id, accountId, at, by],
  );
  return rows.length === 1;
}

/**
 * Newest first, keyset-paginated (limit + 1 rows) through (account_id, created_at, id); the
 * page is read first and only its rows are joined to their creators.
 */
export function listApiTokens(db: Reader, accountId: string, args: { after: KeysetCursor | null; limit: number }): Promise<ApiTokenRow[]> {
  const p = new SqlParams();
  const where = [`account_id = ${p.add(accountId)}`];
  if (args.after) where.push(`(created_at, id) < (${p.add(args.after.value)}::timestamptz, ${p.add(args.after.id)}::uuid)`);
  return db.query(
    `WITH page AS (
       SELECT * FROM api_tokens WHERE ${where.join(' AND ')}
        ORDER BY created_at DESC, id DESC LIMIT ${p.add(args.limit + 1)})
     SELECT ${ROW_COLUMNS} FROM page t LEFT JOIN employees e ON e.id = t.created_by_employee_id
      ORDER BY t.created_at DESC, t.id DESC`,
    p.values,
  );
}

/** How many tokens the account has (revoked ones included). */
export async function countApiTokens(db: Reader, accountId: string): Promise<number> {
  const rows: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM api_tokens WHERE account_id = $1', [accountId]);
  return rows[0]?.n ?? 0;
}

/** What authenticating a request needs of a token. */
export interface LiveApiTokenRow {
  id: string;
  account_id: string;
  role: ApiTokenRole;
  last_used_at: Date | null;
}

/** The live (not revoked, not expired at `now`) token with this hash: one unique-index probe. */
export async function liveApiTokenByHash(db: Reader, tokenHash: string, now: Date): Promise<LiveApiTokenRow | null> {
  const rows: LiveApiTokenRow[] = await db.query(
    `SELECT id, account_id, role, last_used_at FROM api_tokens
      WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
    [tokenHash, now],
  );
  return rows[0] ?? null;
}

/**
 * Sets last_used_at to `now` unless it was set less than `intervalSeconds` before. The condition
 * is re-checked under the row lock, so of many parallel requests exactly one writes; true when
 * this call did.
 */
export async function touchApiToken(tx: Tx, id: string, now: Date, intervalSeconds: number): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE api_tokens SET last_used_at = $2
      WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= $2::timestamptz - make_interval(secs => $3))
      RETURNING id`,
    [id, now, intervalSeconds],
  );
  return rows.length === 1;
}

/** True once the token is revoked (or gone): an actor re-check under a lock, as a revoke may have committed meanwhile. */
export async function isApiTokenRevoked(db: Reader, accountId: string, id: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM api_tokens WHERE id = $1 AND account_id = $2 AND revoked_at IS NULL', [id, accountId]);
  return rows.length === 0;
}

/** The name a token was given, as changes it makes are signed ("Ticked by …"); null for another account's or a missing one. */
export async function apiTokenName(db: Reader, accountId: string, id: string): Promise<string | null> {
  const rows: { name: string }[] = await db.query('SELECT name FROM api_tokens WHERE id = $1 AND account_id = $2', [id, accountId]);
  return rows[0]?.name ?? null;
}
