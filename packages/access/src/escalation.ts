import { MODULE_LABELS, MODULES, type ModuleKey } from './modules';
import {
  editScopeIncludes,
  emptyPermission,
  seeScopeIncludes,
  toLevels,
  type ConfidentialLevel,
  type ModulePermission,
} from './permissions';
import { isActiveEmployee, principalPermission, type Principal } from './principal';
import type { Role } from './roles';

/*
 * No escalation, as pure checks returning every violation at once
 * (empty = allowed), so the API can report them all as userErrors. They assume
 * the actor already passed can(actor, action, 'employees'). The rule "every
 * account keeps an active ACCOUNT_ADMIN" needs the database and lives in the server.
 */

/** An employee as it is before a change. */
export interface EmployeeSnapshot {
  employeeId: string;
  role: Role;
  isActive: boolean;
  permissions: readonly ModulePermission[];
}

/** The role-and-permission part of an employee as it will be after a create or update. */
export interface EmployeeDraft {
  role: Role;
  isActive: boolean;
  permissions: readonly ModulePermission[];
}

export type EscalationCode =
  | 'ONLY_ACCOUNT_ADMIN'
  | 'SELF_ROLE_CHANGE'
  | 'SELF_INACTIVATE'
  | 'SELF_DELETE'
  | 'LEVEL_NOT_HELD'
  | 'PERMISSION_NOT_HELD';

export interface Violation {
  code: EscalationCode;
  /** Where to show it: 'role', 'isActive', 'employeeId' or 'permissions.<MODULE>.<part>'. */
  field: string;
  message: string;
}

function isAccountAdmin(who: Principal): boolean {
  return isActiveEmployee(who) && who.role === 'ACCOUNT_ADMIN';
}

function isSelf(actor: Principal, target: EmployeeSnapshot): boolean {
  return actor.kind === 'employee' && actor.employeeId === target.employeeId;
}

function stored(permissions: readonly ModulePermission[], module: ModuleKey): ModulePermission {
  return permissions.find((p) => p.module === module) ?? emptyPermission(module);
}

function levelViolation(module: ModuleKey, part: 'seeLevels' | 'editLevels', levels: readonly ConfidentialLevel[]): Violation {
  const what = part === 'seeLevels' ? 'see' : 'edit';
  return {
    code: 'LEVEL_NOT_HELD',
    field: `permissions.${module}.${part}`,
    message: `You cannot grant ${MODULE_LABELS[module]} confidential level${levels.length > 1 ? 's' : ''} ${levels.join(', ')} to ${what}: you do not hold ${levels.length > 1 ? 'them' : 'it'}.`,
  };
}

function permissionViolation(module: ModuleKey, part: string, what: string): Violation {
  return {
    code: 'PERMISSION_NOT_HELD',
    field: `permissions.${module}.${part}`,
    message: `You cannot grant ${what} in ${MODULE_LABELS[module]}: your own permission does not include it.`,
  };
}

/** Levels in `now` but not in `was` that `held` lacks. */
function addedNotHeld(
  was: readonly ConfidentialLevel[],
  now: readonly ConfidentialLevel[],
  held: readonly ConfidentialLevel[],
): ConfidentialLevel[] {
  return toLevels(now).filter((level) => !was.includes(level) && !held.includes(level));
}

/**
 * What `actor` adds going from `before` to `after` (stored permissions) that
 * their own effective permission lacks. Only additions count: keeping or
 * removing a grant someone else gave is allowed.
 */
export function checkGrants(
  actor: Principal,
  before: readonly ModulePermission[],
  after: readonly ModulePermission[],
): Violation[] {
  return MODULES.flatMap((module) => {
    const held = principalPermission(actor, module);
    const was = stored(before, module);
    const now = stored(after, module);
    const violations: Violation[] = [];
    if (now.canAccess && !was.canAccess && !held.canAccess) {
      violations.push(permissionViolation(module, 'canAccess', 'access'));
    }
    if (now.isModuleAdmin && !was.isModuleAdmin && !held.isModuleAdmin) {
      violations.push(permissionViolation(module, 'isModuleAdmin', 'module admin'));
    }
    if (!seeScopeIncludes(was.seeScope, now.seeScope) && !seeScopeIncludes(held.seeScope, now.seeScope)) {
      violations.push(permissionViolation(module, 'seeScope', `see scope ${now.seeScope}`));
    }
    if (!editScopeIncludes(was.editScope, now.editScope) && !editScopeIncludes(held.editScope, now.editScope)) {
      violations.push(permissionViolation(module, 'editScope', `edit scope ${now.editScope}`));
    }
    const see = addedNotHeld(was.seeLevels, now.seeLevels, held.seeLevels);
    if (see.length > 0) violations.push(levelViolation(module, 'seeLevels', see));
    const edit = addedNotHeld(was.editLevels, now.editLevels, held.editLevels);
    if (edit.length > 0) violations.push(levelViolation(module, 'editLevels', edit));
    return violations;
  });
}

/** Violations in `actor` creating an employee like `draft`. */
export function checkCreateEmployee(actor: Principal, draft: EmployeeDraft): Violation[] {
  const violations: Violation[] = [];
  if (draft.role === 'ACCOUNT_ADMIN' && !isAccountAdmin(actor)) {
    violations.push({ code: 'ONLY_ACCOUNT_ADMIN', field: 'role', message: 'Only an account admin can create an account admin.' });
  }
  return [...violations, ...checkGrants(actor, [], draft.permissions)];
}

/** Violations in `actor` changing `before` into `after`. */
export function checkUpdateEmployee(actor: Principal, before: EmployeeSnapshot, after: EmployeeDraft): Violation[] {
  const violations: Violation[] = [];
  if (!isAccountAdmin(actor)) {
    // Any change to an account admin counts, not only a change of role.
    if (before.role === 'ACCOUNT_ADMIN') {
      violations.push({ code: 'ONLY_ACCOUNT_ADMIN', field: 'role', message: 'Only an account admin can change an account admin.' });
    } else if (after.role === 'ACCOUNT_ADMIN') {
      violations.push({ code: 'ONLY_ACCOUNT_ADMIN', field: 'role', message: 'Only an account admin can make someone an account admin.' });
    }
  }
  if (isSelf(actor, before)) {
    if (after.role !== before.role) {
      violations.push({ code: 'SELF_ROLE_CHANGE', field: 'role', message: 'You cannot change your own role.' });
    }
    if (before.isActive && !after.isActive) {
      violations.push({ code: 'SELF_INACTIVATE', field: 'isActive', message: 'You cannot inactivate yourself.' });
    }
  }
  return [...violations, ...checkGrants(actor, before.permissions, after.permissions)];
}

/** Violations in `actor` deleting `target`. */
export function checkDeleteEmployee(actor: Principal, target: EmployeeSnapshot): Violation[] {
  const violations: Violation[] = [];
  if (target.role === 'ACCOUNT_ADMIN' && !isAccountAdmin(actor)) {
    violations.push({ code: 'ONLY_ACCOUNT_ADMIN', field: 'employeeId', message: 'Only an account admin can delete an account admin.' });
  }
  if (isSelf(actor, target)) {
    violations.push({ code: 'SELF_DELETE', field: 'employeeId', message: 'You cannot delete yourself.' });
  }
  return violations;
}
