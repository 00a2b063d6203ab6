import { CONFIDENTIAL_LEVELS, MODULES, itemVisibilitySql, type ConfidentialLevel, type ItemFacts, type ItemSqlShape, type ModuleKey, type Principal } from '@gatehouse/access';
import type { SqlParams } from '../../platform/db/sql-params';

/** Where the items tables keep what the access package's visibility rule reads. */
export const ITEM_SQL_SHAPE: ItemSqlShape = {
  alias: 'i',
  id: 'id',
  confidentialLevel: 'confidential_level',
  departmentId: 'department_id',
  ownerGroupId: 'owner_group_id',
  sharedGroups: { table: 'item_shared_groups', itemId: 'item_id', groupId: 'group_id' },
  assignedEmployees: { table: 'item_employee_assignments', itemId: 'item_id', employeeId: 'employee_id' },
  assignedExternalUsers: { table: 'item_external_assignments', itemId: 'item_id', externalUserId: 'external_user_id' },
};

/** The package's condition for items of `module` that `who` may see or edit, its values added to `p`. */
export function visibleInModule(who: Principal, module: ModuleKey, mode: 'see' | 'edit', p: SqlParams): string {
  const fragment = itemVisibilitySql(who, module, ITEM_SQL_SHAPE, p.values.length + 1, mode);
  for (const value of fragment.params) p.add(value);
  return fragment.sql;
}

/** The same for an item of any module (a read by id does not know the module beforehand). */
export function visibleInAnyModule(who: Principal, mode: 'see' | 'edit', p: SqlParams): string {
  const perModule = MODULES.map((module) => `(i.module = ${p.add(module)} AND ${visibleInModule(who, module, mode, p)})`);
  return `(${perModule.join(' OR ')})`;
}

/** A stored level as the rule's type; the column's check constraint keeps it within 1–10. */
export function toConfidentialLevel(level: number | null): ConfidentialLevel | null {
  return CONFIDENTIAL_LEVELS.find((l) => l === level) ?? null;
}

/** What the rule needs about a stored item and its links. */
export interface ItemFactsRow {
  module: ModuleKey;
  status: ItemFacts['status'];
  confidential_level: number | null;
  department_id: string | null;
  owner_group_id: string | null;
  shared_group_ids: string[];
  assigned_employee_ids: string[];
  assigned_external_user_ids: string[];
}

/** The rule's view of a stored item. */
export function factsOf(row: ItemFactsRow): ItemFacts {
  return {
    module: row.module,
    status: row.status,
    confidentialLevel: toConfidentialLevel(row.confidential_level),
    departmentId: row.department_id,
    ownerGroupId: row.owner_group_id,
    sharedGroupIds: row.shared_group_ids,
    assignedEmployeeIds: row.assigned_employee_ids,
    assignedExternalUserIds: row.assigned_external_user_ids,
  };
}
