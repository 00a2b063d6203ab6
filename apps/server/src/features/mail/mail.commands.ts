import { MAX_PAGE_SIZE } from '@gatehouse/contracts';
import { isUuid } from '../../platform/db/uuid';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError } from '../../platform/graphql/domain-error';
import { forbidden } from '../../platform/graphql/top-level-errors';
import { consumeAttempt, type ThrottleLimit } from '../../platform/throttle/throttle';
import { employeeAddress, failedMailForUpdate, requeueMail } from './mail.queries';

/** Test emails an admin may send themselves: enough to check a fix, too few to spam with. */
export const TEST_MAIL_LIMIT: ThrottleLimit = { capacity: 5, windowMs: 60 * 60_000 };

/**
 * Sends failed mail again: each email goes back in the outbox, due now, with all its tries.
 * All or nothing: an id that is not a failed email of this account (another account's, one
 * already retried or delivered) retries none of them.
 */
export async function retryMail(ctx: RequestCtx, input: { ids: readonly string[] }): Promise<string[]> {
  const actor = authorize(ctx, 'update', 'mail');
  const ids = [...new Set(input.ids)];
  if (ids.length === 0 || ids.length > MAX_PAGE_SIZE) throw new DomainError('INVALID_INPUT', 'ids', `Choose from 1 to ${MAX_PAGE_SIZE} emails.`);
  return ctx.uow(async (tx) => {
    const found = ids.every(isUuid) ? await failedMailForUpdate(tx, actor.accountId, ids) : [];
    if (found.length !== ids.length) throw new DomainError('NOT_FOUND', 'ids', 'Some of these emails are not failed mail of this account (already retried or delivered?). Reload the list.');
    await requeueMail(tx, actor.accountId, ids);
    await tx.audit({ action: 'mail.retried', targetId: actor.accountId, data: { mailIds: ids, recipients: found.map((m) => m.recipient) } });
    return ids;
  });
}

/**
 * Sends the admin a test email at their own address, to check that mail reaches people (after
 * fixing the mail settings, before retrying failed mail). Throttled per employee, the attempt
 * taken in the same transaction as the mail, so parallel requests cannot exceed the limit.
 */
export async function sendTestMail(ctx: RequestCtx): Promise<string> {
  const actor = authorize(ctx, 'update', 'mail');
  // A client app's token has no mailbox of its own to send to.
  if (actor.kind !== 'employee') throw forbidden('Only a person can send themselves a test email.');
  return ctx.uow(async (tx) => {
    const verdict = await consumeAttempt(tx, `mail.test:${actor.employeeId}`, TEST_MAIL_LIMIT);
    if (!verdict.allowed) throw new DomainError('THROTTLED', null, `You sent ${TEST_MAIL_LIMIT.capacity} test emails this hour; try again in ${Math.ceil(verdict.retryAfterSeconds / 60)} minutes.`);
    const me = await employeeAddress(tx, actor.accountId, actor.employeeId);
    if (!me) throw new DomainError('NOT_FOUND', null, 'Your employee record is gone.');
    await tx.mail({ accountId: actor.accountId, to: me.email, template: 'test_message', data: { firstName: me.first_name } });
    await tx.audit({ action: 'mail.test_sent', targetId: actor.accountId, data: { to: me.email } });
    return me.email;
  });
}
