import {
  lockedParts,
  normalizeForRole,
  toLevels,
  validatePermission,
  type ModulePermission,
  type Role,
} from '@gatehouse/access';
import { DomainError } from '../../platform/graphql/domain-error';

/**
 * What to store for a permission the admin app sends: the form shows role ∪ stored, so the
 * parts the role locks are taken out again. Otherwise a demotion would leave the old role's
 * grants behind in the stored row.
 */
export function storedFromInput(role: Role, input: ModulePermission): ModulePermission {
  const locked = lockedParts(role, input.module);
  return normalizeForRole(role, {
    module: input.module,
    canAccess: input.canAccess && !locked.canAccess,
    isModuleAdmin: input.isModuleAdmin && !locked.isModuleAdmin,
    seeScope: locked.seeScope ? 'DEPARTMENT' : input.seeScope,
    editScope: locked.editScope ? 'NONE' : input.editScope,
    seeLevels: input.seeLevels.filter((l) => !locked.seeLevels.includes(l)),
    editLevels: input.editLevels.filter((l) => !locked.editLevels.includes(l)),
  });
}

/** A permission as the API receives it: enums already typed by GraphQL, levels still plain numbers. */
export type PermissionInputValues = Omit<ModulePermission, 'seeLevels' | 'editLevels'> & { seeLevels: number[]; editLevels: number[] };

/** Validates permission inputs (one per module at most) into typed permissions, or DomainErrors. */
export function parsePermissionInputs(inputs: readonly PermissionInputValues[]): { permissions: ModulePermission[]; errors: DomainError[] } {
  const errors: DomainError[] = [];
  const permissions: ModulePermission[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    if (seen.has(input.module)) errors.push(new DomainError('INVALID_PERMISSION', `permissions.${input.module}`, `${input.module} is listed twice.`));
    seen.add(input.module);
    const problems = validatePermission(input);
    for (const p of problems) errors.push(new DomainError(p.code, `permissions.${input.module}.${p.field}`, p.message));
    if (problems.length === 0) permissions.push({ ...input, seeLevels: toLevels(input.seeLevels), editLevels: toLevels(input.editLevels) });
  }
  return { permissions, errors };
}
