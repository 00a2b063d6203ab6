import { checkApiTokenRole, isApiTokenRole, type AccountPrincipal, type Role } from '@gatehouse/access';
import { newApiToken } from '../../platform/auth/api-token-format';
import { hashToken } from '../../platform/auth/secrets';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { requiredName } from '../../platform/graphql/validation';
import { apiTokenById, insertApiToken, revokeApiToken as markRevoked, type ApiTokenRow } from './api-token.queries';

const notFound = () => new DomainError('NOT_FOUND', 'id', 'No such API token.');

/** The employee behind a principal, for "created by" and "revoked by"; tokens never manage tokens, so this is a person. */
function employeeIdOf(actor: AccountPrincipal): string | null {
  return actor.kind === 'employee' ? actor.employeeId : null;
}

/** A new token and its raw secret, which exists only in this answer. */
export interface CreatedApiToken {
  readonly row: ApiTokenRow;
  readonly secret: string;
}

/** Creates an API token; the raw token is returned once and only its hash is stored. */
export async function createApiToken(ctx: RequestCtx, input: { name: string; role: Role; expiresAt?: Date | null }): Promise<CreatedApiToken> {
  const actor = authorize(ctx, 'create', 'apiTokens');
  const errors: DomainError[] = [];
  const name = requiredName(input.name, 'name', errors);
  for (const v of checkApiTokenRole(input.role)) errors.push(new DomainError(v.code, v.field, v.message));
  const expiresAt = input.expiresAt ?? null;
  if (expiresAt !== null && expiresAt.getTime() <= ctx.clock().getTime()) {
    errors.push(new DomainError('INVALID_INPUT', 'expiresAt', 'The expiry must be in the future.'));
  }
  throwIfAny(errors);
  const role = input.role;
  // checkApiTokenRole refused every other role above; this narrows the type for the insert.
  if (!isApiTokenRole(role)) throw new Error(`role ${role} passed checkApiTokenRole`);
  const secret = newApiToken();
  return ctx.uow(async (tx) => {
    const id = await insertApiToken(tx, { accountId: actor.accountId, name, role, tokenHash: hashToken(secret), createdByEmployeeId: employeeIdOf(actor), expiresAt });
    await tx.audit({ action: 'api_token.created', targetId: id, data: { targetName: name, name, role, expiresAt: expiresAt?.toISOString() ?? null } });
    const row = await apiTokenById(tx, actor.accountId, id);
    if (!row) throw new Error(`api token ${id} vanished inside its own transaction`);
    return { row, secret };
  });
}

/** Revokes a token: its next request is UNAUTHENTICATED. Revoking a revoked token changes nothing. */
export async function revokeApiToken(ctx: RequestCtx, input: { id: string }): Promise<ApiTokenRow> {
  const actor = authorize(ctx, 'delete', 'apiTokens');
  return ctx.uow(async (tx) => {
    const before = await apiTokenById(tx, actor.accountId, input.id, true);
    if (!before) throw notFound();
    const at = ctx.clock();
    if (!(await markRevoked(tx, actor.accountId, before.id, employeeIdOf(actor), at))) return before;
    await tx.audit({ action: 'api_token.revoked', targetId: before.id, data: { targetName: before.name, role: before.role } });
    return { ...before, revoked_at: at };
  });
}
