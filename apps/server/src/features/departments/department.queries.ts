import type { Tx } from '../../platform/db/unit-of-work';
import { namedQueries, type NamedRow } from '../../platform/db/named-queries';

export type DepartmentRow = NamedRow;

/** List, count, lookup and uniqueness queries, shared in shape with user groups. */
export const departments = namedQueries<DepartmentRow>({
  table: 'departments',
  extraColumns: '',
  memberCount: '(SELECT count(*)::int FROM employees e WHERE e.department_id = t.id)',
  memberCountsSql: 'SELECT department_id AS id, count(*)::int AS n FROM employees WHERE account_id = $1 AND department_id = ANY($2::uuid[]) GROUP BY department_id',
});

/** Inserts a department and returns its id. */
export async function insertDepartment(tx: Tx, accountId: string, name: string): Promise<string> {
  const rows: { id: string }[] = await tx.query('INSERT INTO departments (account_id, name, name_key) VALUES ($1, $2, lower($2)) RETURNING id', [accountId, name]);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('department insert returned no id');
  return id;
}

/** Renames a department of the account. */
export async function renameDepartment(tx: Tx, accountId: string, id: string, name: string): Promise<void> {
  await tx.query('UPDATE departments SET name = $3, name_key = lower($3) WHERE account_id = $1 AND id = $2', [accountId, id, name]);
}
