import type { AccountPrincipal, Violation } from '@gatehouse/access';
import { isApiTokenRevoked } from '../api-tokens';
import type { Tx } from '../../platform/db/unit-of-work';
import { DomainError } from '../../platform/graphql/domain-error';
import { departments } from '../departments';
import { userGroups } from '../user-groups';
import { forbidden } from '../../platform/graphql/top-level-errors';
import { countOtherActiveAccountAdmins, employeesByIds, lockAccountAdmins } from './employee.queries';
import type { EmployeeRow } from './employee.queries';

/** Escalation violations from the access package, as userErrors. */
export function violationErrors(violations: readonly Violation[]): DomainError[] {
  return violations.map((v) => new DomainError(v.code, v.field, v.message));
}

/** True when the row is an active ACCOUNT_ADMIN now. */
export function isActiveAccountAdmin(row: Pick<EmployeeRow, 'role' | 'is_active'>): boolean {
  return row.role === 'ACCOUNT_ADMIN' && row.is_active;
}

/**
 * Every account keeps at least one active ACCOUNT_ADMIN. Callers hold the account lock
 * (lockAccountAdmins), so the count cannot change between this check and their write.
 */
export async function assertAdminsRemain(tx: Tx, accountId: string, losingIds: readonly string[], field: string): Promise<void> {
  if (losingIds.length === 0) return;
  if ((await countOtherActiveAccountAdmins(tx, accountId, losingIds)) === 0) {
    throw new DomainError('LAST_ACCOUNT_ADMIN', field, 'The account must keep at least one active account admin.');
  }
}

/** The department and groups must be the account's; another account's id is reported as not found. */
export async function checkReferences(
  tx: Tx,
  accountId: string,
  refs: { departmentId?: string | null; groupIds?: readonly string[] | null },
  fields: { department: string; groups: string },
): Promise<DomainError[]> {
  const errors: DomainError[] = [];
  if (refs.departmentId) {
    const found = await departments.existingIds(tx, accountId, [refs.departmentId]);
    if (!found.has(refs.departmentId)) errors.push(new DomainError('NOT_FOUND', fields.department, 'No such department.'));
  }
  if (refs.groupIds && refs.groupIds.length > 0) {
    const found = await userGroups.existingIds(tx, accountId, refs.groupIds);
    if (refs.groupIds.some((id) => !found.has(id))) errors.push(new DomainError('NOT_FOUND', fields.groups, 'No such user group.'));
  }
  return errors;
}

/**
 * Takes the account lock, then re-reads the actor under it: a request that started before
 * the actor was demoted or inactivated (or its API token revoked) must not finish with the powers it started with.
 */
export async function lockAccountAsActor(tx: Tx, actor: AccountPrincipal): Promise<void> {
  await lockAccountAdmins(tx, actor.accountId);
  if (actor.kind === 'apiToken') {
    if (await isApiTokenRevoked(tx, actor.accountId, actor.apiTokenId)) throw forbidden();
    return;
  }
  const [current] = await employeesByIds(tx, actor.accountId, [actor.employeeId]);
  if (!current || !current.is_active || current.role !== actor.role) throw forbidden();
}
