import type { RequestCtx } from '../../platform/graphql/context';
import { authorize } from '../../platform/graphql/authorize';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { requiredEmail, requiredName } from '../../platform/graphql/validation';
import { claimingEmail, duplicateEmailError } from '../account-emails';
import type { CreateExternalUserInput, UpdateExternalUserInput } from './external-user.inputs';
import * as q from './external-user.queries';
import type { ExternalUserRow } from './external-user.queries';

/** Add external user: names and email by the shared rules; the email must be free in the account. */
export async function createExternalUser(ctx: RequestCtx, input: CreateExternalUserInput): Promise<ExternalUserRow> {
  const actor = authorize(ctx, 'create', 'externalUsers');
  const errors: DomainError[] = [];
  const firstName = requiredName(input.firstName, 'firstName', errors);
  const lastName = requiredName(input.lastName, 'lastName', errors);
  const email = requiredEmail(input.email, 'email', errors);
  throwIfAny(errors);
  return ctx.uow(async (tx) => {
    const duplicate = await duplicateEmailError(tx, actor.accountId, email);
    if (duplicate) throw duplicate;
    // The insert's trigger claims the email account-wide; a parallel claim makes it DUPLICATE_EMAIL.
    const row = await claimingEmail(() => q.insertExternalUser(tx, { accountId: actor.accountId, email, firstName, lastName }));
    await tx.audit({ action: 'external_user.created', targetId: row.id, data: { targetName: `${firstName} ${lastName}`, email } });
    return row;
  });
}

/** Edit external user: the names; the email is fixed once they exist, so the input has none. */
export async function updateExternalUser(ctx: RequestCtx, input: UpdateExternalUserInput): Promise<ExternalUserRow> {
  const actor = authorize(ctx, 'update', 'externalUsers');
  const errors: DomainError[] = [];
  const firstName = input.firstName == null ? undefined : requiredName(input.firstName, 'firstName', errors);
  const lastName = input.lastName == null ? undefined : requiredName(input.lastName, 'lastName', errors);
  throwIfAny(errors);
  return ctx.uow(async (tx) => {
    const [before] = await q.lockExternalUsers(tx, actor.accountId, [input.id]);
    if (!before) throw new DomainError('NOT_FOUND', 'id', 'No such external user.');
    const after = { firstName: firstName ?? before.first_name, lastName: lastName ?? before.last_name };
    const changes: Record<string, { from: string; to: string }> = {};
    if (after.firstName !== before.first_name) changes.firstName = { from: before.first_name, to: after.firstName };
    if (after.lastName !== before.last_name) changes.lastName = { from: before.last_name, to: after.lastName };
    // Saving without a change writes nothing: no new updated_at, no audit event.
    if (Object.keys(changes).length === 0) return before;
    const row = await q.updateExternalUserNames(tx, actor.accountId, before.id, after);
    if (!row) throw new Error(`external user ${before.id} vanished under its own lock`);
    await tx.audit({ action: 'external_user.updated', targetId: row.id, data: { targetName: `${after.firstName} ${after.lastName}`, ...changes } });
    return row;
  });
}
