import { checkPasswordPolicy, hashPassword, PASSWORD_PROBLEM_MESSAGES, verifyPassword } from '../../platform/auth/passwords';
import { hashToken } from '../../platform/auth/secrets';
import type { AppCtx, SessionTokens } from '../../platform/graphql/context';
import { DomainError } from '../../platform/graphql/domain-error';
import { consumeAttempt, refundAttempt, resetThrottle, type ThrottleLimit } from '../../platform/throttle/throttle';
import { findIdentity, setFirstPasswordHash, startSession, touchLastLogin } from '../auth';
import { acceptInvitationRow, findInvitationLink, lockInvitationLink } from '../employees';
import { usableLink } from './invitation-link';

/**
 * Accept attempts per link and per client IP, like login: an attempt is taken (and committed)
 * before the link and the password are checked, so parallel guesses of an existing login's
 * password through its invitation get no more verifications than the limit. Success gives
 * them back.
 */
export const ACCEPT_LIMITS = {
  perToken: { capacity: 5, windowMs: 15 * 60 * 1000 },
  perIp: { capacity: 50, windowMs: 15 * 60 * 1000 },
} as const satisfies Record<string, ThrottleLimit>;

// Keyed by the token's hash: the throttle table must not hold a usable token either.
const tokenKey = (tokenHash: string) => `invitation:token:${tokenHash}`;
const ipKey = (ip: string) => `invitation:ip:${ip}`;

function throttled(retryAfterSeconds: number): DomainError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new DomainError('THROTTLED', null, `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
}

async function takeAttempt(ctx: AppCtx, tokenHash: string): Promise<void> {
  await ctx.uow(async (tx) => {
    for (const [key, limit] of [[tokenKey(tokenHash), ACCEPT_LIMITS.perToken], [ipKey(ctx.client.ip), ACCEPT_LIMITS.perIp]] as const) {
      const verdict = await consumeAttempt(tx, key, limit);
      if (!verdict.allowed) throw throttled(verdict.retryAfterSeconds);
    }
  });
}

export interface AcceptedInvitation {
  readonly tokens: SessionTokens;
  readonly identityId: string;
}

/**
 * Accepts an invitation: sets or checks the password, uses the link up, makes the membership
 * ACCEPTED and starts a session in that account, all in one unit of work. The link row is
 * locked and checked again inside it, so of two parallel accepts exactly one wins. A dead
 * link or a wrong password changes nothing (but the attempt it cost).
 */
export async function acceptInvitation(ctx: AppCtx, input: { token: string; password?: string | null }): Promise<AcceptedInvitation> {
  const tokenHash = hashToken(input.token);
  await takeAttempt(ctx, tokenHash);
  const link = usableLink(await findInvitationLink(ctx.read, tokenHash), ctx.clock());
  const password = input.password ?? '';
  let newPasswordHash: string | null = null;
  if (link.has_password) {
    const identity = await findIdentity(ctx.read, link.identity_id);
    if (!identity?.password_hash || !(await verifyPassword(identity.password_hash, password))) {
      throw new DomainError('INVALID_CREDENTIALS', 'password', 'That is not the password of this login. Use the password you sign in with.');
    }
  } else {
    const problem = checkPasswordPolicy(password, link.email);
    if (problem) throw new DomainError('WEAK_PASSWORD', 'password', PASSWORD_PROBLEM_MESSAGES[problem]);
    newPasswordHash = await hashPassword(password);
  }

  return ctx.uow(async (tx) => {
    const now = ctx.clock();
    const locked = usableLink(await lockInvitationLink(tx, tokenHash), now);
    if (newPasswordHash !== null && !(await setFirstPasswordHash(tx, locked.identity_id, newPasswordHash))) {
      throw new DomainError('INVALID_CREDENTIALS', 'password', 'This login has a password by now. Reload the page and sign in with it.');
    }
    await acceptInvitationRow(tx, locked, now);
    await touchLastLogin(tx, locked.employee_id);
    await resetThrottle(tx, tokenKey(tokenHash));
    await refundAttempt(tx, ipKey(ctx.client.ip), ACCEPT_LIMITS.perIp);
    await tx.audit(
      {
        action: 'employee.invitation_accepted',
        targetId: locked.employee_id,
        data: { targetName: `${locked.first_name} ${locked.surname}`, email: locked.email, passwordSet: newPasswordHash !== null },
      },
      { accountId: locked.account_id, employeeId: locked.employee_id },
    );
    const tokens = await startSession(tx, ctx.signingKey, { identityId: locked.identity_id, accountId: locked.account_id }, ctx.client);
    return { tokens, identityId: locked.identity_id };
  });
}
