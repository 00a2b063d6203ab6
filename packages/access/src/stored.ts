import type { ModulePermission } from './permissions';
import { lockedParts, normalizeForRole, type Role } from './roles';

/**
 * What to store for a permission an admin submits. Forms show role ∪ stored, so the parts
 * the role locks come back ticked; they are taken out again here. Otherwise a demotion would
 * leave the old role's grants behind in the stored row.
 */
export function storedFromSubmitted(role: Role, submitted: ModulePermission): ModulePermission {
  const locked = lockedParts(role, submitted.module);
  return normalizeForRole(role, {
    module: submitted.module,
    canAccess: submitted.canAccess && !locked.canAccess,
    isModuleAdmin: submitted.isModuleAdmin && !locked.isModuleAdmin,
    seeScope: locked.seeScope ? 'DEPARTMENT' : submitted.seeScope,
    editScope: locked.editScope ? 'NONE' : submitted.editScope,
    seeLevels: submitted.seeLevels.filter((l) => !locked.seeLevels.includes(l)),
    editLevels: submitted.editLevels.filter((l) => !locked.editLevels.includes(l)),
  });
}
