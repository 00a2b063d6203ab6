import { canManage, SETTINGS_AREAS } from '@gatehouse/access';
import type { Reader } from '../../platform/db/reader';
import type { RequestCtx, SessionInfo, SessionTokens } from '../../platform/graphql/context';
import { findAccount } from '../accounts';
import { activeMemberships, findIdentity, loadSessionPrincipal, type Membership } from '../auth';
import { employeeViewsByIds, presentEmployee, type EmployeeViewRow } from '../employees';
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
  return identity && account ? viewerOf(session, identity.email, account, memberships, employee) : null;
}

/** The viewer from what is known of the session; null when its employee or account is gone. */
function viewerOf(
  session: SessionInfo,
  email: string,
  account: { readonly id: string; readonly name: string },
  memberships: readonly Membership[],
  employee: EmployeeViewRow | undefined,
): ViewerType | null {
  const { identityId, principal } = session;
  if (!employee) return null;
  return {
    identityId,
    email,
    account: { id: account.id, name: account.name },
    accounts: memberships.map((mb) => ({ id: mb.accountId, name: mb.accountName })).sort((a, b) => a.name.localeCompare(b.name)),
    employee: presentEmployee(employee),
    settingsAreas: SETTINGS_AREAS.filter((area) => canManage(principal, area)),
    mustAcceptTerms: session.mustAcceptTerms,
  };
}

/** What the command that started a session already read about the person, so the answer need not read it again. */
export interface KnownLogin {
  readonly identityId: string;
  readonly email: string;
  readonly employeeId: string;
  readonly accountId: string;
  readonly memberships: readonly Membership[];
}

/**
 * Sets the session cookies of a session that was just started and loads its viewer. A login
 * already knows the identity and its memberships: only the principal (rights, terms) and the
 * employee are read, side by side.
 */
export async function viewerOfNewSession(ctx: RequestCtx, tokens: SessionTokens, who: string | KnownLogin): Promise<ViewerType | null> {
  ctx.cookies.set(tokens);
  if (typeof who === 'string') {
    const session = await loadSessionPrincipal(ctx.read, tokens.sessionId, who);
    return session ? loadViewer(ctx.read, session) : null;
  }
  const [session, [employee]] = await Promise.all([
    loadSessionPrincipal(ctx.read, tokens.sessionId, who.identityId),
    employeeViewsByIds(ctx.read, who.accountId, [who.employeeId]),
  ]);
  // The login entered one of its memberships, so that is where the account's name comes from.
  const current = who.memberships.find((mb) => mb.accountId === who.accountId);
  return session && current ? viewerOf(session, who.email, { id: current.accountId, name: current.accountName }, who.memberships, employee) : null;
}
