import { can, type AccountPrincipal, type Action, type Resource } from '@gatehouse/access';
import { unauthenticated, forbidden } from './top-level-errors';

/** The caller (a logged-in employee or an API token), allowed to do `action` on `resource`; otherwise UNAUTHENTICATED or FORBIDDEN. */
export function authorize(ctx: { principal: AccountPrincipal | null }, action: Action, resource: Resource): AccountPrincipal {
  const { principal } = ctx;
  if (principal === null) throw unauthenticated();
  if (!can(principal, action, resource)) throw forbidden();
  return principal;
}
