import 'reflect-metadata';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../config';
import { hasNoAccounts, insertAccount } from '../features/accounts';
import { isUuid } from '../platform/db/uuid';
import { createUnitOfWork } from '../platform/db/unit-of-work';
import { databaseTarget, openDatabase } from '../server';
import { formatMs, intOption, parseOptions, runCli, say, UsageError } from './cli';
import { DEFAULT_SEED, refreshPlannerStatistics, seedDemoDataIn, type DemoDataResult } from './demo/seed';

const USAGE = 'usage: pnpm demo-data [--employees N] [--account "Name" | --account-id <uuid>] [--seed N] [--list-accounts]';
const DEFAULT_EMPLOYEES = 500;
const DEFAULT_ACCOUNT = 'Demo Arena';
/** Large enough for any demo, small enough that a typo (an extra zero or two) does not fill the disk. */
const MAX_EMPLOYEES = 1_000_000;

interface Args {
  readonly employees: number;
  /** Unchosen: the only account there is (or a new demo account on an empty database). */
  readonly account: { readonly kind: 'new'; readonly name: string } | { readonly kind: 'existing'; readonly id: string } | { readonly kind: 'unchosen' };
  readonly seed: number;
  readonly listAccounts: boolean;
}

function parse(): Args {
  const v = parseOptions({
    employees: { type: 'string' },
    account: { type: 'string' },
    'account-id': { type: 'string' },
    seed: { type: 'string' },
    'list-accounts': { type: 'boolean' },
  });
  if (v.account !== undefined && v['account-id'] !== undefined) throw new UsageError('--account and --account-id exclude each other');
  const id = v['account-id'];
  if (id !== undefined && !isUuid(id)) throw new UsageError(`--account-id: "${id}" is not an account id (a UUID)`);
  const name = v.account?.trim();
  if (name === '') throw new UsageError('--account: the name is empty');
  return {
    employees: intOption('employees', v.employees, DEFAULT_EMPLOYEES, 0, MAX_EMPLOYEES),
    account: id !== undefined ? { kind: 'existing', id } : name !== undefined ? { kind: 'new', name } : { kind: 'unchosen' },
    seed: intOption('seed', v.seed, DEFAULT_SEED, 0, 2 ** 32 - 1),
    listAccounts: v['list-accounts'] === true,
  };
}

/** Where the data went, in the words main.ts uses. */
function describeTarget(config: Config): string {
  return config.databaseUrl !== undefined ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${path.join(config.dataDir, 'pg')}`;
}

async function listAccounts(db: DataSource): Promise<{ id: string; name: string; employees: number }[]> {
  return db.query('SELECT a.id, a.name, (SELECT count(*)::int FROM employees e WHERE e.account_id = a.id) AS employees FROM accounts a ORDER BY a.created_at');
}

function printAccounts(accounts: readonly { id: string; name: string; employees: number }[]): void {
  if (accounts.length === 0) say('  (no accounts yet)');
  for (const a of accounts) say(`  ${a.id}  ${a.name}  (${a.employees} employees)`);
}

/** Creates the account (when asked) and its data in one transaction: a failure leaves no empty account behind. */
type ChosenAccount = { kind: 'new'; name: string } | { kind: 'existing'; id: string };

async function fill(db: DataSource, args: Omit<Args, 'account'> & { account: ChosenAccount }): Promise<{ result: DemoDataResult; name: string; wasEmpty: boolean }> {
  return createUnitOfWork(db, null)(async (tx) => {
    const wasEmpty = await hasNoAccounts(tx);
    if (args.account.kind === 'existing') {
      const result = await seedDemoDataIn(tx, { accountId: args.account.id, employees: args.employees, seed: args.seed });
      return { result, name: '', wasEmpty };
    }
    const accountId = await insertAccount(tx, args.account.name);
    await tx.audit({ action: 'account.created', targetId: accountId, data: { name: args.account.name, by: 'demo-data' } }, { accountId, employeeId: null });
    const result = await seedDemoDataIn(tx, { accountId, employees: args.employees, seed: args.seed });
    return { result, name: args.account.name, wasEmpty };
  });
}

function printSummary(name: string, r: DemoDataResult, ms: number, where: string): void {
  const c = r.counts;
  say(`Demo data added to "${name}" (${r.accountId}) in ${where}:`);
  say(`  ${c.departments} departments, ${c.userGroups} user groups`);
  say(`  ${c.employees} employees: ${c.byRole.ACCOUNT_ADMIN} account admins, ${c.byRole.USER_ADMIN} user admins, ${c.byRole.ADMIN} admins, ${c.byRole.GENERAL} general; ${c.inactive} inactive`);
  say(`  invitations: ${c.byInvitationState.ACCEPTED} accepted, ${c.byInvitationState.INVITED} invited, ${c.byInvitationState.NOT_INVITED} not invited`);
  say(`  ${c.groupMemberships} group memberships, ${c.modulePermissions} stored module permissions`);
  say(`  took ${formatMs(ms)}; demo people have no password (invite them from the admin app to log in as one)`);
}

/**
 * Which account to fill. Without --account or --account-id: the only account there is (the
 * one first-run setup made, so its admin sees the data), a new demo account on an empty
 * database, and a question when there are several.
 */
function chooseAccount(
  account: Args['account'],
  accounts: readonly { id: string; name: string; employees: number }[],
  where: string,
): ChosenAccount {
  if (account.kind === 'new') return account;
  if (account.kind === 'existing') {
    if (accounts.some((a) => a.id === account.id)) return account;
    say(`No account ${account.id} in ${where}. Accounts:`);
    printAccounts(accounts);
    throw new UsageError('--account-id: no such account');
  }
  const [only, ...others] = accounts;
  if (only === undefined) return { kind: 'new', name: DEFAULT_ACCOUNT };
  if (others.length === 0) return { kind: 'existing', id: only.id };
  say(`${accounts.length} accounts in ${where}:`);
  printAccounts(accounts);
  throw new UsageError('several accounts: choose one with --account-id <id>, or name a new one with --account "Name"');
}

async function main(): Promise<void> {
  const args = parse();
  const config = loadConfig();
  const where = describeTarget(config);
  const db = await openDatabase(databaseTarget(config));
  try {
    if (args.listAccounts) {
      say(`Accounts in ${where}:`);
      printAccounts(await listAccounts(db));
      return;
    }
    const accounts = await listAccounts(db);
    const chosen = chooseAccount(args.account, accounts, where);
    const target = chosen.kind === 'existing' ? accounts.find((a) => a.id === chosen.id) : undefined;
    const started = performance.now();
    const { result, name, wasEmpty } = await fill(db, { ...args, account: chosen });
    await refreshPlannerStatistics(db);
    const accountName = target?.name ?? name;
    printSummary(accountName, result, performance.now() - started, where);
    if (wasEmpty) {
      say('Note: this database had no account, so first-run setup is now done and no setup link will be printed.');
      say(`      Nobody in "${accountName}" has a password. To log in, complete first-run setup on an empty database`);
      say('      (`pnpm start` prints the link), then run `pnpm demo-data --account-id <id>` (ids: `pnpm demo-data --list-accounts`).');
    }
  } finally {
    if (db.isInitialized) await db.destroy();
  }
}

runCli('demo-data', USAGE, main);
