import { canManage, toLevels, type EmployeePrincipal, type ModulePermission, type SettingsArea } from '@gatehouse/access';
import type { ViewerFieldsFragment } from '../../gql/graphql';

/** The logged-in employee as @gatehouse/access sees them, to shape the UI (the server decides). */
export function viewerPrincipal(viewer: ViewerFieldsFragment): EmployeePrincipal {
  const { employee } = viewer;
  return {
    kind: 'employee',
    accountId: viewer.account.id,
    employeeId: employee.id,
    role: employee.role,
    isActive: employee.isActive,
    departmentId: employee.department?.id ?? null,
    groupIds: employee.userGroups.map((g) => g.id),
    permissions: employee.permissions.map(
      (p): ModulePermission => ({ ...p, seeLevels: toLevels(p.seeLevels), editLevels: toLevels(p.editLevels) }),
    ),
  };
}

/** True when the viewer may open settings `area`; false while logged out. */
export function viewerCanManage(viewer: ViewerFieldsFragment | null | undefined, area: SettingsArea): boolean {
  return viewer != null && canManage(viewerPrincipal(viewer), area);
}
