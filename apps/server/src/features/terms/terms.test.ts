import type { Role } from '@gatehouse/access';
import { ManualClock } from '../../test/manual-clock';
import { buildAccount, buildEmployee, type BuiltEmployee } from '../../test/factories';
import { fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';
import { DEFAULT_TERMS_TEXT } from './default-terms';
import { TERMS_EXEMPT_FIELDS } from './index';

const P = 'userErrors { code field message }';
const TERMS = '{ termsOfUse { text version isDefault publishedAt } }';
const ME = '{ me { mustAcceptTerms employee { termsAcceptedVersion termsAcceptedAt } } }';
const UPDATE = `mutation($input: UpdateTermsOfUseInput!) { updateTermsOfUse(input: $input) { termsOfUse { text version isDefault } ${P} } }`;
const RENAME = `mutation($input: RenameAccountInput!) { renameAccount(input: $input) { account { id name } ${P} } }`;
const ACCEPT = `mutation($input: AcceptTermsInput!) { acceptTerms(input: $input) { viewer { mustAcceptTerms } ${P} } }`;
const PEOPLE = '{ employees(first: 1) { totalCount } }';

const clock = new ManualClock(new Date('2026-12-02T10:00:00Z'));
let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse(undefined, {}, { clock: clock.clock });
});
afterAll(async () => t.close());

interface Venue {
  accountId: string;
  admin: TestClient;
  adminEmployee: BuiltEmployee;
  member: BuiltEmployee;
}

async function venue(): Promise<Venue> {
  const accountId = await buildAccount(t.db);
  const adminEmployee = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' });
  const member = await buildEmployee(t.db, accountId, { role: 'USER_ADMIN' });
  return { accountId, admin: await t.as(adminEmployee), adminEmployee, member };
}

const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code ?? 'OK';

describe('the terms of an account without its own', () => {
  it("are Gatehouse's built-in text, version 1, accepted once; signed out reads the same text", async () => {
    const v = await venue();
    expect((await v.admin.gql(TERMS)).data?.termsOfUse).toMatchObject({ text: DEFAULT_TERMS_TEXT, version: 1, isDefault: true });
    expect((await t.anonymous().gql(TERMS)).data?.termsOfUse).toMatchObject({ text: DEFAULT_TERMS_TEXT, version: 1, isDefault: true });
    const newcomer = await t.as(await buildEmployee(t.db, v.accountId, { termsAccepted: false }));
    expect((await newcomer.gql(ME)).data?.me).toEqual({ mustAcceptTerms: true, employee: { termsAcceptedVersion: null, termsAcceptedAt: null } });
    expect((await newcomer.gql(ACCEPT, { input: { version: 1 } })).data?.acceptTerms).toEqual({ viewer: { mustAcceptTerms: false }, userErrors: [] });
  });

  it('cannot be "corrected": the account publishes its own as a new version', async () => {
    const v = await venue();
    const before = await fingerprint(t.db);
    const r = await v.admin.gql(UPDATE, { input: { text: 'Our own terms.', asNewVersion: false } });
    expect(r.data?.updateTermsOfUse).toMatchObject({ termsOfUse: null, userErrors: [{ code: 'INVALID_INPUT', field: 'asNewVersion' }] });
    expect(await fingerprint(t.db)).toEqual(before);
  });
});

describe('only an ACCOUNT_ADMIN edits the terms and the account name', () => {
  it.each<Role>(['USER_ADMIN', 'ADMIN', 'GENERAL'])('%s is refused and nothing changes', async (role) => {
    const v = await venue();
    const who = await t.as(await buildEmployee(t.db, v.accountId, { role }));
    const before = await fingerprint(t.db);
    expect(codeOf(await who.gql(UPDATE, { input: { text: 'Hijacked terms.', asNewVersion: true } }))).toBe('FORBIDDEN');
    expect(codeOf(await who.gql(RENAME, { input: { name: 'Hijacked Venue' } }))).toBe('FORBIDDEN');
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('ACCOUNT_ADMIN renames the account (audited) and a blank name is refused', async () => {
    const v = await venue();
    const r = await v.admin.gql(RENAME, { input: { name: '  Harbour Arena  ' } });
    expect(r.data?.renameAccount).toEqual({ account: { id: v.accountId, name: 'Harbour Arena' }, userErrors: [] });
    const before = await fingerprint(t.db);
    const blank = await v.admin.gql(RENAME, { input: { name: '   ' } });
    expect(blank.data?.renameAccount).toMatchObject({ account: null, userErrors: [{ code: 'INVALID_INPUT', field: 'name' }] });
    expect(await fingerprint(t.db)).toEqual(before);
    const events: { data: unknown }[] = await t.db.query("SELECT data FROM audit_events WHERE account_id = $1 AND action = 'account.renamed'", [v.accountId]);
    expect(events.map((e) => e.data)).toEqual([{ name: { from: expect.any(String), to: 'Harbour Arena' } }]);
  });

  it('refuses a blank text and changes nothing', async () => {
    const v = await venue();
    const before = await fingerprint(t.db);
    const r = await v.admin.gql(UPDATE, { input: { text: ' \n ', asNewVersion: true } });
    expect(r.data?.updateTermsOfUse).toMatchObject({ termsOfUse: null, userErrors: [{ code: 'INVALID_INPUT', field: 'text' }] });
    expect(await fingerprint(t.db)).toEqual(before);
  });
});

describe('a new version', () => {
  it('makes every other employee accept again; the publisher has accepted it', async () => {
    const v = await venue();
    const member = await t.as(v.member);
    expect(codeOf(await member.gql(PEOPLE))).toBe('OK');
    const r = await v.admin.gql(UPDATE, { input: { text: 'Version two of our terms.', asNewVersion: true } });
    expect(r.data?.updateTermsOfUse).toEqual({ termsOfUse: { text: 'Version two of our terms.', version: 2, isDefault: false }, userErrors: [] });
    expect((await v.admin.gql(ME)).data?.me).toMatchObject({ mustAcceptTerms: false, employee: { termsAcceptedVersion: 2 } });
    expect((await member.gql(ME)).data?.me).toMatchObject({ mustAcceptTerms: true, employee: { termsAcceptedVersion: 1 } });
    expect((await member.gql(TERMS)).data?.termsOfUse).toMatchObject({ text: 'Version two of our terms.', version: 2 });
  });

  it('is enforced by the server: every other operation is refused until accepted, however it is named', async () => {
    const v = await venue();
    const member = await t.as(v.member);
    await v.admin.gql(UPDATE, { input: { text: 'Enforced terms.', asNewVersion: true } });
    const before = await fingerprint(t.db);
    for (const query of [
      PEOPLE,
      '{ renamed: employees(first: 1) { totalCount } }',
      'query { ...Sneaky } fragment Sneaky on Query { employees(first: 1) { totalCount } }',
      '{ ... on Query { departments { totalCount } } }',
      '{ me { email } employees(first: 1) { totalCount } }',
      `mutation { createDepartment(input: { name: "Sneaky" }) { ${P} } }`,
    ]) {
      const r = await member.gql(query);
      expect([codeOf(r), r.data ?? null]).toEqual(['TERMS_NOT_ACCEPTED', null]);
    }
    expect(await fingerprint(t.db)).toEqual(before);
    // What the gate needs still runs.
    expect(codeOf(await member.gql(`${ME.slice(0, -1)} termsOfUse { version } }`))).toBe('OK');
  });

  it('refuses a stale version and records the current one with its time', async () => {
    const v = await venue();
    const member = await t.as(v.member);
    await v.admin.gql(UPDATE, { input: { text: 'Version two.', asNewVersion: true } });
    await v.admin.gql(UPDATE, { input: { text: 'Version three.', asNewVersion: true } });
    const before = await fingerprint(t.db);
    const stale = await member.gql(ACCEPT, { input: { version: 2 } });
    expect(stale.data?.acceptTerms).toMatchObject({ viewer: null, userErrors: [{ code: 'STALE_TERMS_VERSION', field: 'version' }] });
    expect(await fingerprint(t.db)).toEqual(before);
    clock.advance(60_000);
    const accepted = await member.gql(ACCEPT, { input: { version: 3 } });
    expect(accepted.data?.acceptTerms).toEqual({ viewer: { mustAcceptTerms: false }, userErrors: [] });
    expect(codeOf(await member.gql(PEOPLE))).toBe('OK');
    // The admin's view of the person (the employee drawer) shows the version and the time.
    const seen = await v.admin.gql('query($id: ID!) { employee(id: $id) { termsAcceptedVersion termsAcceptedAt } }', { id: v.member.id });
    expect(seen.data?.employee).toEqual({ termsAcceptedVersion: 3, termsAcceptedAt: clock.now().toISOString() });
    const events: { actor_employee_id: string; data: unknown }[] = await t.db.query(
      "SELECT actor_employee_id, data FROM audit_events WHERE account_id = $1 AND action = 'employee.terms_accepted'",
      [v.accountId],
    );
    expect(events).toEqual([{ actor_employee_id: v.member.id, data: { version: 3 } }]);
  });

  it('a correction keeps the version: nobody is asked again', async () => {
    const v = await venue();
    const member = await t.as(v.member);
    await v.admin.gql(UPDATE, { input: { text: 'Version two with a tpyo.', asNewVersion: true } });
    await member.gql(ACCEPT, { input: { version: 2 } });
    const r = await v.admin.gql(UPDATE, { input: { text: 'Version two with a typo fixed.', asNewVersion: false } });
    expect(r.data?.updateTermsOfUse).toEqual({ termsOfUse: { text: 'Version two with a typo fixed.', version: 2, isDefault: false }, userErrors: [] });
    expect((await member.gql(ME)).data?.me).toMatchObject({ mustAcceptTerms: false });
    const actions: { action: string }[] = await t.db.query("SELECT action FROM audit_events WHERE account_id = $1 AND action LIKE 'account.terms%'", [v.accountId]);
    expect(actions.map((a) => a.action).sort()).toEqual(['account.terms_corrected', 'account.terms_published']);
  });
});

describe('the gate', () => {
  it('names only fields the schema has (a rename would lock people out)', async () => {
    const fields = new Set<string>();
    for (const root of ['__schema { queryType { fields { name } } mutationType { fields { name } } }']) {
      const r = await t.anonymous().gql(`{ ${root} }`);
      const schema = r.data?.__schema as { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } };
      for (const f of [...schema.queryType.fields, ...schema.mutationType.fields]) fields.add(f.name);
    }
    expect([...TERMS_EXEMPT_FIELDS].filter((f) => !fields.has(f))).toEqual([]);
  });

  it('lets someone who must accept log out and switch account', async () => {
    const v = await venue();
    const other = await buildAccount(t.db);
    await buildEmployee(t.db, other, { email: v.member.email });
    const member = await t.as(v.member);
    await v.admin.gql(UPDATE, { input: { text: 'Log out allowed.', asNewVersion: true } });
    expect(codeOf(await member.gql(`mutation($id: ID!) { switchAccount(input: { accountId: $id }) { ${P} } }`, { id: other }))).toBe('OK');
    expect(codeOf(await member.gql('mutation { logout { ok } }'))).toBe('OK');
  });
});
