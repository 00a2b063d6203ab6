import type { Clock } from '../../platform/clock';
import type { UnitOfWork } from '../../platform/db/unit-of-work';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { requiredEmail, requiredName } from '../../platform/graphql/validation';
import { accountNameTaken, insertAccount } from '../accounts';
import { findIdentityByEmail, upsertIdentity } from '../auth';
import { insertEmployee, issueInvitations } from '../employees';
import * as q from './setup.queries';

export interface ProvisionAccountInput {
  readonly name: string;
  readonly adminEmail: string;
  readonly firstName: string;
  readonly surname: string;
}

export interface ProvisionedAccount {
  readonly accountId: string;
  readonly employeeId: string;
  readonly email: string;
  /** True when the email already had a login (an admin of another account): they accept with its password. */
  readonly hasExistingLogin: boolean;
}

/**
 * An operator adds another venue operator: the account, its first ACCOUNT_ADMIN (not yet
 * accepted) and the invitation email, in one unit of work. There is no actor in the account
 * yet, so the audit events name none and the email says the account was created for them.
 * Names are unique case-insensitively, so a repeated command cannot make a twin account.
 */
export async function provisionAccount(uow: UnitOfWork, clock: Clock, input: ProvisionAccountInput): Promise<ProvisionedAccount> {
  const errors: DomainError[] = [];
  const name = requiredName(input.name, 'name', errors);
  const email = requiredEmail(input.adminEmail, 'adminEmail', errors);
  const firstName = requiredName(input.firstName, 'firstName', errors);
  const surname = requiredName(input.surname, 'surname', errors);
  throwIfAny(errors);
  return uow(async (tx) => {
    // The lock first-run setup takes: account creations run one at a time, so the name check holds.
    await q.lockSetup(tx);
    if (await accountNameTaken(tx, name)) throw new DomainError('DUPLICATE_NAME', 'name', `An account named "${name}" exists already.`);
    const accountId = await insertAccount(tx, name);
    const existing = await findIdentityByEmail(tx, email);
    const identityId = await upsertIdentity(tx, email);
    const employeeId = await insertEmployee(tx, { accountId, identityId, email, firstName, surname, isActive: true, departmentId: null, role: 'ACCOUNT_ADMIN' });
    const actor = { accountId, employeeId: null };
    await tx.audit({ action: 'account.created', targetId: accountId, data: { name, adminEmail: email, by: 'operator command' } }, actor);
    await tx.audit(
      { action: 'employee.created', targetId: employeeId, data: { targetName: `${firstName} ${surname}`, email, role: 'ACCOUNT_ADMIN', isActive: true, departmentId: null, groupIds: [], permissions: [] } },
      actor,
    );
    await issueInvitations(tx, { accountId, invitedBy: null, now: clock(), people: [{ id: employeeId, email, first_name: firstName, surname }], actor });
    return { accountId, employeeId, email, hasExistingLogin: (existing?.password_hash ?? null) !== null };
  });
}
