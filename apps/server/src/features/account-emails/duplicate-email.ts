import { isUniqueViolation } from '../../platform/db/unique-violation';
import type { Reader } from '../../platform/db/reader';
import { DomainError } from '../../platform/graphql/domain-error';
import { emailOwnerKind } from './account-email.queries';
import { ACCOUNT_EMAILS_KEY } from './email-owner';

const HELD_BY = {
  employee: 'An employee in this account already has this email.',
  external_user: 'An external user in this account already has this email.',
} as const;

/**
 * The DUPLICATE_EMAIL userError when someone in the account (an employee or an external user)
 * already holds the email, else null. A check before the write, so the admin reads every
 * problem at once; the registry's key is what holds under parallel requests (claimingEmail).
 */
export async function duplicateEmailError(db: Reader, accountId: string, email: string, field = 'email'): Promise<DomainError | null> {
  const owner = await emailOwnerKind(db, accountId, email);
  return owner ? new DomainError('DUPLICATE_EMAIL', field, HELD_BY[owner]) : null;
}

/**
 * Runs a write that gives someone an email (an insert into employees or external_users, whose
 * trigger claims it in account_emails). When a parallel request claimed the same email first,
 * the key refuses this one: that is the same DUPLICATE_EMAIL userError, not a crash.
 */
export async function claimingEmail<T>(write: () => Promise<T>, field = 'email'): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, ACCOUNT_EMAILS_KEY)) throw new DomainError('DUPLICATE_EMAIL', field, 'Someone in this account already has this email.');
    throw error;
  }
}
