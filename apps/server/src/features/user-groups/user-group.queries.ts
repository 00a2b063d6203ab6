import type { Tx } from '../../platform/db/unit-of-work';
import { namedQueries, type NamedRow } from '../../platform/db/named-queries';

export interface UserGroupRow extends NamedRow {
  description: string;
}

/** List, count, lookup and uniqueness queries, shared in shape with departments. */
export const userGroups = namedQueries<UserGroupRow>({
  table: 'user_groups',
  extraColumns: 't.description',
  memberCount: '(SELECT count(*)::int FROM user_group_members m WHERE m.group_id = t.id)',
  memberCountsSql: 'SELECT group_id AS id, count(*)::int AS n FROM user_group_members WHERE account_id = $1 AND group_id = ANY($2::uuid[]) GROUP BY group_id',
});

/** Inserts a group and returns its id. */
export async function insertUserGroup(tx: Tx, accountId: string, name: string, description: string): Promise<string> {
  const rows: { id: string }[] = await tx.query(
    'INSERT INTO user_groups (account_id, name, name_key, description) VALUES ($1, $2, lower($2), $3) RETURNING id',
    [accountId, name, description],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('user group insert returned no id');
  return id;
}

/** Changes a group's name and description. */
export async function updateUserGroup(tx: Tx, accountId: string, id: string, name: string, description: string): Promise<void> {
  await tx.query('UPDATE user_groups SET name = $3, name_key = lower($3), description = $4 WHERE account_id = $1 AND id = $2', [accountId, id, name, description]);
}
