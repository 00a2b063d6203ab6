import type { ModuleKey } from './modules';
import { emptyPermission, type ModulePermission } from './permissions';
import { effectivePermission, type Role } from './roles';

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

/** Who is making the request. Rules read current state: load it fresh for every request. */
export type Principal = EmployeePrincipal | ExternalPrincipal;

/** True for an active employee: inactive employees and external users hold no grants. */
export function isActiveEmployee(who: Principal): who is EmployeePrincipal {
  return who.kind === 'employee' && who.isActive;
}

/** What `who` may do in `module` right now: role ∪ stored for active employees, nothing otherwise. */
export function principalPermission(who: Principal, module: ModuleKey): ModulePermission {
  if (!isActiveEmployee(who)) return emptyPermission(module);
  return effectivePermission(who.role, who.permissions.find((p) => p.module === module), module);
}
