import { MAX_PAGE_SIZE } from '@gatehouse/contracts';
import { isUuid } from '../../platform/db/uuid';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError } from '../../platform/graphql/domain-error';
import { failedMailForUpdate, requeueMail } from './mail.queries';

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
