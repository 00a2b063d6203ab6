import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { throwIfAny, type DomainError } from '../../platform/graphql/domain-error';
import { requiredName } from '../../platform/graphql/validation';
import { findAccountForUpdate, setAccountName, type AccountRow } from './account.queries';

/** ACCOUNT_ADMIN only: renames the account the session acts in. */
export async function renameAccount(ctx: RequestCtx, input: { name: string }): Promise<AccountRow> {
  const { accountId } = authorize(ctx, 'update', 'account');
  const errors: DomainError[] = [];
  const name = requiredName(input.name, 'name', errors);
  throwIfAny(errors);
  return ctx.uow(async (tx) => {
    const before = await findAccountForUpdate(tx, accountId);
    if (before === null) throw new Error(`account ${accountId} is missing`);
    if (before.name === name) return before;
    await setAccountName(tx, accountId, name);
    await tx.audit({ action: 'account.renamed', targetId: accountId, data: { name: { from: before.name, to: name } } });
    return { id: accountId, name };
  });
}
