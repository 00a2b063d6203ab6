import { canEditChecklist, canEditItem, canSeeItem, principalPermission, type AccountPrincipal, type ItemFacts, type ModuleKey } from '@gatehouse/access';
import { DomainError } from '../../platform/graphql/domain-error';
import { forbidden, unauthenticated } from '../../platform/graphql/top-level-errors';
import type { LockedItemRow } from './item.queries';
import { factsOf } from './item-visibility';

/*
 * How item use cases apply the access package's rules. Without access to the module the
 * answer is FORBIDDEN; an item the viewer cannot see is NOT_FOUND, exactly like a missing
 * one; an item they see but may not change is FORBIDDEN.
 *
 * The caller is a logged-in employee or a client app's API token: client apps use the same
 * API, and a token holds exactly its role's rights (the access package's rules decide both).
 */

type Caller = { principal: AccountPrincipal | null };

/** The caller, allowed into `module`. */
export function moduleActor(ctx: Caller, module: ModuleKey): AccountPrincipal {
  const principal = anyModuleActor(ctx);
  if (!principalPermission(principal, module).canAccess) throw forbidden();
  return principal;
}

/** The caller, allowed to create items in `module` (access and an edit scope). */
export function moduleEditor(ctx: Caller, module: ModuleKey): AccountPrincipal {
  const principal = moduleActor(ctx, module);
  if (principalPermission(principal, module).editScope === 'NONE') throw forbidden();
  return principal;
}

/** The caller, whatever their modules (reads by id do not know the module beforehand; the visibility rule decides). */
export function anyModuleActor(ctx: Caller): AccountPrincipal {
  if (ctx.principal === null) throw unauthenticated();
  return ctx.principal;
}

export type ItemRight = 'edit' | 'checklist' | 'administer';

/** Checks `right` on a locked item and returns its facts; NOT_FOUND when it is absent or invisible. */
export function authorizeItem(who: AccountPrincipal, item: LockedItemRow | null, right: ItemRight, field = 'id'): ItemFacts {
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
