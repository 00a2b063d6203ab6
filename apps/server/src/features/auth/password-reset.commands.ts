import { checkPasswordPolicy, hashPassword, PASSWORD_PROBLEM_MESSAGES } from '../../platform/auth/passwords';
import { hashToken, newToken } from '../../platform/auth/secrets';
import type { AppCtx } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { requiredEmail } from '../../platform/graphql/validation';
import { consumeAttempt, resetThrottle, type ThrottleLimit } from '../../platform/throttle/throttle';
import { loginEmailKey } from './auth.commands';
import { setPasswordHash } from './auth.queries';
import * as q from './password-reset.queries';

/** A reset link works once, for one hour. */
export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

/**
 * Reset requests per email (so nobody floods a mailbox) and per client IP (so nobody sprays
 * addresses). Every request counts, known email or not, so the throttle itself tells nothing.
 */
export const RESET_LIMITS = {
  perEmail: { capacity: 3, windowMs: 60 * 60 * 1000 },
  perIp: { capacity: 20, windowMs: 60 * 60 * 1000 },
} as const satisfies Record<string, ThrottleLimit>;

const emailKey = (email: string) => `reset:email:${email}`;
const ipKey = (ip: string) => `reset:ip:${ip}`;

function throttled(retryAfterSeconds: number): DomainError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new DomainError('THROTTLED', null, `Too many reset requests. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
}

/**
 * Forgot password. The answer is the same whether or not the email has a login, and so is the
 * work: both paths take the attempts, look the email up, make and hash a token, store the hash
 * (a row for an unknown email is inert: its token is never sent) and queue one email (the link,
 * or a note to the address that it has no login, which also tells its owner someone tried).
 * Skipping the email for unknown addresses made them measurably faster. The attempts are taken
 * first, in the same transaction: the bucket rows stay locked until commit, so parallel
 * requests queue and cannot exceed the limits.
 */
export async function requestPasswordReset(ctx: AppCtx, input: { email: string }): Promise<void> {
  const errors: DomainError[] = [];
  const email = requiredEmail(input.email, 'email', errors);
  throwIfAny(errors);
  const token = newToken();
  const tokenHash = hashToken(token);
  await ctx.uow(async (tx) => {
    for (const [key, limit] of [[emailKey(email), RESET_LIMITS.perEmail], [ipKey(ctx.client.ip), RESET_LIMITS.perIp]] as const) {
      const verdict = await consumeAttempt(tx, key, limit);
      if (!verdict.allowed) throw throttled(verdict.retryAfterSeconds);
    }
    const now = ctx.clock();
    const expiresAt = new Date(now.getTime() + RESET_TOKEN_TTL_MS);
    const identity = await q.findResettableIdentity(tx, email);
    await q.replaceResetToken(tx, { email, tokenHash, now, expiresAt });
    // Both paths queue one email, so both cost the same: the link, or a note that this address has no login.
    await tx.mail(
      identity
        ? { accountId: null, to: email, template: 'password_reset', data: { token, expiresAt: expiresAt.toISOString() } }
        : { accountId: null, to: email, template: 'password_reset_no_login', data: { requestedAt: now.toISOString() } },
    );
  });
}

/** Why a link cannot be used; null when it can. */
function deadLinkError(row: q.ResetTokenRow | null, now: Date): DomainError | null {
  if (row === null || row.identity_id === null) {
    return new DomainError('INVALID_TOKEN', 'token', 'This reset link is not valid. Open the whole link from the email, or ask for a new one.');
  }
  if (row.used_at !== null) return new DomainError('TOKEN_USED', 'token', 'This reset link has already been used. Ask for a new one if you need to.');
  if (row.superseded_at !== null) {
    return new DomainError('TOKEN_SUPERSEDED', 'token', 'A newer reset link was sent after this one. Use the link in the latest email.');
  }
  if (row.expires_at.getTime() <= now.getTime()) return new DomainError('TOKEN_EXPIRED', 'token', 'This reset link has expired (links work for one hour). Ask for a new one.');
  return null;
}

/** The identity a live link resets, or the reason it is dead. */
function usableIdentity(row: q.ResetTokenRow | null, now: Date): { identityId: string; tokenId: string; email: string } {
  const problem = deadLinkError(row, now);
  if (problem) throw problem;
  if (row === null || row.identity_id === null) throw new Error('unreachable: a live link has an identity');
  return { identityId: row.identity_id, tokenId: row.id, email: row.email };
}

/**
 * Sets a new password with a live link, spends the link, and ends every session of the person
 * in every account (their refresh tokens die with them). Memberships keep their state: an
 * inactive one stays inactive. Each account the person belongs to gets an audit event, as the
 * person themselves. A dead link or a weak password changes nothing.
 */
export async function resetPassword(ctx: AppCtx, input: { token: string; password: string }): Promise<void> {
  const tokenHash = hashToken(input.token);
  const found = usableIdentity(await q.findResetToken(ctx.read, tokenHash), ctx.clock());
  const problem = checkPasswordPolicy(input.password, found.email);
  if (problem) throw new DomainError('WEAK_PASSWORD', 'password', PASSWORD_PROBLEM_MESSAGES[problem]);
  // Hash before the transaction: argon2 is deliberately slow and must not hold locks.
  const passwordHash = await hashPassword(input.password);
  await ctx.uow(async (tx) => {
    const live = usableIdentity(await q.findResetTokenForUpdate(tx, tokenHash), ctx.clock());
    await q.markResetTokenUsed(tx, live.tokenId, ctx.clock());
    await setPasswordHash(tx, live.identityId, passwordHash);
    await q.revokeSessionsOfIdentity(tx, live.identityId, 'password reset');
    // Whoever was locked out by failed logins may log in with the new password at once.
    await resetThrottle(tx, loginEmailKey(live.email));
    for (const m of await q.membershipsOfIdentity(tx, live.identityId)) {
      await tx.audit({ action: 'employee.password_reset', targetId: m.employee_id }, { accountId: m.account_id, employeeId: m.employee_id });
    }
  });
}
