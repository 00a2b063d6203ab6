import { loadConfig } from '../../config';
import { provisionAccount } from '../../features/setup';
import { systemClock } from '../../platform/clock';
import { createUnitOfWork } from '../../platform/db/unit-of-work';
import { DomainError, DomainErrors } from '../../platform/graphql/domain-error';
import { databaseTarget, openDatabase } from '../../server';
import { CommandFailed, parseOptions, say, UsageError } from '../cli';
import type { OperatorCommand } from './command';

const USAGE = 'usage: pnpm gatehouse accounts create --name "Venue operator" --admin-email admin@example.com [--first-name Grace --surname Hopper]';

/** The option each input field came from, so a refusal names what the operator typed. */
const OPTION_OF: Readonly<Record<string, string>> = { name: '--name', adminEmail: '--admin-email', firstName: '--first-name', surname: '--surname' };

/**
 * A name for the invitation's greeting when none is given, from the email's local part:
 * grace.hopper@… is Grace Hopper; ops@… is Ops Admin. The admin can correct it later.
 */
export function nameFromEmail(email: string): { firstName: string; surname: string } {
  const words = (email.split('@')[0] ?? '').split(/[._+-]+/).filter((w) => /\p{L}/u.test(w));
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  const [first, ...rest] = words;
  return { firstName: first ? cap(first) : 'Account', surname: rest.length > 0 ? rest.map(cap).join(' ') : 'Admin' };
}

function problemLines(error: DomainError | DomainErrors): string[] {
  const errors = error instanceof DomainErrors ? error.errors : [error];
  return errors.map((e) => (e.field && OPTION_OF[e.field] ? `${OPTION_OF[e.field]}: ${e.message}` : e.message));
}

async function run(argv: readonly string[]): Promise<void> {
  const v = parseOptions({ name: { type: 'string' }, 'admin-email': { type: 'string' }, 'first-name': { type: 'string' }, surname: { type: 'string' } }, argv);
  if (v.name === undefined) throw new UsageError('--name is required');
  if (v['admin-email'] === undefined) throw new UsageError('--admin-email is required');
  if ((v['first-name'] === undefined) !== (v.surname === undefined)) throw new UsageError('give --first-name and --surname together, or neither');
  const derived = nameFromEmail(v['admin-email']);
  const input = { name: v.name, adminEmail: v['admin-email'], firstName: v['first-name'] ?? derived.firstName, surname: v.surname ?? derived.surname };

  const config = loadConfig();
  const db = await openDatabase(databaseTarget(config));
  try {
    // An operator is not an employee of the account: nobody is the actor of its audit events.
    const created = await provisionAccount(createUnitOfWork(db, null), systemClock, input).catch((error: unknown) => {
      if (error instanceof DomainError || error instanceof DomainErrors) throw new CommandFailed(1, problemLines(error));
      throw error;
    });
    say(created.accountId);
    say(`Created account "${input.name.trim()}" with ${input.firstName} ${input.surname} <${created.email}> as its account admin (not yet accepted).`);
    say(
      created.hasExistingLogin
        ? 'Invitation email queued. This email already has a login (another account): they accept by signing in with its password.'
        : 'Invitation email queued: the link sets their password, works once, and expires in 7 days.',
    );
  } finally {
    if (db.isInitialized) await db.destroy();
  }
}

export const accountsCreate: OperatorCommand = {
  words: ['accounts', 'create'],
  summary: 'create an account and invite its first account admin by email',
  usage: USAGE,
  run,
};
