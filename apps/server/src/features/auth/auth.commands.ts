import { normalizeEmail } from '@gatehouse/contracts';
import { decoyPasswordHash, verifyPassword } from '../../platform/auth/passwords';
import { hashToken } from '../../platform/auth/secrets';
import type { AppCtx, SessionInfo, SessionTokens } from '../../platform/graphql/context';
import { DomainError } from '../../platform/graphql/domain-error';
import { consumeAttempts, resetAndRefund, type ThrottleLimit } from '../../platform/throttle/throttle';
import * as q from './auth.queries';
import { signSession, writeNextRefreshToken, writeSession } from './session-tokens';

/**
 * Login attempts per email and per client IP: at most `capacity` at once, refilled over the
 * window. An attempt is taken before the password is verified and given back when it succeeds,
 * so only failures count, and parallel guesses can never get more verifications than the limit.
 */
export const LOGIN_LIMITS = {
  perEmail: { capacity: 5, windowMs: 15 * 60 * 1000 },
  perIp: { capacity: 50, windowMs: 15 * 60 * 1000 },
} as const satisfies Record<string, ThrottleLimit>;

/** The login throttle key of an email (a password reset clears it). */
export const loginEmailKey = (email: string) => `login:email:${email}`;
const emailKey = loginEmailKey;
const ipKey = (ip: string) => `login:ip:${ip}`;

export interface LoginResult {
  readonly tokens: SessionTokens;
  readonly identityId: string;
  readonly accountId: string;
  /** What the login already read, so the answer need not read it again. */
  readonly email: string;
  readonly employeeId: string;
  readonly memberships: readonly q.Membership[];
}

const invalidCredentials = () => new DomainError('INVALID_CREDENTIALS', null, 'The email or password is not right.');

function throttled(retryAfterSeconds: number): DomainError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new DomainError('THROTTLED', null, `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
}

/**
 * Takes one attempt from both buckets in one statement and transaction, committed before the password is
 * checked. Every login from one network shares the IP bucket's row: the commit does not wait
 * for the disk, so that row's lock is held for microseconds rather than a flush.
 */
async function takeLoginAttempt(ctx: AppCtx, email: string): Promise<void> {
  await ctx.uow(async (tx) => {
    const buckets = [
      { key: emailKey(email), limit: LOGIN_LIMITS.perEmail },
      { key: ipKey(ctx.client.ip), limit: LOGIN_LIMITS.perIp },
    ];
    const verdict = await consumeAttempts(tx, buckets, { commitWithoutWaitingForDisk: true });
    // Throwing rolls back the other bucket too: a refused attempt costs nothing.
    if (!verdict.allowed) throw throttled(verdict.retryAfterSeconds);
  });
}

/** Email + password login into the most recently used account (the switcher offers the others). */
export async function login(ctx: AppCtx, input: { email: string; password: string }): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  await takeLoginAttempt(ctx, email);
  // One statement for the login and where it may enter, whether or not the password is right.
  const identity = await q.findIdentityWithMemberships(ctx.read, email);
  // Verify against a decoy when the email is unknown so the answer takes as long either way.
  const ok = await verifyPassword(identity?.password_hash ?? (await decoyPasswordHash()), input.password);
  const first = identity?.memberships[0];
  if (!identity || !ok || !first) throw invalidCredentials();
  const written = await ctx.uow(async (tx) => {
    // Holds the IP bucket's row too (the refund); losing a session to a database crash only means logging in again.
    await resetAndRefund(tx, emailKey(email), { key: ipKey(ctx.client.ip), limit: LOGIN_LIMITS.perIp }, { commitWithoutWaitingForDisk: true });
    return writeSession(tx, { identityId: identity.id, accountId: first.accountId }, ctx.client, { lastLoginOf: first.employeeId });
  });
  const tokens = signSession(ctx.signingKey, written);
  return { tokens, identityId: identity.id, accountId: first.accountId, email: identity.email, employeeId: first.employeeId, memberships: identity.memberships };
}

/**
 * Rotates a refresh token. A token presented a second time means it was copied:
 * the whole session is revoked (reuse detection). The revocation must survive,
 * so it commits and the caller gets null.
 */
export async function refreshSession(ctx: AppCtx, refreshToken: string): Promise<SessionTokens | null> {
  const written = await ctx.uow(async (tx) => {
    const row = await q.findRefreshTokenForUpdate(tx, hashToken(refreshToken));
    if (!row) return null;
    if (row.used_at !== null) {
      await q.revokeSession(tx, row.session_id, 'refresh token reused');
      return null;
    }
    const session = await q.findLiveSession(tx, row.session_id);
    if (!session) return null;
    await q.markRefreshTokenUsed(tx, row.id);
    return writeNextRefreshToken(tx, { sessionId: session.id, identityId: session.identity_id, expiresAt: session.expires_at });
  });
  return written === null ? null : signSession(ctx.signingKey, written);
}

/** Ends the current session. */
export async function logout(ctx: AppCtx, session: SessionInfo): Promise<void> {
  await ctx.uow((tx) => q.revokeSession(tx, session.sessionId, 'logout'));
}

/** Moves the session to another account where the same identity is an active employee. */
export async function switchAccount(ctx: AppCtx, session: SessionInfo, accountId: string): Promise<void> {
  const memberships = await q.activeMemberships(ctx.read, session.identityId);
  const target = memberships.find((mb) => mb.accountId === accountId);
  if (!target) throw new DomainError('NOT_FOUND', 'accountId', 'You are not a member of that account.');
  await ctx.uow(async (tx) => {
    await q.setSessionAccount(tx, session.sessionId, accountId);
    await q.touchLastLogin(tx, target.employeeId);
  });
}
