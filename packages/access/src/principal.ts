import type { ModuleKey } from './modules';
import { emptyPermission, type ModulePermission } from './permissions';
import { effectivePermission, roleFloor, type Role } from './roles';
import type { ApiTokenRole } from './api-tokens';

/** An employee of the account, as loaded for this request. */
export interface EmployeePrincipal {
  kind: 'employee';
  accountId: string;
  employeeId: string;
  role: Role;
  isActive: boolean;
  departmentId: string | null;
  groupIds: readonly string[];
  /** As stored; the effective permission (role ∪ stored) is computed by the rules here. */
  permissions: readonly ModulePermission[];
}

/** A contractor or steward reaching assigned items through an emailed link. */
export interface ExternalPrincipal {
  kind: 'external';
  accountId: string;
  externalUserId: string;
}

/**
 * A client app calling with an API token. It holds exactly its role's rights in its account:
 * the role's floor in every module, no stored permissions, no department and no groups.
 */
export interface ApiTokenPrincipal {
  kind: 'apiToken';
  accountId: string;
  apiTokenId: string;
  role: ApiTokenRole;
}

/** Who is making the request. Rules read current state: load it fresh for every request. */
export type Principal = EmployeePrincipal | ExternalPrincipal | ApiTokenPrincipal;

/** A caller of the account's API: a logged-in employee or an API token. */
export type AccountPrincipal = EmployeePrincipal | ApiTokenPrincipal;

/** True for an active employee: inactive employees and external users hold no grants. */
export function isActiveEmployee(who: Principal): who is EmployeePrincipal {
  return who.kind === 'employee' && who.isActive;
}

/** The role whose rights `who` holds now: an active employee's or a token's; null for anyone else. */
export function roleOf(who: Principal): Role | null {
  if (who.kind === 'apiToken') return who.role;
  return isActiveEmployee(who) ? who.role : null;
}

/**
 * What `who` may do in `module` right now: role ∪ stored for active employees, the role's
 * floor alone for an API token, nothing otherwise.
 */
export function principalPermission(who: Principal, module: ModuleKey): ModulePermission {
  if (who.kind === 'apiToken') return roleFloor(who.role, module);
  if (!isActiveEmployee(who)) return emptyPermission(module);
  return effectivePermission(who.role, who.permissions.find((p) => p.module === module), module);
}
