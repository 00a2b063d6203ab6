import { checkPasswordPolicy, hashPassword, PASSWORD_PROBLEM_MESSAGES } from '../../platform/auth/passwords';
import { hashToken, newToken } from '../../platform/auth/secrets';
import type { UnitOfWork } from '../../platform/db/unit-of-work';
import type { AppCtx, SessionTokens } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { requiredEmail, requiredName } from '../../platform/graphql/validation';
import { hasNoAccounts, insertAccount } from '../accounts';
import { setPasswordHash, startSession, upsertIdentity } from '../auth';
import { insertEmployee } from '../employees';
import { acceptCurrentTerms } from '../terms';
import * as q from './setup.queries';

export interface CompleteSetupInput {
  token: string;
  accountName: string;
  firstName: string;
  surname: string;
  email: string;
  password: string;
  acceptTerms: boolean;
}

/** On an empty database, makes a fresh single-use setup token and returns it (only its hash is kept). */
export async function issueSetupTokenIfNeeded(uow: UnitOfWork): Promise<string | null> {
  // No actor exists yet, so nothing is audited; the unit of work is still the one door.
  return uow(async (tx) => {
    await q.lockSetup(tx);
    if (!(await hasNoAccounts(tx))) return null;
    const token = newToken();
    await q.addSetupToken(tx, hashToken(token));
    return token;
  });
}

/** First run: creates the account and its ACCOUNT_ADMIN, then logs them in. */
export async function completeSetup(ctx: AppCtx, input: CompleteSetupInput): Promise<{ tokens: SessionTokens; accountId: string; identityId: string }> {
  const errors: DomainError[] = [];
  const accountName = requiredName(input.accountName, 'accountName', errors);
  const firstName = requiredName(input.firstName, 'firstName', errors);
  const surname = requiredName(input.surname, 'surname', errors);
  const email = requiredEmail(input.email, 'email', errors);
  const problem = checkPasswordPolicy(input.password, email);
  if (problem) errors.push(new DomainError('WEAK_PASSWORD', 'password', PASSWORD_PROBLEM_MESSAGES[problem]));
  if (!input.acceptTerms) errors.push(new DomainError('INVALID_INPUT', 'acceptTerms', 'Accept the terms of use to continue.'));
  throwIfAny(errors);
  // Hash before the transaction: argon2 is deliberately slow and must not hold locks.
  const passwordHash = await hashPassword(input.password);

  return ctx.uow(async (tx) => {
    await q.lockSetup(tx);
    if (!(await hasNoAccounts(tx))) throw new DomainError('SETUP_DONE', 'token', 'Gatehouse is already set up. Log in instead.');
    const token = await q.findUnusedSetupTokenForUpdate(tx, hashToken(input.token));
    if (!token) throw new DomainError('INVALID_TOKEN', 'token', 'This setup link is not valid. Use the link the server printed.');
    await q.markSetupTokenUsed(tx, token.id);
    const accountId = await insertAccount(tx, accountName);
    const identityId = await upsertIdentity(tx, email);
    await setPasswordHash(tx, identityId, passwordHash);
    const employeeId = await insertEmployee(tx, {
      accountId,
      identityId,
      email,
      firstName,
      surname,
      isActive: true,
      departmentId: null,
      role: 'ACCOUNT_ADMIN',
      invitationState: 'ACCEPTED',
    });
    // Ticking the box on the setup page accepts the account's first terms (the built-in text).
    await acceptCurrentTerms(tx, accountId, employeeId, ctx.clock());
    await tx.audit({ action: 'account.created', targetId: accountId, data: { name: accountName, adminEmail: email } }, { accountId, employeeId });
    const tokens = await startSession(tx, ctx.signingKey, { identityId, accountId }, ctx.client);
    return { tokens, accountId, identityId };
  });
}
