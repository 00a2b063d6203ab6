import { checkCreateEmployee, checkUpdateEmployee, storedFromSubmitted, type AccountPrincipal, type ModulePermission, type Role } from '@gatehouse/access';
import { normalizeEmail, type AuditAction } from '@gatehouse/contracts';
import type { Tx } from '../../platform/db/unit-of-work';
import type { RequestCtx } from '../../platform/graphql/context';
import { authorize } from '../../platform/graphql/authorize';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { requiredEmail, requiredName } from '../../platform/graphql/validation';
import { claimingEmail, duplicateEmailError } from '../account-emails';
import { revokeSessionsOfEmployees, upsertIdentity } from '../auth';
import { assertAdminsRemain, lockAccountAsActor, checkReferences, isActiveAccountAdmin, violationErrors } from './employee.guards';
import type { CreateEmployeeInput, UpdateEmployeeInput } from './employee.inputs';
import { parsePermissionInputs } from './employee.permissions';
import { employeeViewsByIds, type EmployeeViewRow } from './employee-view.queries';
import * as q from './employee.queries';
import type { EmployeeRow } from './employee.queries';

/** Add employee: validated, escalation-checked, audited; returns the saved row. */
export async function createEmployee(ctx: RequestCtx, input: CreateEmployeeInput): Promise<EmployeeViewRow> {
  const actor = authorize(ctx, 'create', 'employees');
  // Input problems are reported before any database work.
  const draft = checkNewEmployee(actor, input);
  return ctx.uow((tx) => insertNewEmployee(tx, actor, draft));
}

/**
 * Add employee inside the caller's unit of work, with every rule of createEmployee (input,
 * escalation, references, the account-wide uniqueness of the email) and its audit event.
 * Promote to employee runs it in the same transaction as removing the external user.
 */
export async function addEmployeeInUnitOfWork(ctx: RequestCtx, tx: Tx, input: CreateEmployeeInput): Promise<EmployeeViewRow> {
  const actor = authorize(ctx, 'create', 'employees');
  return insertNewEmployee(tx, actor, checkNewEmployee(actor, input));
}

/** A new employee's values, checked without the database. */
interface NewEmployeeDraft {
  readonly input: CreateEmployeeInput;
  readonly firstName: string;
  readonly surname: string;
  readonly email: string;
  readonly permissions: ModulePermission[];
}

/** Checks the input and the escalation rules; throws every problem at once. */
function checkNewEmployee(actor: AccountPrincipal, input: CreateEmployeeInput): NewEmployeeDraft {
  const errors: DomainError[] = [];
  const firstName = requiredName(input.firstName, 'firstName', errors);
  const surname = requiredName(input.surname, 'surname', errors);
  const email = requiredEmail(input.email, 'email', errors);
  const parsed = parsePermissionInputs(input.permissions);
  errors.push(...parsed.errors);
  const permissions = parsed.permissions.map((p) => storedFromSubmitted(input.role, p));
  errors.push(...violationErrors(checkCreateEmployee(actor, { role: input.role, isActive: input.isActive, permissions })));
  throwIfAny(errors);
  return { input, firstName, surname, email, permissions };
}

/** Writes a checked new employee: references and email checked under the account lock, then insert and audit. */
async function insertNewEmployee(tx: Tx, actor: AccountPrincipal, draft: NewEmployeeDraft): Promise<EmployeeViewRow> {
  const { input, firstName, surname, email, permissions } = draft;
  await lockAccountAsActor(tx, actor);
  const refErrors = await checkReferences(tx, actor.accountId, input, { department: 'departmentId', groups: 'groupIds' });
  const duplicate = await duplicateEmailError(tx, actor.accountId, email);
  if (duplicate) refErrors.push(duplicate);
  throwIfAny(refErrors);
  const identityId = await upsertIdentity(tx, email);
  // The insert's trigger claims the email account-wide; a parallel claim makes it DUPLICATE_EMAIL.
  const id = await claimingEmail(() =>
    q.insertEmployee(tx, {
      accountId: actor.accountId,
      identityId,
      email,
      firstName,
      surname,
      isActive: input.isActive,
      departmentId: input.departmentId ?? null,
      role: input.role,
    }),
  );
  await q.replacePermissions(tx, actor.accountId, id, permissions);
  await q.replaceGroups(tx, actor.accountId, id, unique(input.groupIds));
  await tx.audit({
    action: 'employee.created',
    targetId: id,
    data: { targetName: `${firstName} ${surname}`, email, role: input.role, isActive: input.isActive, departmentId: input.departmentId ?? null, groupIds: unique(input.groupIds), permissions },
  });
  return reload(tx, actor.accountId, id);
}

/** Edit employee: everything but the email; inactivation ends their sessions. */
export async function updateEmployee(ctx: RequestCtx, input: UpdateEmployeeInput): Promise<EmployeeViewRow> {
  const actor = authorize(ctx, 'update', 'employees');
  return ctx.uow(async (tx) => {
    await lockAccountAsActor(tx, actor);
    const [before] = await q.lockEmployees(tx, actor.accountId, [input.id]);
    if (!before) throw new DomainError('NOT_FOUND', 'id', 'No such employee.');
    const storedBefore = (await q.permissionsByEmployee(tx, actor.accountId, [before.id])).get(before.id) ?? [];
    const groupsBefore = (await q.groupIdsByEmployee(tx, actor.accountId, [before.id])).get(before.id) ?? [];

    const errors: DomainError[] = [];
    if (input.email !== null && input.email !== undefined && normalizeEmail(input.email) !== before.email) {
      errors.push(new DomainError('EMAIL_IMMUTABLE', 'email', 'An email cannot be changed once the person exists.'));
    }
    const firstName = input.firstName == null ? undefined : requiredName(input.firstName, 'firstName', errors);
    const surname = input.surname == null ? undefined : requiredName(input.surname, 'surname', errors);
    const role: Role = input.role ?? before.role;
    const isActive = input.isActive ?? before.is_active;
    let permissions: ModulePermission[] | undefined;
    if (input.permissions != null) {
      const parsed = parsePermissionInputs(input.permissions);
      errors.push(...parsed.errors);
      permissions = parsed.permissions.map((p) => storedFromSubmitted(role, p));
    }
    const snapshot = { employeeId: before.id, role: before.role, isActive: before.is_active, permissions: storedBefore };
    errors.push(...violationErrors(checkUpdateEmployee(actor, snapshot, { role, isActive, permissions: permissions ?? storedBefore })));
    errors.push(...(await checkReferences(tx, actor.accountId, input, { department: 'departmentId', groups: 'groupIds' })));
    throwIfAny(errors);
    const losesAdmin = isActiveAccountAdmin(before) && !isActiveAccountAdmin({ role, is_active: isActive });
    await assertAdminsRemain(tx, actor.accountId, losesAdmin ? [before.id] : [], input.role ? 'role' : 'isActive');

    const departmentId = input.departmentId === undefined ? undefined : input.departmentId;
    await q.updateEmployees(tx, actor.accountId, [before.id], { firstName, surname, isActive, role, departmentId });
    if (permissions) await q.replacePermissions(tx, actor.accountId, before.id, permissions);
    if (input.groupIds != null) await q.replaceGroups(tx, actor.accountId, before.id, unique(input.groupIds));
    if (before.is_active && !isActive) await revokeSessionsOfEmployees(tx, actor.accountId, [before.id], 'inactivated');
    await tx.audit({
      action: auditAction(before, role, isActive),
      targetId: before.id,
      data: {
        // Kept in the event so the log still names them after they are deleted.
        targetName: `${firstName ?? before.first_name} ${surname ?? before.surname}`,
        ...changes(
          { ...before, groupIds: [...groupsBefore].sort(), permissions: storedBefore },
          { firstName, surname, role, isActive, departmentId, groupIds: input.groupIds ? unique(input.groupIds).sort() : undefined, permissions },
        ),
      },
    });
    return reload(tx, actor.accountId, before.id);
  });
}

function auditAction(before: EmployeeRow, role: Role, isActive: boolean): AuditAction {
  if (before.is_active !== isActive) return isActive ? 'employee.reactivated' : 'employee.inactivated';
  if (before.role !== role) return 'employee.role_changed';
  return 'employee.updated';
}

/** The fields that were given, with their old values where a column changed. */
function changes(
  before: EmployeeRow & { groupIds: string[]; permissions: readonly ModulePermission[] },
  after: Record<string, unknown>,
): Record<string, unknown> {
  const old: Record<string, unknown> = {
    firstName: before.first_name,
    surname: before.surname,
    role: before.role,
    isActive: before.is_active,
    departmentId: before.department_id,
    groupIds: before.groupIds,
    permissions: before.permissions,
  };
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined || JSON.stringify(old[key]) === JSON.stringify(value)) continue;
    result[key] = { from: old[key], to: value };
  }
  return result;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** The saved row, read back inside the same transaction. */
export async function reload(tx: Tx, accountId: string, id: string): Promise<EmployeeViewRow> {
  const [row] = await employeeViewsByIds(tx, accountId, [id]);
  if (!row) throw new Error(`employee ${id} vanished inside its own transaction`);
  return row;
}
