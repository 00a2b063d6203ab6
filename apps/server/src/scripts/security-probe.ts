import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../platform/auth/passwords';
import { parseOptions, runCli, say, UsageError } from './cli';
import * as admin from './probe/admin-attacks';
import * as limits from './probe/limit-attacks';
import * as logins from './probe/login-attacks';
import { ProbeClient } from './probe/probe-client';
import type { ProbeContext } from './probe/probe-context';
import { ProbeSeed } from './probe/probe-seed';

const USAGE = 'usage: pnpm probe:security --url http://127.0.0.1:PORT/graphql --database-url postgres://…/db (both loopback; the server should run with NODE_ENV=production)';

/** Each attack; the IP's login budget is reset before each one. */
const ATTACKS: readonly [string, (p: ProbeContext) => Promise<string>][] = [
  ['60 failed logins, rotating X-Forwarded-For', logins.rotatingForwardedFor],
  ['20 parallel wrong passwords, one email', logins.parallelGuesses],
  ['right password hidden in 20 parallel, after 4 failures', logins.hiddenRightPassword],
  ['login into an account that only added my email', logins.unacceptedMembership],
  ['60 login aliases in one request', logins.loginAliases],
  ['USER_ADMIN moves an ACCOUNT_ADMIN between groups', admin.userAdminMovesAccountAdmin],
  ['600 wrong delete numbers, then the right one', admin.guessDeleteNumber],
  ['look-alike emails', admin.lookalikeEmails],
  ['unknown ids in remove lists: the field named', admin.wrongFieldNames],
  ['6,000 setupStatus priced with @skip on, run with it off', limits.skipPriceCache],
  ['2,000 me (GENERAL) priced with @skip on, run off', limits.skipPriceCacheMe],
  ['4,900 setupStatus aliases', limits.manyDatabaseFields],
  ['a query over the cost limit', limits.overCost],
  ['12,000 nodes', limits.tooManyNodes],
  ['a crafted cursor', limits.craftedCursor],
  ['NUL bytes', limits.nulBytes],
  ['a misspelt field', limits.schemaHints],
];

function loopback(url: string, option: string): string {
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)) throw new UsageError(`${option}: only a loopback address`);
  return url;
}

async function main(): Promise<void> {
  const v = parseOptions({ url: { type: 'string' }, 'database-url': { type: 'string' } });
  if (!v.url || !v['database-url']) throw new UsageError('--url and --database-url are required');
  const url = loopback(v.url, '--url');
  const seed = await ProbeSeed.open(loopback(v['database-url'], '--database-url'));
  const password = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  const context: ProbeContext = {
    seed,
    password,
    passwordHash,
    client: () => new ProbeClient(url),
    async loggedIn(accountId, role) {
      const email = seed.email(`${role.toLowerCase()}.${randomBytes(3).toString('hex')}`);
      const employeeId = await seed.employee(accountId, email, { role, passwordHash });
      const client = new ProbeClient(url);
      // A different socket is not available here; the IP's login attempts are given back on success.
      await client.gql('mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }', { i: { email, password } });
      return { client, employeeId };
    },
  };
  try {
    for (const [name, attack] of ATTACKS) {
      await seed.resetLoopbackThrottle();
      say(`${name}: ${await attack(context).catch((e: unknown) => `probe failed: ${e instanceof Error ? e.message : String(e)}`)}`);
    }
  } finally {
    await seed.close();
  }
}

runCli('probe:security', USAGE, main);
