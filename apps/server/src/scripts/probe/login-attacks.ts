import { outcome, ProbeClient, tally } from './probe-client';
import type { ProbeContext } from './probe-context';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { viewer { email accounts { name } } userErrors { code } } }';

const attempt = (c: ProbeClient, email: string, password: string, headers: Record<string, string> = {}) =>
  c.gql(LOGIN, { input: { email, password } }, headers).then((a) => outcome(a, 'login'));

/** 60 failures for different emails, each claiming another X-Forwarded-For address. */
export async function rotatingForwardedFor(p: ProbeContext): Promise<string> {
  const codes: string[] = [];
  for (let i = 0; i < 60; i++) codes.push(await attempt(p.client(), p.seed.email(`xff${i}`), 'wrong password!!', { 'x-forwarded-for': `198.51.100.${i}` }));
  return tally(codes);
}

/** 20 wrong passwords for one email, all at once. */
export async function parallelGuesses(p: ProbeContext): Promise<string> {
  const email = p.seed.email('parallel');
  await p.seed.employee(await p.seed.account('Parallel'), email, { passwordHash: p.passwordHash });
  const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(p.client(), email, `wrong guess ${i}`)));
  return tally(codes);
}

/** After 4 failures, 20 parallel attempts with the right password among them. */
export async function hiddenRightPassword(p: ProbeContext): Promise<string> {
  const email = p.seed.email('hidden');
  await p.seed.employee(await p.seed.account('Hidden'), email, { passwordHash: p.passwordHash });
  for (let i = 0; i < 4; i++) await attempt(p.client(), email, `wrong ${i}`);
  const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(p.client(), email, i === 19 ? p.password : `wrong again ${i}`)));
  return `${tally(codes)} (verified: ${codes.filter((c) => c !== 'THROTTLED').length})`;
}

/** Another account adds the email of someone with a password elsewhere. */
export async function unacceptedMembership(p: ProbeContext): Promise<string> {
  const email = p.seed.email('member');
  await p.seed.employee(await p.seed.account('Home'), email, { passwordHash: p.passwordHash });
  const other = await p.seed.account('Other');
  await p.seed.employee(other, email, { role: 'ACCOUNT_ADMIN', invitation: 'NOT_INVITED' });
  const c = p.client();
  const login = await c.gql(LOGIN, { input: { email, password: p.password } });
  const accounts = (login.body.data?.login as { viewer: { accounts: unknown[] } | null } | undefined)?.viewer?.accounts.length ?? 0;
  const switched = await c.gql('mutation($id: ID!) { switchAccount(input: { accountId: $id }) { viewer { email } userErrors { code } } }', { id: other });
  return `accounts listed at login: ${accounts}; switchAccount into the other account: ${outcome(switched, 'switchAccount')}`;
}

/** 60 `login` aliases in one request. */
export async function loginAliases(p: ProbeContext): Promise<string> {
  const fields = Array.from({ length: 60 }, (_, i) => `l${i}: login(input: { email: "${p.seed.email(`alias${i}`)}", password: "wrong password!!" }) { userErrors { code } }`);
  const a = await p.client().gql(`mutation { ${fields.join(' ')} }`);
  const evaluated = Object.values(a.body.data ?? {}).filter((v) => JSON.stringify(v).includes('INVALID_CREDENTIALS')).length;
  return `HTTP ${a.status}${a.body.errors ? ` ${a.body.errors[0]?.extensions?.code}` : ''}, ${evaluated} passwords verified, ${a.ms.toFixed(0)} ms`;
}
