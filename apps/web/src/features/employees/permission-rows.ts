import {
  MODULES,
  effectivePermission,
  emptyPermission,
  lockedParts,
  storedFromSubmitted,
  toLevels,
  type ConfidentialLevel,
  type EditScope,
  type LockedParts,
  type ModuleKey,
  type ModulePermission,
  type Role,
  type SeeScope,
} from '@gatehouse/access';
import type { ModulePermissionInput } from '../../gql/graphql';

/**
 * The permission matrix keeps, per module, what the admin ticked ("stored").
 * What it shows is role ∪ stored, with the parts the role decides locked.
 */
export type PermissionRow = ModulePermission;

export interface PermissionLike {
  readonly module: string;
  readonly canAccess: boolean;
  readonly isModuleAdmin: boolean;
  readonly seeScope: SeeScope;
  readonly editScope: EditScope;
  readonly seeLevels: readonly number[];
  readonly editLevels: readonly number[];
}

/** One row per module in MODULES order, taken from `from` where it has one. */
export function permissionRows(from: readonly PermissionLike[] = []): PermissionRow[] {
  return MODULES.map((module) => {
    const p = from.find((row) => row.module === module);
    if (!p) return emptyPermission(module);
    return { ...p, module, seeLevels: toLevels(p.seeLevels), editLevels: toLevels(p.editLevels) };
  });
}

export interface MatrixCell {
  readonly shown: ModulePermission;
  readonly locked: LockedParts;
}

/** What the matrix shows for `row` under `role`: the effective permission and the locked parts. */
export function matrixCell(role: Role, row: PermissionRow): MatrixCell {
  return { shown: effectivePermission(role, row, row.module), locked: lockedParts(role, row.module) };
}

const withLevel = (levels: readonly ConfidentialLevel[], level: ConfidentialLevel, on: boolean) =>
  toLevels(on ? [...levels, level] : levels.filter((l) => l !== level));

/** Tick or untick a see level; unticking it also drops the edit level (edit ⊆ see). */
export function setSeeLevel(row: PermissionRow, level: ConfidentialLevel, on: boolean): PermissionRow {
  return {
    ...row,
    seeLevels: withLevel(row.seeLevels, level, on),
    editLevels: on ? row.editLevels : withLevel(row.editLevels, level, false),
  };
}

/** Tick or untick an edit level; ticking it also ticks the see level (edit ⊆ see). */
export function setEditLevel(row: PermissionRow, level: ConfidentialLevel, on: boolean): PermissionRow {
  return {
    ...row,
    editLevels: withLevel(row.editLevels, level, on),
    seeLevels: on ? withLevel(row.seeLevels, level, true) : row.seeLevels,
    // An edit level under edit scope None would grant nothing (None is read-only).
    editScope: on && row.editScope === 'NONE' ? 'DEPARTMENT' : row.editScope,
  };
}

/** Set the see scope; editing what one cannot see makes no sense, so a wider edit scope narrows too. */
export function setSeeScope(row: PermissionRow, seeScope: SeeScope): PermissionRow {
  const editScope: EditScope = seeScope === 'DEPARTMENT' && row.editScope === 'ALL' ? 'DEPARTMENT' : row.editScope;
  return { ...row, seeScope, editScope };
}

/**
 * What to send: the unlocked parts as ticked. Locked parts are sent as "not
 * granted" (storedFromSubmitted, the rule the server applies too), because the
 * role grants them; storing them would keep them after a later demotion.
 */
export function toPermissionInputs(role: Role, rows: readonly PermissionRow[]): ModulePermissionInput[] {
  return rows.map((row) => {
    const stored = storedFromSubmitted(role, row);
    return { ...stored, seeLevels: [...stored.seeLevels], editLevels: [...stored.editLevels] };
  });
}

/** The row for `module` in `rows`. */
export function rowFor(rows: readonly PermissionRow[], module: ModuleKey): PermissionRow {
  return rows.find((r) => r.module === module) ?? emptyPermission(module);
}
