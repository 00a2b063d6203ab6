import { canManage, SETTINGS_AREAS, type EmployeePrincipal } from '@gatehouse/access';
import type { DataSource } from 'typeorm';
import { employeeViewsByIds } from '../employees/employee-view.queries';
import { presentEmployee } from '../employees/employee.types';
import { activeMemberships, findAccount, findIdentity } from './auth.queries';
import type { ViewerType } from './viewer.types';

/** Everything the admin app needs about who is logged in. */
export async function loadViewer(db: DataSource, identityId: string, principal: EmployeePrincipal): Promise<ViewerType | null> {
  const m = db.manager;
  const [identity, account, memberships, [employee]] = await Promise.all([
    findIdentity(m, identityId),
    findAccount(m, principal.accountId),
    activeMemberships(m, identityId),
    employeeViewsByIds(m, principal.accountId, [principal.employeeId]),
  ]);
  if (!identity || !account || !employee) return null;
  return {
    identityId,
    email: identity.email,
    account: { id: account.id, name: account.name },
    accounts: memberships.map((mb) => ({ id: mb.accountId, name: mb.accountName })).sort((a, b) => a.name.localeCompare(b.name)),
    employee: presentEmployee(employee),
    settingsAreas: SETTINGS_AREAS.filter((area) => canManage(principal, area)),
  };
}
