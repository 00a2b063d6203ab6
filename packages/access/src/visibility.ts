import type { ModuleKey } from './modules';
import type { ConfidentialLevel } from './permissions';
import { principalPermission, type EmployeePrincipal, type Principal } from './principal';

/*
 * Item visibility for one loaded item. visibility-sql.ts states the
 * same rule as a SQL condition for lists; the two are tested against each other.
 */

/** What the visibility rule needs to know about one job or incident. */
export interface ItemFacts {
  module: ModuleKey;
  confidentialLevel: ConfidentialLevel | null;
  departmentId: string | null;
  ownerGroupId: string | null;
  sharedGroupIds: readonly string[];
  assignedEmployeeIds: readonly string[];
  assignedExternalUserIds: readonly string[];
  status: 'OPEN' | 'COMPLETED';
}

/** True when the item is in the employee's department, assigned to them, or owned by or shared with one of their groups. */
export function isRelatedItem(who: EmployeePrincipal, item: ItemFacts): boolean {
  return (
    (who.departmentId !== null && item.departmentId === who.departmentId) ||
    item.assignedEmployeeIds.includes(who.employeeId) ||
    (item.ownerGroupId !== null && who.groupIds.includes(item.ownerGroupId)) ||
    item.sharedGroupIds.some((groupId) => who.groupIds.includes(groupId))
  );
}

function levelAllowed(level: ConfidentialLevel | null, levels: readonly ConfidentialLevel[]): boolean {
  return level === null || levels.includes(level);
}

/** True when `who` may see `item`. */
export function canSeeItem(who: Principal, item: ItemFacts): boolean {
  if (who.kind === 'external') return item.assignedExternalUserIds.includes(who.externalUserId);
  // Inactive employees get the empty permission here, so they see nothing; an API token relates
  // to no item (no department, groups or assignments), so it sees only what its scope is ALL for.
  const p = principalPermission(who, item.module);
  return (
    p.canAccess &&
    levelAllowed(item.confidentialLevel, p.seeLevels) &&
    (p.seeScope === 'ALL' || (who.kind === 'employee' && isRelatedItem(who, item)))
  );
}

/**
 * True when `who` may edit `item` itself. Effective permissions keep edit
 * levels among see levels and edit scope within see scope, so this implies canSeeItem.
 */
export function canEditItem(who: Principal, item: ItemFacts): boolean {
  if (who.kind === 'external') return false;
  const p = principalPermission(who, item.module);
  return (
    p.canAccess &&
    p.editScope !== 'NONE' &&
    levelAllowed(item.confidentialLevel, p.editLevels) &&
    (p.editScope === 'ALL' || (who.kind === 'employee' && isRelatedItem(who, item)))
  );
}

/** True when `who` may tick and edit the item's checklist. */
export function canEditChecklist(who: Principal, item: ItemFacts): boolean {
  if (who.kind === 'external') {
    // A completed item's checklist is read-only for external users ("Job completed").
    return item.status === 'OPEN' && item.assignedExternalUserIds.includes(who.externalUserId);
  }
  return canEditItem(who, item);
}
