import {
  ROLES,
  ROLE_LABELS,
  checkCreateEmployee,
  checkUpdateEmployee,
  type EmployeeSnapshot,
  type Principal,
  type Role,
} from '@gatehouse/access';

export interface RoleOption {
  readonly value: Role;
  readonly label: string;
  readonly disabled: boolean;
}

function roleViolation(actor: Principal, before: EmployeeSnapshot | null, role: Role): string | null {
  const violations = before
    ? checkUpdateEmployee(actor, before, { role, isActive: before.isActive, permissions: before.permissions })
    : checkCreateEmployee(actor, { role, isActive: true, permissions: [] });
  return violations.find((v) => v.field === 'role')?.message ?? null;
}

/** Every role, disabled where the escalation rules would refuse it for this editor. */
export function roleOptions(actor: Principal, before: EmployeeSnapshot | null): RoleOption[] {
  return ROLES.map((role) => ({
    value: role,
    label: ROLE_LABELS[role],
    disabled: role !== before?.role && roleViolation(actor, before, role) !== null,
  }));
}

/** Why this editor may not change `before`'s role at all (own role, or an account admin), or null. */
export function roleLockReason(actor: Principal, before: EmployeeSnapshot | null): string | null {
  if (!before) return null;
  const reasons = ROLES.filter((r) => r !== before.role).map((r) => roleViolation(actor, before, r));
  return reasons.every((r) => r !== null) ? (reasons[0] ?? null) : null;
}

/**
 * Why this editor may change nothing about `before` (a non-account-admin facing
 * an account admin), or null. The server refuses the same; this says it up front.
 */
export function editBlockedReason(actor: Principal, before: EmployeeSnapshot | null): string | null {
  if (!before) return null;
  const unchanged = { role: before.role, isActive: before.isActive, permissions: before.permissions };
  return checkUpdateEmployee(actor, before, unchanged).find((v) => v.code === 'ONLY_ACCOUNT_ADMIN')?.message ?? null;
}

/** Why this editor may not untick Active on `before` (themselves), or null. */
export function inactivateBlockedReason(actor: Principal, before: EmployeeSnapshot | null): string | null {
  if (!before?.isActive) return null;
  const draft = { role: before.role, isActive: false, permissions: before.permissions };
  return checkUpdateEmployee(actor, before, draft).find((v) => v.field === 'isActive')?.message ?? null;
}
