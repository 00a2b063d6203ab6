import { canManage, SETTINGS_AREAS } from '@gatehouse/access';
import type { Reader } from '../../platform/db/reader';
import type { RequestCtx, SessionInfo, SessionTokens } from '../../platform/graphql/context';
import { findAccount } from '../accounts';
import { activeMemberships, findIdentity, loadSessionPrincipal } from '../auth';
import { employeeViewsByIds, presentEmployee } from '../employees';
import type { ViewerType } from './viewer.types';

/** Everything the admin app needs about who is logged in. */
export async function loadViewer(db: Reader, session: SessionInfo): Promise<ViewerType | null> {
  const { identityId, principal } = session;
  const [identity, account, memberships, [employee]] = await Promise.all([
    findIdentity(db, identityId),
    findAccount(db, principal.accountId),
    activeMemberships(db, identityId),
    employeeViewsByIds(db, principal.accountId, [principal.employeeId]),
  ]);
  if (!identity || !account || !employee) return null;
  return {
    identityId,
    email: identity.email,
    account: { id: account.id, name: account.name },
    accounts: memberships.map((mb) => ({ id: mb.accountId, name: mb.accountName })).sort((a, b) => a.name.localeCompare(b.name)),
    employee: presentEmployee(employee),
    settingsAreas: SETTINGS_AREAS.filter((area) => canManage(principal, area)),
    mustAcceptTerms: session.mustAcceptTerms,
  };
}

/** Sets the session cookies of a session that was just started and loads its viewer. */
export async function viewerOfNewSession(ctx: RequestCtx, tokens: SessionTokens, identityId: string): Promise<ViewerType | null> {
  ctx.cookies.set(tokens);
  const session = await loadSessionPrincipal(ctx.read, tokens.sessionId, identityId);
  return session ? loadViewer(ctx.read, session) : null;
}
