import { canEditChecklist, canEditItem, canSeeItem, principalPermission, type AccountPrincipal, type EmployeePrincipal, type ItemFacts, type ModuleKey } from '@gatehouse/access';
import { requireSession } from '../../platform/graphql/context';
import { DomainError } from '../../platform/graphql/domain-error';
import { forbidden } from '../../platform/graphql/top-level-errors';
import type { SessionInfo } from '../../platform/graphql/context';
import type { LockedItemRow } from './item.queries';
import { factsOf } from './item-visibility';

/*
 * How item use cases apply the access package's rules. Without access to the module the
 * answer is FORBIDDEN; an item the viewer cannot see is NOT_FOUND, exactly like a missing
 * one; an item they see but may not change is FORBIDDEN.
 */

/** The logged-in employee, allowed into `module`. */
export function moduleActor(ctx: { session: SessionInfo | null; principal: AccountPrincipal | null }, module: ModuleKey): EmployeePrincipal {
  const { principal } = requireSession(ctx);
  if (!principalPermission(principal, module).canAccess) throw forbidden();
  return principal;
}

/** The logged-in employee, allowed to create items in `module` (access and an edit scope). */
export function moduleEditor(ctx: { session: SessionInfo | null; principal: AccountPrincipal | null }, module: ModuleKey): EmployeePrincipal {
  const principal = moduleActor(ctx, module);
  if (principalPermission(principal, module).editScope === 'NONE') throw forbidden();
  return principal;
}

/** The logged-in employee, allowed into at least one module (reads by id do not know the module beforehand). */
export function anyModuleActor(ctx: { session: SessionInfo | null; principal: AccountPrincipal | null }): EmployeePrincipal {
  return requireSession(ctx).principal;
}

export type ItemRight = 'edit' | 'checklist' | 'administer';

/** Checks `right` on a locked item and returns its facts; NOT_FOUND when it is absent or invisible. */
export function authorizeItem(who: EmployeePrincipal, item: LockedItemRow | null, right: ItemRight, field = 'id'): ItemFacts {
  if (item === null) throw notFound(field);
  const facts = factsOf(item);
  if (!canSeeItem(who, facts)) throw notFound(field);
  const allowed =
    right === 'edit' ? canEditItem(who, facts) : right === 'checklist' ? canEditChecklist(who, facts) : principalPermission(who, facts.module).isModuleAdmin;
  if (!allowed) throw forbidden();
  return facts;
}

/** Archived items are frozen until restored. */
export function assertNotArchived(item: LockedItemRow): void {
  if (item.is_archived) throw new DomainError('ITEM_ARCHIVED', 'id', 'This item is archived; restore it to change it.');
}

export function notFound(field: string): DomainError {
  return new DomainError('NOT_FOUND', field, 'This item does not exist.');
}
