import { buildAccount, buildEmployee, TEST_PASSWORD } from '../test/factories';
import { fingerprint } from '../test/fingerprint';
import { startTestGatehouse, type TestGatehouse } from '../test/harness';

/*
 * A membership is usable only once accepted (first-run setup or an invitation). Adding
 * someone's email to another account must not let their existing password into it.
 */
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { viewer { account { name } accounts { name } } userErrors { code } } }';
const SWITCH = 'mutation($id: ID!) { switchAccount(input: { accountId: $id }) { viewer { account { name } } userErrors { code field } } }';

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

describe('an account that adds the email of someone from another account', () => {
  it('is neither listed at login nor switchable until that person accepts', async () => {
    const home = await buildAccount(t.db, 'Home Arena');
    const other = await buildAccount(t.db, 'Other Venue');
    await buildEmployee(t.db, home, { email: 'member@example.com', withPassword: true });
    await buildEmployee(t.db, other, { email: 'member@example.com', role: 'ACCOUNT_ADMIN', invitationState: 'NOT_INVITED' });
    const client = t.anonymous();
    const login = await client.gql(LOGIN, { input: { email: 'member@example.com', password: TEST_PASSWORD } });
    expect(login.data?.login).toEqual({ viewer: { account: { name: 'Home Arena' }, accounts: [{ name: 'Home Arena' }] }, userErrors: [] });
    const before = await fingerprint(t.db);
    const switched = await client.gql(SWITCH, { id: other });
    expect(switched.data?.switchAccount).toEqual({ viewer: null, userErrors: [{ code: 'NOT_FOUND', field: 'accountId' }] });
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('cannot be entered at login even when it is the only account holding that email with a password elsewhere', async () => {
    const invitedOnly = await buildAccount(t.db, 'Invited Only');
    await buildEmployee(t.db, invitedOnly, { email: 'invited.only@example.com', withPassword: true, invitationState: 'INVITED' });
    const login = await t.anonymous().gql(LOGIN, { input: { email: 'invited.only@example.com', password: TEST_PASSWORD } });
    expect(login.data?.login).toEqual({ viewer: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
  });
});
