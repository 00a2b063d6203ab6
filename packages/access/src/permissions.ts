import { isModuleKey, type ModuleKey } from './modules';

/** Widest first. */
export const SEE_SCOPES = ['ALL', 'DEPARTMENT'] as const;
export type SeeScope = (typeof SEE_SCOPES)[number];

/** Widest first; NONE means read-only. */
export const EDIT_SCOPES = ['ALL', 'DEPARTMENT', 'NONE'] as const;
export type EditScope = (typeof EDIT_SCOPES)[number];

export const CONFIDENTIAL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type ConfidentialLevel = (typeof CONFIDENTIAL_LEVELS)[number];

/** One row of the permission matrix: what an employee may do in one module. */
export interface ModulePermission {
  module: ModuleKey;
  canAccess: boolean;
  /** May archive and delete items. */
  isModuleAdmin: boolean;
  seeScope: SeeScope;
  editScope: EditScope;
  seeLevels: readonly ConfidentialLevel[];
  /** Always among seeLevels once normalized. */
  editLevels: readonly ConfidentialLevel[];
}

/** A permission as it arrives from outside (API input, CSV), before it is known to be valid. */
export interface PermissionInput {
  module: string;
  canAccess: boolean;
  isModuleAdmin: boolean;
  seeScope: string;
  editScope: string;
  seeLevels: readonly number[];
  editLevels: readonly number[];
}

export type PermissionField = 'module' | 'seeScope' | 'editScope' | 'seeLevels' | 'editLevels';

export interface PermissionProblem {
  field: PermissionField;
  code: 'INVALID_PERMISSION';
  message: string;
}

const SEE_RANK: Readonly<Record<SeeScope, number>> = { DEPARTMENT: 0, ALL: 1 };
const EDIT_RANK: Readonly<Record<EditScope, number>> = { NONE: 0, DEPARTMENT: 1, ALL: 2 };

/** True when `v` is an integer confidential level 1–10. */
export function isConfidentialLevel(v: unknown): v is ConfidentialLevel {
  return CONFIDENTIAL_LEVELS.some((level) => level === v);
}

/** True when `v` is one of SEE_SCOPES. */
export function isSeeScope(v: unknown): v is SeeScope {
  return SEE_SCOPES.some((scope) => scope === v);
}

/** True when `v` is one of EDIT_SCOPES. */
export function isEditScope(v: unknown): v is EditScope {
  return EDIT_SCOPES.some((scope) => scope === v);
}

/** True when holding see scope `held` includes everything `wanted` shows ('ALL' ⊇ 'DEPARTMENT'). */
export function seeScopeIncludes(held: SeeScope, wanted: SeeScope): boolean {
  return SEE_RANK[held] >= SEE_RANK[wanted];
}

/** True when holding edit scope `held` includes `wanted` ('ALL' ⊇ 'DEPARTMENT' ⊇ 'NONE'). */
export function editScopeIncludes(held: EditScope, wanted: EditScope): boolean {
  return EDIT_RANK[held] >= EDIT_RANK[wanted];
}

/** A permission that grants nothing in `module`. */
export function emptyPermission(module: ModuleKey): ModulePermission {
  return {
    module,
    canAccess: false,
    isModuleAdmin: false,
    seeScope: 'DEPARTMENT',
    editScope: 'NONE',
    seeLevels: [],
    editLevels: [],
  };
}

/** Sorted unique levels out of any list of numbers; anything outside 1–10 is dropped. */
export function toLevels(levels: readonly number[]): ConfidentialLevel[] {
  return CONFIDENTIAL_LEVELS.filter((level) => levels.includes(level));
}

/**
 * The canonical form: sorted unique levels, edit levels among see levels, edit
 * scope no wider than see scope, and nothing granted without access.
 */
export function normalizePermission(p: ModulePermission): ModulePermission {
  if (!p.canAccess) return emptyPermission(p.module);
  const seeLevels = toLevels(p.seeLevels);
  // Editing what one cannot see makes no sense, so the see side bounds the edit side.
  const editScope: EditScope = p.seeScope === 'DEPARTMENT' && p.editScope === 'ALL' ? 'DEPARTMENT' : p.editScope;
  return {
    module: p.module,
    canAccess: true,
    isModuleAdmin: p.isModuleAdmin,
    seeScope: p.seeScope,
    editScope,
    seeLevels,
    editLevels: toLevels(p.editLevels).filter((level) => seeLevels.includes(level)),
  };
}

/**
 * Problems that make a permission unacceptable as input. Role-independent: a
 * stored row without canAccess may still carry levels that a role's access uses.
 */
export function validatePermission(p: PermissionInput): PermissionProblem[] {
  const problems: PermissionProblem[] = [];
  const problem = (field: PermissionField, message: string) =>
    problems.push({ field, code: 'INVALID_PERMISSION', message });

  if (!isModuleKey(p.module)) problem('module', `Unknown module "${p.module}".`);
  if (!isSeeScope(p.seeScope)) problem('seeScope', `See scope must be one of ${SEE_SCOPES.join(', ')}.`);
  if (!isEditScope(p.editScope)) {
    problem('editScope', `Edit scope must be one of ${EDIT_SCOPES.join(', ')}.`);
  } else if (p.seeScope === 'DEPARTMENT' && p.editScope === 'ALL') {
    problem('editScope', 'Edit scope cannot be wider than see scope.');
  }

  const badSee = p.seeLevels.filter((level) => !isConfidentialLevel(level));
  if (badSee.length > 0) problem('seeLevels', `Confidential levels are whole numbers 1–10, not ${badSee.join(', ')}.`);
  const badEdit = p.editLevels.filter((level) => !isConfidentialLevel(level));
  if (badEdit.length > 0) problem('editLevels', `Confidential levels are whole numbers 1–10, not ${badEdit.join(', ')}.`);

  const unseen = toLevels(p.editLevels).filter((level) => !p.seeLevels.includes(level));
  if (unseen.length > 0) {
    problem('editLevels', `Edit level${unseen.length > 1 ? 's' : ''} ${unseen.join(', ')} must also be see levels.`);
  }
  return problems;
}

/**
 * Everything either grants, normalized. Both must be for the same module; a
 * mismatch is a programming error, so it throws rather than mixing modules.
 */
export function unionPermission(a: ModulePermission, b: ModulePermission): ModulePermission {
  if (a.module !== b.module) throw new Error(`unionPermission: ${a.module} and ${b.module} are different modules`);
  return normalizePermission({
    module: a.module,
    canAccess: a.canAccess || b.canAccess,
    isModuleAdmin: a.isModuleAdmin || b.isModuleAdmin,
    seeScope: seeScopeIncludes(a.seeScope, b.seeScope) ? a.seeScope : b.seeScope,
    editScope: editScopeIncludes(a.editScope, b.editScope) ? a.editScope : b.editScope,
    seeLevels: toLevels([...a.seeLevels, ...b.seeLevels]),
    editLevels: toLevels([...a.editLevels, ...b.editLevels]),
  });
}
