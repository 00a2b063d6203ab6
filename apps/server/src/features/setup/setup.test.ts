import { hashToken } from '../../platform/auth/secrets';
import { createUnitOfWork } from '../../platform/db/unit-of-work';
import { fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type TestGatehouse } from '../../test/harness';
import { issueSetupTokenIfNeeded } from './setup.commands';

const SETUP = `mutation($input: CompleteSetupInput!) { completeSetup(input: $input) {
  viewer { email account { name } employee { role fullName invitationState termsAcceptedAt termsAcceptedVersion } settingsAreas mustAcceptTerms } userErrors { code field message } } }`;

// Every test gets its own empty database, so each passes alone and in any order.
let t: TestGatehouse;
beforeEach(async () => {
  t = await startTestGatehouse();
});
afterEach(async () => t.close());

const tokenOf = (url: string | null) => new URL(String(url)).searchParams.get('token') ?? '';
const printedToken = () => tokenOf(t.gatehouse.setupUrl);
const input = (token: string, overrides: Record<string, unknown> = {}) => ({
  token,
  accountName: 'Riverside Stadium',
  firstName: 'Grace',
  surname: 'Hopper',
  email: 'Grace@Riverside.example',
  password: 'nautical compiler 1952',
  acceptTerms: true,
  ...overrides,
});

/** Another server instance starting on the same empty database prints its own link. */
async function secondPrintedToken(): Promise<string> {
  const other = await t.secondInstance();
  return tokenOf(other.setupUrl);
}

async function unusedTokenCount(): Promise<number> {
  const rows: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM setup_tokens WHERE used_at IS NULL');
  return rows[0]?.n ?? 0;
}

describe('first run', () => {
  it('prints a setup link on an empty database and reports that setup is needed', async () => {
    expect(t.gatehouse.setupUrl).toMatch(/^http:\/\/localhost:0\/setup\?token=[A-Za-z0-9_-]{43}$/);
    expect((await t.anonymous().gql('{ setupStatus { needsSetup } }')).data).toEqual({ setupStatus: { needsSetup: true } });
    const stored: { token_hash: string }[] = await t.db.query('SELECT token_hash FROM setup_tokens');
    const hashes = stored.map((r) => r.token_hash);
    // Only the hash of the printed token is kept, never the token itself.
    expect(hashes).toEqual([hashToken(printedToken())]);
    expect(hashes).not.toContain(printedToken());
  });

  it.each([
    ['a short password', { password: 'short pass' }, 'password', 'WEAK_PASSWORD'],
    ['a common password', { password: '1qaz2wsx3edc' }, 'password', 'WEAK_PASSWORD'],
    ['the email as password', { password: 'grace@riverside.example' }, 'password', 'WEAK_PASSWORD'],
    ['terms not accepted', { acceptTerms: false }, 'acceptTerms', 'INVALID_INPUT'],
    ['a blank account name', { accountName: '  ' }, 'accountName', 'INVALID_INPUT'],
    ['a wrong token', { token: 'x'.repeat(43) }, 'token', 'INVALID_TOKEN'],
  ])('refuses %s and writes nothing', async (_what, overrides, field, code) => {
    const before = await fingerprint(t.db);
    const result = await t.anonymous().gql(SETUP, { input: input(printedToken(), overrides) });
    expect(result.data?.completeSetup).toMatchObject({ viewer: null, userErrors: [{ field, code }] });
    expect(await fingerprint(t.db)).toEqual(before);
    expect(await unusedTokenCount()).toBe(1);
  });

  // Several instances may each print a link; whichever one the operator opens must work.
  it.each([
    ['the first instance', 'first'],
    ['a later instance', 'later'],
  ] as const)('accepts the link printed by %s while another is outstanding', async (_what, which) => {
    const first = printedToken();
    const later = await secondPrintedToken();
    expect(later).not.toEqual(first);
    expect(await unusedTokenCount()).toBe(2);
    const result = await t.anonymous().gql(SETUP, { input: input(which === 'first' ? first : later) });
    expect(result.data?.completeSetup).toMatchObject({ userErrors: [], viewer: { email: 'grace@riverside.example' } });
  });

  it('creates the account and its ACCOUNT_ADMIN and logs them in', async () => {
    const client = t.anonymous();
    const result = await client.gql(SETUP, { input: input(printedToken()) });
    expect(result.data?.completeSetup).toMatchObject({
      userErrors: [],
      viewer: {
        email: 'grace@riverside.example',
        account: { name: 'Riverside Stadium' },
        employee: { role: 'ACCOUNT_ADMIN', fullName: 'Grace Hopper', invitationState: 'ACCEPTED', termsAcceptedVersion: 1 },
        settingsAreas: ['ACCOUNT', 'USERS', 'OTHER'],
        // Ticking the box on the setup page accepted the account's first terms: no gate.
        mustAcceptTerms: false,
      },
    });
    expect((await client.gql('{ me { email } }')).data).toEqual({ me: { email: 'grace@riverside.example' } });
    const login = await t.anonymous().gql('mutation($i: LoginInput!) { login(input: $i) { viewer { email } userErrors { code } } }', { i: { email: 'grace@riverside.example', password: 'nautical compiler 1952' } });
    expect(login.data?.login).toEqual({ viewer: { email: 'grace@riverside.example' }, userErrors: [] });
    const audit: { action: string }[] = await t.db.query('SELECT action FROM audit_events');
    expect(audit.map((a) => a.action)).toEqual(['account.created']);
  });

  it('works once: the used link, every other link and every later attempt are refused', async () => {
    const used = printedToken();
    const other = await secondPrintedToken();
    const done = await t.anonymous().gql(SETUP, { input: input(used) });
    expect(done.data?.completeSetup).toMatchObject({ userErrors: [], viewer: { email: 'grace@riverside.example' } });

    const before = await fingerprint(t.db);
    for (const token of [used, other]) {
      const result = await t.anonymous().gql(SETUP, { input: input(token, { email: 'second@riverside.example' }) });
      expect(result.data?.completeSetup).toMatchObject({ viewer: null, userErrors: [{ code: 'SETUP_DONE' }] });
    }
    expect(await issueSetupTokenIfNeeded(createUnitOfWork(t.db, null))).toBeNull();
    expect(await fingerprint(t.db)).toEqual(before);
    expect((await t.anonymous().gql('{ setupStatus { needsSetup } }')).data).toEqual({ setupStatus: { needsSetup: false } });
  });
});
