import { checkUpdateEmployee, type Principal } from '@gatehouse/access';
import type { EmployeeListFieldsFragment } from '../../gql/graphql';

/** Why `actor` cannot send `e` an invitation now, or null. The server refuses the same. */
export function inviteBlocker(actor: Principal, e: Pick<EmployeeListFieldsFragment, 'id' | 'role' | 'isActive' | 'invitationState'>): string | null {
  if (!e.isActive) return 'inactive';
  if (e.invitationState === 'ACCEPTED') return 'already accepted';
  // Inviting takes what editing them takes (an account admin is invited only by an account admin).
  const snapshot = { employeeId: e.id, role: e.role, isActive: e.isActive, permissions: [] };
  return checkUpdateEmployee(actor, snapshot, snapshot).length > 0 ? 'only an account admin can invite them' : null;
}

/** Splits a selection into who can be invited and who cannot, grouped by reason. */
export function splitInvitable<E extends Pick<EmployeeListFieldsFragment, 'id' | 'role' | 'isActive' | 'invitationState' | 'fullName'>>(
  actor: Principal,
  employees: readonly E[],
): { invitable: E[]; skipped: Map<string, string[]> } {
  const invitable: E[] = [];
  const skipped = new Map<string, string[]>();
  for (const e of employees) {
    const reason = inviteBlocker(actor, e);
    if (reason === null) invitable.push(e);
    else skipped.set(reason, [...(skipped.get(reason) ?? []), e.fullName]);
  }
  return { invitable, skipped };
}
