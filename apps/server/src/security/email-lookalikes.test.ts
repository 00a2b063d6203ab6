import { buildAccount, buildEmployee } from '../test/factories';
import { fingerprint } from '../test/fingerprint';
import { startTestGatehouse, type TestGatehouse } from '../test/harness';

/*
 * Emails that look the same are the same person: Unicode NFKC, invisible characters removed,
 * trimmed and lower-cased before comparing and storing; what cannot be an address is refused.
 */
const CREATE = 'mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { email } userErrors { code field } } }';

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

async function adminOfNewAccount() {
  const accountId = await buildAccount(t.db);
  return t.as(await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' }));
}

const create = (email: string) => ({ input: { firstName: 'Look', surname: 'Alike', email, role: 'GENERAL' } });

describe('look-alike emails', () => {
  it.each([
    ['a zero-width space', 'jo\u200Bse@example.com', 'jose@example.com'],
    ['a zero-width joiner and a byte-order mark', '\uFEFFjose\u200D@example.com', 'jose@example.com'],
    ['fullwidth letters', 'ｊｏｓｅ@example.com', 'jose@example.com'],
    ['NFD against NFC', 'jose\u0301@example.com', 'jos\u00E9@example.com'],
    ['upper case and spaces', '  JOSÉ@Example.COM ', 'jos\u00E9@example.com'],
  ])('treats %s as the same person', async (_what, lookalike, original) => {
    const client = await adminOfNewAccount();
    const first = await client.gql(CREATE, create(original));
    expect(first.data?.createEmployee).toMatchObject({ userErrors: [] });
    const before = await fingerprint(t.db);
    const second = await client.gql(CREATE, create(lookalike));
    expect(second.data?.createEmployee).toEqual({ employee: null, userErrors: [{ code: 'DUPLICATE_EMAIL', field: 'email' }] });
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('stores the normal form', async () => {
    const client = await adminOfNewAccount();
    const r = await client.gql(CREATE, create('ＭＡＲＩＡ\u200B@Example.com'));
    expect(r.data?.createEmployee).toEqual({ employee: { email: 'maria@example.com' }, userErrors: [] });
  });

  it.each([['only invisible characters', '\u200B\u200C'], ['no domain dot', 'someone@localhost'], ['two at signs', 'a@b@example.com'], ['a space inside', 'some one@example.com']])(
    'refuses %s and writes nothing',
    async (_what, email) => {
      const client = await adminOfNewAccount();
      const before = await fingerprint(t.db);
      const r = await client.gql(CREATE, create(email));
      expect(r.data?.createEmployee).toEqual({ employee: null, userErrors: [{ code: 'INVALID_INPUT', field: 'email' }] });
      expect(await fingerprint(t.db)).toEqual(before);
    },
  );
});
