import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError } from '../../platform/graphql/domain-error';
import { releaseExternalUserEmail } from '../account-emails';
import { addEmployeeInUnitOfWork, lockAccountAsActor, type EmployeeViewRow } from '../employees';
import type { PromoteExternalUserInput } from './external-user.inputs';
import * as q from './external-user.queries';
import { handOverToEmployee } from './promotion-handover';

/**
 * Promote to employee, in one unit of work: the employee is created by Add employee's own
 * code (same validation, escalation rules and audit) with the external user's email, what the
 * external user had is handed over, and the external user is removed. Any failure leaves
 * everything as it was.
 */
export async function promoteExternalUser(ctx: RequestCtx, input: PromoteExternalUserInput): Promise<{ employee: EmployeeViewRow; removedExternalUserId: string }> {
  const actor = authorize(ctx, 'delete', 'externalUsers');
  return ctx.uow(async (tx) => {
    // The account lock first, as Add employee takes it: taking it after freeing the email could
    // deadlock with an Add employee of the same email waiting on that email.
    await lockAccountAsActor(tx, actor);
    const [external] = await q.lockExternalUsers(tx, actor.accountId, [input.externalUserId]);
    if (!external) throw new DomainError('NOT_FOUND', 'externalUserId', 'No such external user.');
    // Their email passes to the employee inside this transaction; nobody can take it in between.
    await releaseExternalUserEmail(tx, actor.accountId, external.id, external.email);
    const employee = await addEmployeeInUnitOfWork(ctx, tx, { ...input.employee, email: external.email });
    await handOverToEmployee(tx, { accountId: actor.accountId, externalUserId: external.id, employeeId: employee.id });
    await q.deleteExternalUsers(tx, actor.accountId, [external.id]);
    await tx.audit({
      action: 'external_user.promoted',
      targetId: external.id,
      data: {
        targetName: `${external.first_name} ${external.last_name}`,
        email: external.email,
        employeeId: employee.id,
        employeeName: `${employee.first_name} ${employee.surname}`,
        role: employee.role,
      },
    });
    return { employee, removedExternalUserId: external.id };
  });
}
