import { checkDeleteEmployee, type EmployeePrincipal } from '@gatehouse/access';
import type { EntityManager } from 'typeorm';
import { newNumericCode, safeEqual } from '../../platform/auth/secrets';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { deleteOrphanIdentities, revokeSessionsOfEmployees } from '../auth';
import type { DeleteChallengeEntity } from './delete-challenge.entity';
import * as challenges from './delete-challenge.queries';
import { assertAdminsRemain, lockAccountAsActor, isActiveAccountAdmin, violationErrors } from './employee.guards';
import * as q from './employee.queries';
import type { EmployeeRow } from './employee.types';

/** §3: the challenge expires after 5 minutes and works once. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
const CODE_DIGITS = 4;
const SUBJECT = 'employees';

/** Step one of Delete: check the deletion is allowed now and issue a code for exactly this set. */
export async function requestDeleteChallenge(ctx: RequestCtx, employeeIds: readonly string[]): Promise<DeleteChallengeEntity> {
  const actor = authorize(ctx, 'delete', 'employees');
  const ids = sortedUnique(employeeIds);
  return ctx.uow(async ({ manager: m }) => {
    await loadDeletable(m, actor, ids);
    return challenges.insertChallenge(m, {
      accountId: actor.accountId,
      actorEmployeeId: actor.employeeId,
      subjectType: SUBJECT,
      subjectIds: ids,
      code: newNumericCode(CODE_DIGITS),
      expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS),
    });
  });
}

/** Step two: delete with the typed code; removes them from every group and ends their sessions. */
export async function deleteEmployees(ctx: RequestCtx, input: { employeeIds: readonly string[]; challengeId: string; code: string }): Promise<string[]> {
  const actor = authorize(ctx, 'delete', 'employees');
  const ids = sortedUnique(input.employeeIds);
  return ctx.uow(async (tx) => {
    const m = tx.manager;
    const challenge = await challenges.findChallengeForUpdate(m, actor.accountId, actor.employeeId, input.challengeId);
    if (!challenge || challenge.subjectType !== SUBJECT) throw new DomainError('CHALLENGE_INVALID', 'challengeId', 'This confirmation is not valid; start the deletion again.');
    if (challenge.expiresAt.getTime() <= Date.now()) throw new DomainError('CHALLENGE_EXPIRED', 'challengeId', 'This confirmation expired; start the deletion again.');
    if (!sameIds(challenge.subjectIds, ids)) throw new DomainError('CHALLENGE_MISMATCH', 'employeeIds', 'The selection changed since the confirmation was made; start again.');
    if (!safeEqual(challenge.code, input.code.trim())) throw new DomainError('CHALLENGE_INVALID', 'code', 'That is not the number shown.');
    const rows = await loadDeletable(m, actor, ids);
    await revokeSessionsOfEmployees(m, actor.accountId, ids, 'deleted');
    await q.deleteEmployees(m, actor.accountId, ids);
    await deleteOrphanIdentities(m, rows.map((r) => r.identity_id));
    await challenges.markChallengeUsed(m, challenge.id);
    for (const row of rows) {
      await tx.audit({ action: 'employee.deleted', targetType: 'employee', targetId: row.id, data: { email: row.email, name: `${row.first_name} ${row.surname}`, role: row.role } });
    }
    return ids;
  });
}

/** Locks the targets and checks every rule; missing or other accounts' ids are NOT_FOUND. */
async function loadDeletable(m: EntityManager, actor: EmployeePrincipal, ids: string[]): Promise<EmployeeRow[]> {
  if (ids.length === 0) throw new DomainError('INVALID_INPUT', 'employeeIds', 'Select at least one employee.');
  await lockAccountAsActor(m, actor);
  const rows = await q.lockEmployees(m, actor.accountId, ids);
  if (rows.length !== ids.length) throw new DomainError('NOT_FOUND', 'employeeIds', 'Some of the selected employees do not exist.');
  const permissions = await q.permissionsByEmployee(m, actor.accountId, ids);
  throwIfAny(
    rows.flatMap((r) =>
      violationErrors(checkDeleteEmployee(actor, { employeeId: r.id, role: r.role, isActive: r.is_active, permissions: permissions.get(r.id) ?? [] })),
    ),
  );
  await assertAdminsRemain(m, actor.accountId, rows.filter(isActiveAccountAdmin).map((r) => r.id), 'employeeIds');
  return rows;
}

function sortedUnique(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
