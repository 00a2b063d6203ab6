import type { ModuleKey } from '@gatehouse/access';
import type { DataSource } from 'typeorm';

/** What a test item has; omitted links are empty. */
export interface ItemSpec {
  module?: ModuleKey;
  title?: string;
  departmentId?: string | null;
  confidentialLevel?: number | null;
  ownerGroupId?: string | null;
  sharedGroupIds?: string[];
  assignedEmployeeIds?: string[];
  dueAt?: Date | null;
  isArchived?: boolean;
}

/** Inserts items with their links in three statements, whatever their number; returns their ids in order (titles must differ within one call). */
export async function buildItems(db: DataSource, accountId: string, specs: readonly ItemSpec[]): Promise<string[]> {
  const rows = specs.map((s, n) => ({
    n,
    module: s.module ?? 'JOBS',
    title: s.title ?? `Item ${n}`,
    department_id: s.departmentId ?? null,
    confidential_level: s.confidentialLevel ?? null,
    owner_group_id: s.ownerGroupId ?? null,
    due_at: s.dueAt?.toISOString() ?? null,
    is_archived: s.isArchived ?? false,
  }));
  const inserted: { id: string; n: number }[] = await db.query(
    `WITH r AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS r(n int, module module_key, title text, department_id uuid, confidential_level smallint, owner_group_id uuid, due_at timestamptz, is_archived boolean)),
          ins AS (INSERT INTO items (account_id, module, title, department_id, confidential_level, owner_group_id, due_at, is_archived)
                  SELECT $1, module, title, department_id, confidential_level, owner_group_id, due_at, is_archived FROM r ORDER BY n RETURNING id, title)
     SELECT ins.id, r.n FROM ins JOIN r ON r.title = ins.title`,
    [accountId, JSON.stringify(rows)],
  );
  const ids = specs.map((_s, n) => inserted.find((r) => r.n === n)?.id ?? '');
  const shared = specs.flatMap((s, n) => (s.sharedGroupIds ?? []).map((g) => ({ item_id: ids[n], group_id: g })));
  const assigned = specs.flatMap((s, n) => (s.assignedEmployeeIds ?? []).map((e) => ({ item_id: ids[n], employee_id: e })));
  await db.query(
    `INSERT INTO item_shared_groups (item_id, group_id, account_id) SELECT item_id, group_id, $1 FROM jsonb_to_recordset($2::jsonb) AS r(item_id uuid, group_id uuid)`,
    [accountId, JSON.stringify(shared)],
  );
  await db.query(
    `INSERT INTO item_employee_assignments (item_id, employee_id, account_id) SELECT item_id, employee_id, $1 FROM jsonb_to_recordset($2::jsonb) AS r(item_id uuid, employee_id uuid)`,
    [accountId, JSON.stringify(assigned)],
  );
  return ids;
}
