import type { EntityManager } from 'typeorm';
import { namedQueries, type NamedRow } from '../../platform/db/named-queries';
import { onlyUuids } from '../../platform/db/uuid';

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
export async function insertUserGroup(m: EntityManager, accountId: string, name: string, description: string): Promise<string> {
  const rows: { id: string }[] = await m.query(
    'INSERT INTO user_groups (account_id, name, name_key, description) VALUES ($1, $2, lower($2), $3) RETURNING id',
    [accountId, name, description],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('user group insert returned no id');
  return id;
}

/** Changes a group's name and description. */
export async function updateUserGroup(m: EntityManager, accountId: string, id: string, name: string, description: string): Promise<void> {
  await m.query('UPDATE user_groups SET name = $3, name_key = lower($3), description = $4 WHERE account_id = $1 AND id = $2', [accountId, id, name, description]);
}

/** Adds and removes members (employee ids already checked to be the account's). */
export async function changeMembers(m: EntityManager, accountId: string, groupId: string, add: readonly string[], remove: readonly string[]): Promise<void> {
  if (remove.length > 0) {
    await m.query('DELETE FROM user_group_members WHERE account_id = $1 AND group_id = $2 AND employee_id = ANY($3::uuid[])', [accountId, groupId, remove]);
  }
  if (add.length > 0) {
    await m.query(
      'INSERT INTO user_group_members (group_id, employee_id, account_id) SELECT $2, e, $1 FROM unnest($3::uuid[]) AS e ON CONFLICT DO NOTHING',
      [accountId, groupId, add],
    );
  }
}

/** Which of these ids are employees of the account. */
export async function existingEmployeeIds(m: EntityManager, accountId: string, ids: readonly string[]): Promise<Set<string>> {
  const rows: { id: string }[] = await m.query('SELECT id FROM employees WHERE account_id = $1 AND id = ANY($2::uuid[])', [accountId, onlyUuids(ids)]);
  return new Set(rows.map((r) => r.id));
}
