import { can, type Action, type EmployeePrincipal, type Resource } from '@gatehouse/access';
import { requireSession, type SessionInfo } from './context';
import { forbidden } from './top-level-errors';

/** The logged-in employee, allowed to do `action` on `resource`; otherwise UNAUTHENTICATED or FORBIDDEN. */
export function authorize(ctx: { session: SessionInfo | null }, action: Action, resource: Resource): EmployeePrincipal {
  const { principal } = requireSession(ctx);
  if (!can(principal, action, resource)) throw forbidden();
  return principal;
}
