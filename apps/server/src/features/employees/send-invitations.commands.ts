import { checkUpdateEmployee, type AccountPrincipal } from '@gatehouse/access';
import type { Tx } from '../../platform/db/unit-of-work';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { forbidden } from '../../platform/graphql/top-level-errors';
import { employeeViewsByIds, type EmployeeViewRow } from './employee-view.queries';
import { lockAccountAsActor, violationErrors } from './employee.guards';
import * as q from './employee.queries';
import type { EmployeeRow } from './employee.queries';
import { issueInvitations } from './issue-invitations';

/**
 * Send invites to one or many employees: allowed to whoever may edit them. Inactive people,
 * and people who already accepted, are refused by name and then nothing is sent to anyone.
 * Someone already invited gets a new link that supersedes the earlier one.
 */
export async function sendInvitations(ctx: RequestCtx, employeeIds: readonly string[]): Promise<EmployeeViewRow[]> {
  const actor = authorize(ctx, 'update', 'employees');
  const ids = [...new Set(employeeIds)];
  if (ids.length === 0) throw new DomainError('INVALID_INPUT', 'employeeIds', 'Select at least one employee.');
  return ctx.uow(async (tx) => {
    await lockAccountAsActor(tx, actor);
    const rows = await q.lockEmployees(tx, actor.accountId, ids);
    if (rows.length !== ids.length) throw new DomainError('NOT_FOUND', 'employeeIds', 'Some of the selected employees do not exist.');
    const permissions = await q.permissionsByEmployee(tx, actor.accountId, ids);
    // Inviting someone changes their account, so it takes what editing them takes (a user
    // admin cannot invite an account admin).
    const errors = rows.flatMap((r) => {
      const before = { employeeId: r.id, role: r.role, isActive: r.is_active, permissions: permissions.get(r.id) ?? [] };
      return violationErrors(checkUpdateEmployee(actor, before, before)).map((e) => new DomainError(e.code, 'employeeIds', `${nameOf(r)}: ${e.message}`));
    });
    const inactive = rows.filter((r) => !r.is_active);
    if (inactive.length > 0) {
      errors.push(new DomainError('INACTIVE', 'employeeIds', `Inactive people cannot be invited: ${names(inactive)}. Reactivate them first.`));
    }
    const accepted = rows.filter((r) => r.is_active && r.invitation_state === 'ACCEPTED');
    if (accepted.length > 0) {
      errors.push(new DomainError('ALREADY_ACCEPTED', 'employeeIds', `Already accepted, so they sign in with their password: ${names(accepted)}.`));
    }
    throwIfAny(errors);
    await issueInvitations(tx, { accountId: actor.accountId, invitedBy: await actorName(tx, actor), now: ctx.clock(), people: rows });
    return employeeViewsByIds(tx, actor.accountId, ids);
  });
}

/**
 * Who the invitation email says invited them ("Alice Admin has invited you"). A client app
 * calling with an API token is no person: the email names the role, not the token.
 */
export async function actorName(tx: Tx, actor: AccountPrincipal): Promise<string> {
  if (actor.kind === 'apiToken') return 'An administrator';
  const [row] = await q.employeesByIds(tx, actor.accountId, [actor.employeeId]);
  if (!row) throw forbidden();
  return nameOf(row);
}

function nameOf(r: Pick<EmployeeRow, 'first_name' | 'surname'>): string {
  return `${r.first_name} ${r.surname}`.trim();
}

/** "Ann Lee, Bo Chan and 3 more": a readable list however many were selected. */
function names(rows: readonly EmployeeRow[]): string {
  const SHOWN = 5;
  const shown = rows.slice(0, SHOWN).map(nameOf).join(', ');
  return rows.length > SHOWN ? `${shown} and ${rows.length - SHOWN} more` : shown;
}
