import { createHash } from 'node:crypto';
import { API_TOKEN_PREFIX } from '../../platform/auth/api-token-format';
import { createUnitOfWork } from '../../platform/db/unit-of-work';
import { buildAccount, buildApiToken, buildDepartment, buildEmployee, type BuiltEmployee } from '../../test/factories';
import { fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type GraphQLResult, type TestClient, type TestGatehouse } from '../../test/harness';
import { LAST_USED_INTERVAL_SECONDS } from './api-token.authentication';
import { touchApiToken } from './api-token.queries';

const CREATE = `mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id name role status expiresAt createdBy { id fullName } } userErrors { code field message } } }`;
const REVOKE = `mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { id status revokedAt } userErrors { code field } } }`;
const LIST = '{ apiTokens(first: 50) { edges { node { id name status lastUsedAt } } } }';
const DEPARTMENTS = '{ departments { totalCount edges { node { id } } } }';

/** The test's clock: tests move it forward instead of waiting. */
let now = new Date();
let t: TestGatehouse;
let accountId: string;
let adminPerson: BuiltEmployee;
let admin: TestClient;

beforeAll(async () => {
  t = await startTestGatehouse(undefined, {}, { clock: () => now });
  accountId = await buildAccount(t.db);
  adminPerson = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN', firstName: 'Ada', surname: 'Admin' });
  await buildDepartment(t.db, accountId, 'Security');
  admin = await t.as(adminPerson);
});
afterAll(async () => t.close());
beforeEach(() => {
  now = new Date();
});

interface Created {
  token: string;
  apiToken: { id: string; name: string; role: string; status: string; expiresAt: string | null; createdBy: { id: string; fullName: string } };
}

async function create(input: Record<string, unknown>): Promise<Created> {
  const r = await admin.gql(CREATE, { input });
  expect(r.errors).toBeUndefined();
  const payload = r.data?.createApiToken as Created & { userErrors: unknown[] };
  expect(payload.userErrors).toEqual([]);
  return payload;
}

const codeOf = (r: GraphQLResult) => r.errors?.map((e) => e.extensions?.code);

describe('creating a token', () => {
  it('returns a prefixed 256-bit secret once and stores only its SHA-256 hash', async () => {
    const { token, apiToken } = await create({ name: 'Turnstile sync', role: 'USER_ADMIN' });
    expect(token.startsWith(API_TOKEN_PREFIX)).toBe(true);
    expect(Buffer.from(token.slice(API_TOKEN_PREFIX.length), 'base64url')).toHaveLength(32);
    expect(apiToken).toMatchObject({ name: 'Turnstile sync', role: 'USER_ADMIN', status: 'ACTIVE', expiresAt: null, createdBy: { id: adminPerson.id, fullName: 'Ada Admin' } });

    // Read the table: the secret is nowhere in it, its hash is.
    const [row] = await t.db.query('SELECT row_to_json(t)::text AS text, token_hash FROM api_tokens t WHERE id = $1', [apiToken.id]);
    expect(row.text).not.toContain(token);
    expect(row.text).not.toContain(token.slice(API_TOKEN_PREFIX.length));
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('base64url'));
    // Two tokens never share a secret.
    expect((await create({ name: 'Second', role: 'GENERAL' })).token).not.toBe(token);
    // The list never shows a secret either.
    expect(JSON.stringify(await admin.gql('{ apiTokens { edges { node { id name } } } }'))).not.toContain(token);
  });

  it('writes an audit event naming the token', async () => {
    const { apiToken } = await create({ name: 'Audited app', role: 'ADMIN' });
    const [event] = await t.db.query('SELECT action, actor_employee_id, target_type, data FROM audit_events WHERE target_id = $1', [apiToken.id]);
    expect(event).toMatchObject({ action: 'api_token.created', actor_employee_id: adminPerson.id, target_type: 'api_token', data: { name: 'Audited app', role: 'ADMIN' } });
  });

  it.each([
    ['an ACCOUNT_ADMIN role', { name: 'Too strong', role: 'ACCOUNT_ADMIN' }, [{ code: 'ROLE_NOT_ALLOWED', field: 'role' }]],
    ['an empty name', { name: '   ', role: 'GENERAL' }, [{ code: 'INVALID_INPUT', field: 'name' }]],
    ['an expiry in the past', { name: 'Late', role: 'GENERAL', expiresAt: new Date(Date.now() - 60_000).toISOString() }, [{ code: 'INVALID_INPUT', field: 'expiresAt' }]],
    ['every problem at once', { name: '', role: 'ACCOUNT_ADMIN' }, [{ code: 'INVALID_INPUT', field: 'name' }, { code: 'ROLE_NOT_ALLOWED', field: 'role' }]],
  ])('refuses %s with userErrors and changes nothing', async (_what, input, errors) => {
    const before = await fingerprint(t.db);
    const r = await admin.gql(CREATE, { input });
    expect(r.errors).toBeUndefined();
    const payload = r.data?.createApiToken as { token: string | null; apiToken: unknown; userErrors: { code: string; field: string }[] };
    expect(payload.token).toBeNull();
    expect(payload.apiToken).toBeNull();
    expect(payload.userErrors.map(({ code, field }) => ({ code, field }))).toEqual(errors);
    expect(await fingerprint(t.db)).toEqual(before);
  });
});

describe('calling the API with a token', () => {
  it('works with the role’s rights, and its audit events name the token', async () => {
    const { token } = await create({ name: 'Roster import', role: 'USER_ADMIN' });
    const client = t.bearer(token);
    const r = await client.gql(DEPARTMENTS);
    expect(r.errors).toBeUndefined();
    expect(r.data?.departments).toMatchObject({ totalCount: 1 });

    const made = await client.gql('mutation { createDepartment(input: { name: "Made by a token" }) { department { id } userErrors { code } } }');
    const departmentId = (made.data?.createDepartment as { department: { id: string } }).department.id;
    const log = await admin.gql('query($filter: AuditEventFilter) { auditEvents(first: 5, filter: $filter) { edges { node { action actor { id } apiToken { name } } } } }', {
      filter: { targetId: departmentId },
    });
    expect(log.data?.auditEvents).toEqual({ edges: [{ node: { action: 'department.created', actor: null, apiToken: { name: 'Roster import' } } }] });
  });

  it('fails with UNAUTHENTICATED at the very next request after it is revoked', async () => {
    const { token, apiToken } = await create({ name: 'Soon revoked', role: 'USER_ADMIN' });
    const client = t.bearer(token);
    expect((await client.gql(DEPARTMENTS)).errors).toBeUndefined();

    const revoked = await admin.gql(REVOKE, { input: { id: apiToken.id } });
    expect(revoked.data?.revokeApiToken).toMatchObject({ apiToken: { id: apiToken.id, status: 'REVOKED' }, userErrors: [] });
    expect(codeOf(await client.gql(DEPARTMENTS))).toEqual(['UNAUTHENTICATED']);

    // Revoking again changes nothing (no second audit event).
    const before = await fingerprint(t.db);
    expect((await admin.gql(REVOKE, { input: { id: apiToken.id } })).data?.revokeApiToken).toMatchObject({ apiToken: { status: 'REVOKED' }, userErrors: [] });
    expect(await fingerprint(t.db)).toEqual(before);
    const events = await t.db.query('SELECT action FROM audit_events WHERE target_id = $1 ORDER BY at', [apiToken.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['api_token.created', 'api_token.revoked']);
  });

  it('fails with UNAUTHENTICATED once it has expired (by the server’s clock)', async () => {
    const { token, apiToken } = await create({ name: 'Short lived', role: 'USER_ADMIN', expiresAt: new Date(now.getTime() + 3_600_000).toISOString() });
    const client = t.bearer(token);
    expect((await client.gql(DEPARTMENTS)).errors).toBeUndefined();
    now = new Date(now.getTime() + 3_600_000 - 1000);
    expect((await client.gql(DEPARTMENTS)).errors).toBeUndefined();
    now = new Date(now.getTime() + 1000);
    expect(codeOf(await client.gql(DEPARTMENTS))).toEqual(['UNAUTHENTICATED']);
    const list = await admin.gql(LIST);
    const listed = (list.data?.apiTokens as { edges: { node: { id: string; status: string } }[] }).edges.find((e) => e.node.id === apiToken.id);
    expect(listed?.node.status).toBe('EXPIRED');
  });

  it('gives malformed, unknown and tampered tokens the same UNAUTHENTICATED answer', async () => {
    const { token } = await create({ name: 'Genuine', role: 'USER_ADMIN' });
    // Changing the last character always changes the token (otherwise it would be the real one, 1 time in 64).
    const changeLast = (raw: string) => `${raw.slice(0, -1)}${raw.at(-1) === 'A' ? 'B' : 'A'}`;
    const tampered = changeLast(token);
    const unknown = changeLast((await buildApiToken(t.db, accountId)).token);
    const candidates = [tampered, unknown, `${API_TOKEN_PREFIX}short`, `${token}x`, 'not-a-token', ''];
    const answers = await Promise.all(candidates.map(async (candidate) => {
      const r = await t.bearer(candidate).gql(DEPARTMENTS);
      return JSON.stringify(r);
    }));
    expect(JSON.parse(answers[0] ?? '{}')).toMatchObject({ data: null, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(answers).toEqual(answers.map(() => answers[0]));
    // The genuine one still works.
    expect((await t.bearer(token).gql(DEPARTMENTS)).errors).toBeUndefined();
  });

  it('never falls back to the session cookie when the bearer token is bad', async () => {
    const r = await admin.gql(DEPARTMENTS, {}, { authorization: `Bearer ${API_TOKEN_PREFIX}${'x'.repeat(43)}` });
    expect(codeOf(r)).toEqual(['UNAUTHENTICATED']);
  });

  it('is not a person: me is null, switching account is FORBIDDEN, logout ends nothing', async () => {
    const { token } = await create({ name: 'Headless', role: 'USER_ADMIN' });
    const client = t.bearer(token);
    expect(await client.gql('{ me { email } }')).toEqual({ data: { me: null } });
    expect(codeOf(await client.gql(`mutation { switchAccount(input: { accountId: "${accountId}" }) { userErrors { code } } }`))).toEqual(['FORBIDDEN']);
    expect((await client.gql('mutation { logout { ok } }')).data).toEqual({ logout: { ok: true } });
    expect((await client.gql(DEPARTMENTS)).errors).toBeUndefined();
  });

  it('deletes people with its own confirmation only, never a person’s', async () => {
    const { token } = await create({ name: 'Leaver sync', role: 'USER_ADMIN' });
    const client = t.bearer(token);
    const leaver = await buildEmployee(t.db, accountId, { role: 'GENERAL' });
    const DELETE = `mutation($input: DeleteEmployeesInput!) { deleteEmployees(input: $input) { deletedIds userErrors { code field } } }`;
    const person = (await admin.gql('mutation($input: RequestDeleteChallengeInput!) { requestDeleteChallenge(input: $input) { challenge { id code } } }', { input: { employeeIds: [leaver.id] } })).data
      ?.requestDeleteChallenge as { challenge: { id: string; code: string } };
    const stolen = await client.gql(DELETE, { input: { employeeIds: [leaver.id], challengeId: person.challenge.id, code: person.challenge.code } });
    expect(stolen.data?.deleteEmployees).toEqual({ deletedIds: null, userErrors: [{ code: 'CHALLENGE_INVALID', field: 'challengeId' }] });

    const own = (await client.gql('mutation($input: RequestDeleteChallengeInput!) { requestDeleteChallenge(input: $input) { challenge { id code } } }', { input: { employeeIds: [leaver.id] } })).data
      ?.requestDeleteChallenge as { challenge: { id: string; code: string } };
    const deleted = await client.gql(DELETE, { input: { employeeIds: [leaver.id], challengeId: own.challenge.id, code: own.challenge.code } });
    expect(deleted.data?.deleteEmployees).toEqual({ deletedIds: [leaver.id], userErrors: [] });
    const [event] = await t.db.query("SELECT actor_employee_id, actor_api_token_id FROM audit_events WHERE action = 'employee.deleted' AND target_id = $1", [leaver.id]);
    expect(event).toMatchObject({ actor_employee_id: null, actor_api_token_id: expect.any(String) });
  });

  it('cannot manage API tokens, whatever its role', async () => {
    const { token } = await create({ name: 'Would-be minter', role: 'USER_ADMIN' });
    const client = t.bearer(token);
    const before = await fingerprint(t.db);
    expect(codeOf(await client.gql(LIST))).toEqual(['FORBIDDEN']);
    expect(codeOf(await client.gql(CREATE, { input: { name: 'Child', role: 'GENERAL' } }))).toEqual(['FORBIDDEN']);
    expect(await fingerprint(t.db)).toEqual(before);
  });
});

describe('a token of account A and account B', () => {
  it('never sees B’s data, and B’s token id behaves like a missing one', async () => {
    const otherAccount = await buildAccount(t.db);
    const otherPerson = await buildEmployee(t.db, otherAccount, { role: 'ACCOUNT_ADMIN' });
    const otherDepartment = await buildDepartment(t.db, otherAccount, 'Elsewhere');
    const otherToken = await buildApiToken(t.db, otherAccount, { role: 'USER_ADMIN' });
    const { token } = await create({ name: 'Tenant A app', role: 'USER_ADMIN' });
    const client = t.bearer(token);

    const lists = await client.gql('{ employees(first: 200) { edges { node { id } } } departments { edges { node { id } } } auditEvents(first: 200) { edges { node { id } } } }');
    expect(lists.errors).toBeUndefined();
    const text = JSON.stringify(lists);
    expect(text).toContain(adminPerson.id);
    for (const id of [otherPerson.id, otherDepartment, otherAccount]) expect(text).not.toContain(id);
    expect(await client.gql('query($id: ID!) { employee(id: $id) { id } }', { id: otherPerson.id })).toEqual({ data: { employee: null } });

    const cross = await admin.gql(REVOKE, { input: { id: otherToken.id } });
    const missing = await admin.gql(REVOKE, { input: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(cross).toEqual(missing);
    expect(cross.data?.revokeApiToken).toEqual({ apiToken: null, userErrors: [{ code: 'NOT_FOUND', field: 'id' }] });
    expect((await t.bearer(otherToken.token).gql(DEPARTMENTS)).errors).toBeUndefined();
  });
});

describe('CSRF prevention', () => {
  const get = (client: TestClient, headers: Record<string, string> = {}) => client.request('GET', `/graphql?query=${encodeURIComponent('{ departments { totalCount } }')}`, undefined, headers);

  it('accepts a bearer request without the preflight header', async () => {
    const { token } = await create({ name: 'Plain client', role: 'USER_ADMIN' });
    const response = await get(t.bearer(token));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ data: { departments: { totalCount: expect.any(Number) } } });
  });

  it('still refuses a cookie request without it, and accepts it with it', async () => {
    const refused = await get(admin);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('CSRF');
    const accepted = await get(admin, { 'apollo-require-preflight': 'true' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ data: { departments: { totalCount: expect.any(Number) } } });
  });
});

describe('last used', () => {
  const lastUsed = async (id: string): Promise<Date | null> => (await t.db.query('SELECT last_used_at FROM api_tokens WHERE id = $1', [id]))[0]?.last_used_at ?? null;

  it('is written by exactly one of many parallel updates in an interval', async () => {
    const { id } = await buildApiToken(t.db, accountId);
    const uow = createUnitOfWork(t.db, null);
    const at = new Date();
    const wrote = await Promise.all(Array.from({ length: 20 }, () => uow((tx) => touchApiToken(tx, id, at, LAST_USED_INTERVAL_SECONDS))));
    expect(wrote.filter(Boolean)).toHaveLength(1);
    const later = new Date(at.getTime() + (LAST_USED_INTERVAL_SECONDS - 1) * 1000);
    expect(await uow((tx) => touchApiToken(tx, id, later, LAST_USED_INTERVAL_SECONDS))).toBe(false);
    const next = new Date(at.getTime() + LAST_USED_INTERVAL_SECONDS * 1000);
    const again = await Promise.all(Array.from({ length: 20 }, () => uow((tx) => touchApiToken(tx, id, next, LAST_USED_INTERVAL_SECONDS))));
    expect(again.filter(Boolean)).toHaveLength(1);
  });

  it('moves at most once a minute under parallel requests', async () => {
    const { id, token } = await buildApiToken(t.db, accountId, { role: 'USER_ADMIN' });
    // Every write to the row is counted, whichever request makes it.
    await t.db.query('CREATE TABLE IF NOT EXISTS token_touches (id uuid)');
    await t.db.query(`CREATE OR REPLACE FUNCTION count_token_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO token_touches VALUES (NEW.id); RETURN NEW; END $$`);
    await t.db.query('DROP TRIGGER IF EXISTS token_touch ON api_tokens');
    await t.db.query('CREATE TRIGGER token_touch AFTER UPDATE ON api_tokens FOR EACH ROW EXECUTE FUNCTION count_token_touch()');
    const touches = async () => (await t.db.query('SELECT count(*)::int AS n FROM token_touches WHERE id = $1', [id]))[0]?.n;
    const burst = () => Promise.all(Array.from({ length: 12 }, () => t.bearer(token).gql(DEPARTMENTS)));

    for (const r of await burst()) expect(r.errors).toBeUndefined();
    expect(await touches()).toBe(1);
    expect((await lastUsed(id))?.getTime()).toBe(now.getTime());

    const first = now;
    now = new Date(first.getTime() + 30_000);
    await burst();
    expect(await touches()).toBe(1);
    expect((await lastUsed(id))?.getTime()).toBe(first.getTime());

    now = new Date(first.getTime() + LAST_USED_INTERVAL_SECONDS * 1000);
    await burst();
    expect(await touches()).toBe(2);
    expect((await lastUsed(id))?.getTime()).toBe(now.getTime());
    await t.db.query('DROP TRIGGER token_touch ON api_tokens');
  });
});
