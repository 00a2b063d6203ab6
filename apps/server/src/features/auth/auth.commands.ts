import { normalizeEmail } from '@gatehouse/contracts';
import { decoyPasswordHash, verifyPassword } from '../../platform/auth/passwords';
import { hashToken } from '../../platform/auth/secrets';
import type { AppCtx, SessionInfo, SessionTokens } from '../../platform/graphql/context';
import { DomainError } from '../../platform/graphql/domain-error';
import * as q from './auth.queries';
import { nextTokens, startSession } from './session-tokens';

/** §6 throttling: failures counted in Postgres over a sliding window. */
export const THROTTLE = { windowMs: 15 * 60 * 1000, perEmail: 5, perIp: 50 } as const;

export interface LoginResult {
  readonly tokens: SessionTokens;
  readonly identityId: string;
  readonly accountId: string;
}

const invalidCredentials = () => new DomainError('INVALID_CREDENTIALS', null, 'The email or password is not right.');

/** Email + password login into the most recently used account (the switcher offers the others). */
export async function login(ctx: AppCtx, input: { email: string; password: string }): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const since = new Date(Date.now() - THROTTLE.windowMs);
  const failures = await q.recentFailures(ctx.db.manager, email, ctx.client.ip, since);
  if (failures.byEmail >= THROTTLE.perEmail || failures.byIp >= THROTTLE.perIp) {
    throw new DomainError('THROTTLED', null, 'Too many failed attempts. Wait 15 minutes and try again.');
  }
  const identity = await q.findIdentityByEmail(ctx.db.manager, email);
  // Verify against a decoy when the email is unknown so the answer takes as long either way.
  const ok = await verifyPassword(identity?.passwordHash ?? (await decoyPasswordHash()), input.password);
  const memberships = identity && ok ? await q.activeMemberships(ctx.db.manager, identity.id) : [];
  const first = memberships[0];
  if (!identity || !ok || !first) {
    await q.recordFailure(ctx.db.manager, email, ctx.client.ip);
    throw invalidCredentials();
  }
  return ctx.uow(async ({ manager }) => {
    await q.clearFailures(manager, email);
    await q.touchLastLogin(manager, first.employeeId);
    const tokens = await startSession(manager, ctx.signingKey, { identityId: identity.id, accountId: first.accountId }, ctx.client);
    return { tokens, identityId: identity.id, accountId: first.accountId };
  });
}

/**
 * Rotates a refresh token. A token presented a second time means it was copied:
 * the whole session is revoked (reuse detection, §6). The revocation must survive,
 * so it commits and the caller gets null.
 */
export async function refreshSession(ctx: AppCtx, refreshToken: string): Promise<SessionTokens | null> {
  return ctx.uow(async ({ manager }) => {
    const row = await q.findRefreshTokenForUpdate(manager, hashToken(refreshToken));
    if (!row) return null;
    if (row.usedAt !== null) {
      await q.revokeSession(manager, row.sessionId, 'refresh token reused');
      return null;
    }
    const session = await q.findLiveSession(manager, row.sessionId);
    if (!session) return null;
    await q.markRefreshTokenUsed(manager, row.id);
    return nextTokens(manager, ctx.signingKey, { sessionId: session.id, identityId: session.identityId, expiresAt: session.expiresAt });
  });
}

/** Ends the current session. */
export async function logout(ctx: AppCtx, session: SessionInfo): Promise<void> {
  await q.revokeSession(ctx.db.manager, session.sessionId, 'logout');
}

/** Moves the session to another account where the same identity is an active employee. */
export async function switchAccount(ctx: AppCtx, session: SessionInfo, accountId: string): Promise<void> {
  const memberships = await q.activeMemberships(ctx.db.manager, session.identityId);
  const target = memberships.find((mb) => mb.accountId === accountId);
  if (!target) throw new DomainError('NOT_FOUND', 'accountId', 'You are not a member of that account.');
  await ctx.uow(async ({ manager }) => {
    await q.setSessionAccount(manager, session.sessionId, accountId);
    await q.touchLastLogin(manager, target.employeeId);
  });
}
