import { toLevels, validatePermission, type ModulePermission } from '@gatehouse/access';
import { DomainError } from '../../platform/graphql/domain-error';

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
