import type { Reader } from './reader';
import type { Tx } from './unit-of-work';
import type { KeysetCursor } from '../graphql/connection';
import { likePattern, SqlParams } from './sql-params';
import { isUuid, onlyUuids } from './uuid';

/**
 * Departments and user groups are both "named rows of an account with members": the
 * same list, count, uniqueness and rename queries, over their own table. `name_key` is
 * the lower-cased name the unique constraint is on.
 */
export interface NamedTable {
  /** Table name, a trusted constant. */
  readonly table: string;
  /** Extra selected columns, e.g. `t.description`. */
  readonly extraColumns: string;
  /** A scalar subquery counting members of row `t`. */
  readonly memberCount: string;
  /** Member counts of the rows in `$2::uuid[]` of account `$1`, as (id, n) rows. */
  readonly memberCountsSql: string;
}

export interface NamedRow {
  id: string;
  name: string;
  name_key: string;
  /** Null from `list`: a page's member counts come from the batched `memberCounts`, and only when asked for. */
  member_count: number | null;
  created_at: Date;
}

export function namedQueries<R extends NamedRow>(t: NamedTable) {
  const extra = t.extraColumns ? `, ${t.extraColumns}` : '';
  const columns = `t.id, t.name, t.name_key, t.created_at, ${t.memberCount} AS member_count${extra}`;
  const listColumns = `t.id, t.name, t.name_key, t.created_at, NULL::int AS member_count${extra}`;

  function where(p: SqlParams, accountId: string, search: string | null): string[] {
    const clauses = [`t.account_id = ${p.add(accountId)}`];
    const s = search?.trim();
    // Trigram-indexed (departments_search_idx, user_groups_search_idx).
    if (s) clauses.push(`t.name ILIKE ${p.add(likePattern(s))}`);
    return clauses;
  }

  return {
    /** Which of these ids are rows of the account. */
    async existingIds(db: Reader, accountId: string, ids: readonly string[]): Promise<Set<string>> {
      const rows: { id: string }[] = await db.query(`SELECT id FROM ${t.table} WHERE account_id = $1 AND id = ANY($2::uuid[])`, [accountId, onlyUuids(ids)]);
      return new Set(rows.map((r) => r.id));
    },
    /** Rows by id, scoped to the account (for loaders). */
    byIds(db: Reader, accountId: string, ids: readonly string[]): Promise<R[]> {
      return db.query(`SELECT ${columns} FROM ${t.table} t WHERE t.account_id = $1 AND t.id = ANY($2::uuid[])`, [accountId, onlyUuids(ids)]);
    },
    /** Member counts by id, one statement (for loaders); rows without members count 0. */
    async memberCounts(db: Reader, accountId: string, ids: readonly string[]): Promise<Map<string, number>> {
      const rows: { id: string; n: number }[] = await db.query(t.memberCountsSql, [accountId, onlyUuids(ids)]);
      return new Map(rows.map((r) => [r.id, r.n]));
    },
    /**
     * A page by name (limit + 1 rows). name_key is unique in the account, so it alone is the
     * keyset and the unique index (account_id, name_key) serves the page in both directions.
     */
    list(db: Reader, accountId: string, args: { search: string | null; after: KeysetCursor | null; limit: number; descending: boolean }): Promise<R[]> {
      const p = new SqlParams();
      const clauses = where(p, accountId, args.search);
      const dir = args.descending ? 'DESC' : 'ASC';
      if (args.after) clauses.push(`t.name_key ${args.descending ? '<' : '>'} ${p.add(args.after.value)}::text`);
      return db.query(`SELECT ${listColumns} FROM ${t.table} t WHERE ${clauses.join(' AND ')} ORDER BY t.name_key ${dir} LIMIT ${p.add(args.limit + 1)}`, p.values);
    },
    /** How many rows match. */
    async count(db: Reader, accountId: string, search: string | null): Promise<number> {
      const p = new SqlParams();
      const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM ${t.table} t WHERE ${where(p, accountId, search).join(' AND ')}`, p.values);
      return rows[0]?.n ?? 0;
    },
    /** True when another row of the account has this name in any case. */
    async nameTaken(db: Reader, accountId: string, name: string, exceptId: string | null): Promise<boolean> {
      const rows: unknown[] = await db.query(`SELECT 1 FROM ${t.table} WHERE account_id = $1 AND name_key = lower($2) AND id IS DISTINCT FROM $3::uuid`, [accountId, name, exceptId]);
      return rows.length > 0;
    },
    /** Locks and returns one row of the account, or null. */
    async findForUpdate(tx: Tx, accountId: string, id: string): Promise<R | null> {
      if (!isUuid(id)) return null;
      const rows: R[] = await tx.query(`SELECT ${columns} FROM ${t.table} t WHERE t.account_id = $1 AND t.id = $2 FOR UPDATE`, [accountId, id]);
      return rows[0] ?? null;
    },
    /** Deletes one row of the account. */
    async remove(tx: Tx, accountId: string, id: string): Promise<void> {
      await tx.query(`DELETE FROM ${t.table} WHERE account_id = $1 AND id = $2`, [accountId, id]);
    },
  };
}
