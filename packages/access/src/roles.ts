import { MODULES, type ModuleKey } from './modules';
import {
  CONFIDENTIAL_LEVELS,
  emptyPermission,
  normalizePermission,
  unionPermission,
  type ConfidentialLevel,
  type ModulePermission,
} from './permissions';

/** Every employee has exactly one of these roles, most powerful first. */
export const ROLES = ['ACCOUNT_ADMIN', 'USER_ADMIN', 'ADMIN', 'GENERAL'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ACCOUNT_ADMIN: 'Account admin',
  USER_ADMIN: 'User admin',
  ADMIN: 'Admin',
  GENERAL: 'General',
};

/** True when `v` is one of ROLES; use it to narrow untrusted input (CSV cells, stored strings). */
export function isRole(v: unknown): v is Role {
  return ROLES.some((role) => role === v);
}

/** The part of a ModulePermission that does not name its module. */
export type ModuleGrant = Omit<ModulePermission, 'module'>;

const NO_LEVELS: readonly ConfidentialLevel[] = [];

/**
 * What each role already includes in every module. Levels for
 * USER_ADMIN and ADMIN come only from stored module permissions.
 */
export const ROLE_FLOORS: Readonly<Record<Role, ModuleGrant>> = {
  ACCOUNT_ADMIN: {
    canAccess: true,
    isModuleAdmin: true,
    seeScope: 'ALL',
    editScope: 'ALL',
    seeLevels: CONFIDENTIAL_LEVELS,
    editLevels: CONFIDENTIAL_LEVELS,
  },
  USER_ADMIN: { canAccess: true, isModuleAdmin: false, seeScope: 'ALL', editScope: 'ALL', seeLevels: NO_LEVELS, editLevels: NO_LEVELS },
  ADMIN: { canAccess: true, isModuleAdmin: false, seeScope: 'ALL', editScope: 'ALL', seeLevels: NO_LEVELS, editLevels: NO_LEVELS },
  GENERAL: { canAccess: false, isModuleAdmin: false, seeScope: 'DEPARTMENT', editScope: 'NONE', seeLevels: NO_LEVELS, editLevels: NO_LEVELS },
};

/** Which parts of a module permission the role decides; the admin app greys them out. */
export interface LockedParts {
  canAccess: boolean;
  isModuleAdmin: boolean;
  seeScope: boolean;
  editScope: boolean;
  seeLevels: readonly ConfidentialLevel[];
  editLevels: readonly ConfidentialLevel[];
}

/** What `role` already includes in `module`. */
export function roleFloor(role: Role, module: ModuleKey): ModulePermission {
  // Spelled out, not spread: this runs for every module of every employee a page shows.
  const f = ROLE_FLOORS[role];
  return { module, canAccess: f.canAccess, isModuleAdmin: f.isModuleAdmin, seeScope: f.seeScope, editScope: f.editScope, seeLevels: f.seeLevels, editLevels: f.editLevels };
}

/** The parts of `module`'s permission that `role` locks, derived from its floor. */
export function lockedParts(role: Role, module: ModuleKey): LockedParts {
  const floor = roleFloor(role, module);
  // A scope is locked only at its widest: a narrower floor can still be widened by stored grants.
  return {
    canAccess: floor.canAccess,
    isModuleAdmin: floor.isModuleAdmin,
    seeScope: floor.seeScope === 'ALL',
    editScope: floor.editScope === 'ALL',
    seeLevels: floor.seeLevels,
    editLevels: floor.editLevels,
  };
}

/** Role ∪ stored for one module; a stored row for another module is ignored. */
export function effectivePermission(role: Role, stored: ModulePermission | undefined, module: ModuleKey): ModulePermission {
  const own = stored !== undefined && stored.module === module ? stored : emptyPermission(module);
  return unionPermission(roleFloor(role, module), own);
}

/** Role ∪ stored for every module, in MODULES order. */
export function effectivePermissions(role: Role, stored: readonly ModulePermission[]): ModulePermission[] {
  return MODULES.map((module) =>
    effectivePermission(role, stored.find((p) => p.module === module), module),
  );
}

/**
 * normalizePermission for a row stored on an employee with `role`. When the
 * role itself grants access, a stored row without canAccess still carries
 * levels that count, so they are kept instead of wiped.
 */
export function normalizeForRole(role: Role, p: ModulePermission): ModulePermission {
  if (p.canAccess || !ROLE_FLOORS[role].canAccess) return normalizePermission(p);
  return { ...normalizePermission({ ...p, canAccess: true }), canAccess: false };
}
