import { checkDeleteEmployee, type AccountPrincipal } from '@gatehouse/access';
import type { Tx } from '../../platform/db/unit-of-work';
import { newNumericCode, safeEqual } from '../../platform/auth/secrets';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { deleteOrphanIdentities, revokeSessionsOfEmployees } from '../auth';
import * as challenges from './delete-challenge.queries';
import type { DeleteChallengeRow } from './delete-challenge.queries';
import { assertAdminsRemain, lockAccountAsActor, isActiveAccountAdmin, violationErrors } from './employee.guards';
import * as q from './employee.queries';
import type { EmployeeRow } from './employee.queries';

/** The challenge expires after 5 minutes and works once. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
/** Wrong numbers a challenge survives: guessing 4 digits must not be a matter of patience. */
export const CHALLENGE_MAX_WRONG_NUMBERS = 3;
const CODE_DIGITS = 4;
const SUBJECT = 'employees';

/** Step one of Delete: check the deletion is allowed now and issue a code for exactly this set. */
export async function requestDeleteChallenge(ctx: RequestCtx, employeeIds: readonly string[]): Promise<DeleteChallengeRow> {
  const actor = authorize(ctx, 'delete', 'employees');
  const ids = sortedUnique(employeeIds);
  return ctx.uow(async (tx) => {
    await loadDeletable(tx, actor, ids);
    return challenges.insertChallenge(tx, {
      actor,
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
  // A wrong number must be counted even though the deletion fails, so the count commits and
  // the error is raised after the unit of work instead of rolling it back.
  const outcome = await ctx.uow(async (tx): Promise<{ deleted: string[] } | { wrongNumber: DomainError }> => {
    const challenge = await challenges.findChallengeForUpdate(tx, actor, input.challengeId);
    if (!challenge || challenge.subject_type !== SUBJECT) throw new DomainError('CHALLENGE_INVALID', 'challengeId', 'This confirmation is not valid; start the deletion again.');
    if (challenge.expires_at.getTime() <= Date.now()) throw new DomainError('CHALLENGE_EXPIRED', 'challengeId', 'This confirmation expired; start the deletion again.');
    if (!sameIds(challenge.subject_ids, ids)) throw new DomainError('CHALLENGE_MISMATCH', 'employeeIds', 'The selection changed since the confirmation was made; start again.');
    if (!safeEqual(challenge.code, input.code.trim())) {
      const left = await challenges.recordWrongNumber(tx, challenge.id, CHALLENGE_MAX_WRONG_NUMBERS);
      const message = left > 0 ? `That is not the number shown (${left} ${left === 1 ? 'try' : 'tries'} left).` : 'That is not the number shown, and too many were wrong; start the deletion again.';
      return { wrongNumber: new DomainError('CHALLENGE_INVALID', 'code', message) };
    }
    const rows = await loadDeletable(tx, actor, ids);
    await revokeSessionsOfEmployees(tx, actor.accountId, ids, 'deleted');
    await q.deleteEmployees(tx, actor.accountId, ids);
    await deleteOrphanIdentities(tx, rows.map((r) => r.identity_id));
    await challenges.markChallengeUsed(tx, challenge.id);
    await tx.auditMany(
      rows.map((row) => ({ action: 'employee.deleted', targetId: row.id, data: { targetName: `${row.first_name} ${row.surname}`, email: row.email, name: `${row.first_name} ${row.surname}`, role: row.role } })),
    );
    return { deleted: ids };
  });
  if ('wrongNumber' in outcome) throw outcome.wrongNumber;
  return outcome.deleted;
}

/** Locks the targets and checks every rule; missing or other accounts' ids are NOT_FOUND. */
async function loadDeletable(tx: Tx, actor: AccountPrincipal, ids: string[]): Promise<EmployeeRow[]> {
  if (ids.length === 0) throw new DomainError('INVALID_INPUT', 'employeeIds', 'Select at least one employee.');
  await lockAccountAsActor(tx, actor);
  const rows = await q.lockEmployees(tx, actor.accountId, ids);
  if (rows.length !== ids.length) throw new DomainError('NOT_FOUND', 'employeeIds', 'Some of the selected employees do not exist.');
  const permissions = await q.permissionsByEmployee(tx, actor.accountId, ids);
  throwIfAny(
    rows.flatMap((r) =>
      violationErrors(checkDeleteEmployee(actor, { employeeId: r.id, role: r.role, isActive: r.is_active, permissions: permissions.get(r.id) ?? [] })),
    ),
  );
  await assertAdminsRemain(tx, actor.accountId, rows.filter(isActiveAccountAdmin).map((r) => r.id), 'employeeIds');
  return rows;
}

function sortedUnique(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
