import type { ExternalUserOrderField } from '@gatehouse/contracts';
import type { Reader } from '../../platform/db/reader';
import { likePattern, SqlParams } from '../../platform/db/sql-params';
import type { Tx } from '../../platform/db/unit-of-work';
import { onlyUuids } from '../../platform/db/uuid';
import type { KeysetCursor } from '../../platform/graphql/connection';

/** The external user columns every query of them returns. */
export interface ExternalUserRow {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  created_at: Date;
  updated_at: Date;
  last_verified_at: Date | null;
}

export interface ExternalUserPageRow extends ExternalUserRow {
  /** Text, so timestamps keep their microseconds in the cursor. */
  sort_key: string;
}

export interface ExternalUserFilterValues {
  readonly search?: string | null;
}

/**
 * Sort keys are never NULL, so keyset comparisons stay total; the cast types the cursor
 * parameter. Each expression is, character for character, the key of an index
 * (account_id, key, id) (migration ExternalUsers), so a page is a range read of that index.
 */
export const EXTERNAL_USER_SORT_KEYS: Readonly<Record<ExternalUserOrderField, { expr: string; cast: 'text' | 'timestamptz' }>> = {
  NAME: { expr: "lower(x.last_name || ' ' || x.first_name)", cast: 'text' },
  EMAIL: { expr: 'x.email', cast: 'text' },
  CREATED_AT: { expr: 'x.created_at', cast: 'timestamptz' },
};

/**
 * What a search matches, the expression of the trigram index external_users_search_idx:
 * "first last first" holds both name orders; the newline keeps a match from spanning name and email.
 */
const SEARCH_TEXT = "(x.first_name || ' ' || x.last_name || ' ' || x.first_name || E'\\n' || x.email)";

const COLUMNS = 'x.id, x.email, x.first_name, x.last_name, x.created_at, x.updated_at, x.last_verified_at';

/** pg_trgm indexes three-character runs: a shorter search cannot use the trigram index. */
function searchUsesTrigrams(search: string | null | undefined): boolean {
  return (search?.trim().length ?? 0) >= 3;
}

function filterSql(accountId: string, filter: ExternalUserFilterValues, p: SqlParams): string {
  const where = [`x.account_id = ${p.add(accountId)}`];
  const search = filter.search?.trim();
  if (search) where.push(`${SEARCH_TEXT} ILIKE ${p.add(likePattern(search))}`);
  return where.join(' AND ');
}

/** One page (limit + 1 rows, to know whether more follow), keyset-paginated through the order's index. */
export function listExternalUsers(
  db: Reader,
  accountId: string,
  args: { filter: ExternalUserFilterValues; field: ExternalUserOrderField; descending: boolean; after: KeysetCursor | null; limit: number },
): Promise<ExternalUserPageRow[]> {
  const p = new SqlParams();
  const key = EXTERNAL_USER_SORT_KEYS[args.field];
  const dir = args.descending ? 'DESC' : 'ASC';
  let where = filterSql(accountId, args.filter, p);
  if (args.after) {
    const op = args.descending ? '<' : '>';
    where += ` AND (${key.expr}, x.id) ${op} (${p.add(args.after.value)}::${key.cast}, ${p.add(args.after.id)}::uuid)`;
  }
  // As the employee list: a search of three characters or more is found through the trigram
  // index and its matches sorted; a shorter one walks the order's index until the page is full.
  const matchesFirst = searchUsesTrigrams(args.filter.search);
  return db.query(
    `${matchesFirst ? `WITH matches AS MATERIALIZED (SELECT x.* FROM external_users x WHERE ${where}) ` : ''}
     SELECT ${COLUMNS}, (${key.expr})::text AS sort_key
       FROM ${matchesFirst ? 'matches' : 'external_users'} x
      WHERE ${matchesFirst ? 'TRUE' : where}
      ORDER BY ${key.expr} ${dir}, x.id ${dir}
      LIMIT ${p.add(args.limit + 1)}`,
    p.values,
  );
}

/**
 * How many external users match. The whole account is one row of external_user_counts (kept
 * by triggers); a search reads its trigram matches.
 */
export async function countExternalUsers(db: Reader, accountId: string, filter: ExternalUserFilterValues): Promise<number> {
  if (!filter.search?.trim()) {
    const rows: { n: string }[] = await db.query('SELECT external_users AS n FROM external_user_counts WHERE account_id = $1', [accountId]);
    return Number(rows[0]?.n ?? 0);
  }
  const p = new SqlParams();
  const rows: { n: string }[] = await db.query(`SELECT count(*) AS n FROM external_users x WHERE ${filterSql(accountId, filter, p)}`, p.values);
  return Number(rows[0]?.n ?? 0);
}

/** External users by id within the account, by name; other accounts' ids are simply absent. */
export function externalUsersByIds(db: Reader, accountId: string, ids: readonly string[]): Promise<ExternalUserRow[]> {
  return db.query(
    `SELECT ${COLUMNS} FROM external_users x WHERE x.account_id = $1 AND x.id = ANY($2::uuid[]) ORDER BY lower(x.last_name || ' ' || x.first_name), x.id`,
    [accountId, onlyUuids(ids)],
  );
}

/** Locks and returns external users by id (row locks serialize concurrent changes to the same people). */
export function lockExternalUsers(tx: Tx, accountId: string, ids: readonly string[]): Promise<ExternalUserRow[]> {
  return tx.query(`SELECT ${COLUMNS} FROM external_users x WHERE x.account_id = $1 AND x.id = ANY($2::uuid[]) ORDER BY x.id FOR UPDATE`, [accountId, onlyUuids(ids)]);
}

/** Inserts an external user (its trigger claims the email account-wide) and returns the row. */
export async function insertExternalUser(tx: Tx, values: { accountId: string; email: string; firstName: string; lastName: string }): Promise<ExternalUserRow> {
  const rows: ExternalUserRow[] = await tx.query(
    `INSERT INTO external_users (account_id, email, first_name, last_name) VALUES ($1, $2, $3, $4)
     RETURNING id, email, first_name, last_name, created_at, updated_at, last_verified_at`,
    [values.accountId, values.email, values.firstName, values.lastName],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('external user insert returned no row');
  return row;
}

/** Sets the names of one external user and returns the row. */
export async function updateExternalUserNames(tx: Tx, accountId: string, id: string, values: { firstName: string; lastName: string }): Promise<ExternalUserRow | null> {
  const rows: ExternalUserRow[] = await tx.query(
    `UPDATE external_users SET first_name = $3, last_name = $4, updated_at = now() WHERE account_id = $1 AND id = $2
     RETURNING id, email, first_name, last_name, created_at, updated_at, last_verified_at`,
    [accountId, id, values.firstName, values.lastName],
  );
  return rows[0] ?? null;
}

/** Deletes external users (their emails are released by the table's trigger). */
export async function deleteExternalUsers(tx: Tx, accountId: string, ids: readonly string[]): Promise<void> {
  await tx.query('DELETE FROM external_users WHERE account_id = $1 AND id = ANY($2::uuid[])', [accountId, onlyUuids(ids)]);
}
