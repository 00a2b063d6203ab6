import type { Role } from '@gatehouse/access';
import { createUnitOfWork } from '../../platform/db/unit-of-work';
import type { OutgoingMail } from '../../platform/mail/outbox';
import { buildAccount, buildEmployee } from '../../test/factories';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';
import { deliverQueuedMail, latestMailTo, tokenFromLink } from '../../test/mailbox';

/**
 * Who may see and retry failed mail, and the development mailbox: what it holds for whom, and
 * that production refuses it.
 */

const FAILED = `{ failedMail(first: 10) { edges { node { id to reason } } } }`;
const RETRY = `mutation($input: RetryMailInput!) { retryMail(input: $input) { retriedIds userErrors { code field } } }`;
const MAILBOX = `{ mailboxAvailable mailbox(first: 10) { totalCount edges { node { id to subject links } } } }`;
const MESSAGE = `query($id: ID!) { mailboxMessage(id: $id) { subject from to html text links } }`;

let t: TestGatehouse;
let accountId: string;
let otherAccountId: string;

beforeAll(async () => {
  t = await startTestGatehouse();
  accountId = await buildAccount(t.db, 'Harbour Arena');
  otherAccountId = await buildAccount(t.db, 'Other Venue');
});
afterAll(async () => t.close());

async function queue(...mails: OutgoingMail[]): Promise<void> {
  await createUnitOfWork(t.db, null)((tx) => tx.mail(...mails));
}

/** A FAILED email in the account, as the worker leaves it after the last try. */
async function failedMail(account: string, to: string): Promise<string> {
  const [row] = await t.db.query(
    `INSERT INTO mail_outbox (account_id, recipient, template, data, state, attempts, last_error, failed_at)
     VALUES ($1, $2, 'password_reset', '{"token":"t","expiresAt":"2026-12-02T12:00:00Z"}', 'FAILED', 8, 'Mailgun 503: down', now()) RETURNING id`,
    [account, to],
  );
  return row.id;
}

async function stateOf(id: string): Promise<string> {
  const [row] = await t.db.query(`SELECT state FROM mail_outbox WHERE id = $1`, [id]);
  return row.state;
}

describe('failedMail and retryMail by role', () => {
  it.each<[Role, boolean]>([
    ['ACCOUNT_ADMIN', true],
    ['USER_ADMIN', true],
    ['ADMIN', false],
    ['GENERAL', false],
  ])('%s may list and retry: %s', async (role, allowed) => {
    const id = await failedMail(accountId, `${role.toLowerCase()}@example.com`);
    const client = await t.as(await buildEmployee(t.db, accountId, { role }));
    const list = await client.gql(FAILED);
    const retry = await client.gql(RETRY, { input: { ids: [id] } });
    if (allowed) {
      expect(list.errors).toBeUndefined();
      expect((list.data?.failedMail as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id)).toContain(id);
      expect(retry.data?.retryMail).toEqual({ retriedIds: [id], userErrors: [] });
      expect(await stateOf(id)).toBe('PENDING');
    } else {
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(retry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await stateOf(id)).toBe('FAILED');
    }
    await t.db.query(`DELETE FROM mail_outbox WHERE id = $1`, [id]);
  });

  it('refuses anyone not logged in', async () => {
    const list = await t.anonymous().gql(FAILED);
    expect(list.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('retryMail input', () => {
  let admin: TestClient;
  beforeAll(async () => {
    admin = await t.as(await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' }));
  });

  it("treats another account's failed mail like a missing one, and then retries none of the list", async () => {
    const mine = await failedMail(accountId, 'mine@example.com');
    const theirs = await failedMail(otherAccountId, 'theirs@example.com');
    const result = await admin.gql(RETRY, { input: { ids: [mine, theirs] } });
    expect(result.data?.retryMail).toEqual({ retriedIds: null, userErrors: [{ code: 'NOT_FOUND', field: 'ids' }] });
    expect(await stateOf(mine)).toBe('FAILED');
    expect(await stateOf(theirs)).toBe('FAILED');
    const missing = await admin.gql(RETRY, { input: { ids: ['00000000-0000-4000-8000-000000000000', 'not-a-uuid'] } });
    expect(missing.data?.retryMail).toEqual({ retriedIds: null, userErrors: [{ code: 'NOT_FOUND', field: 'ids' }] });
    const audits = await t.db.query(`SELECT id FROM audit_events WHERE action = 'mail.retried' AND data->'mailIds' ? $1`, [mine]);
    expect(audits).toEqual([]);
  });

  it('refuses an empty list and more than 200 ids, changing nothing', async () => {
    const id = await failedMail(accountId, 'many@example.com');
    expect((await admin.gql(RETRY, { input: { ids: [] } })).data?.retryMail).toEqual({ retriedIds: null, userErrors: [{ code: 'INVALID_INPUT', field: 'ids' }] });
    const tooMany = await admin.gql(RETRY, { input: { ids: [id, ...Array.from({ length: 200 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)] } });
    expect(tooMany.data?.retryMail ?? null).toBeNull();
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stateOf(id)).toBe('FAILED');
  });

  it('does not retry mail that is not failed (already retried or delivered)', async () => {
    const id = await failedMail(accountId, 'twice@example.com');
    expect((await admin.gql(RETRY, { input: { ids: [id] } })).data?.retryMail).toEqual({ retriedIds: [id], userErrors: [] });
    expect((await admin.gql(RETRY, { input: { ids: [id] } })).data?.retryMail).toEqual({ retriedIds: null, userErrors: [{ code: 'NOT_FOUND', field: 'ids' }] });
  });
});

describe('sendTestMail', () => {
  const SEND = `mutation { sendTestMail { sentTo userErrors { code } } }`;

  it('sends the admin at most 5 test emails an hour, also under 12 parallel requests', async () => {
    const admin = await buildEmployee(t.db, accountId, { role: 'USER_ADMIN', email: 'tester@example.com', firstName: 'Tess' });
    const client = await t.as(admin);
    const results = await Promise.all(Array.from({ length: 12 }, () => client.gql(SEND)));
    const payloads = results.map((r) => r.data?.sendTestMail as { sentTo: string | null; userErrors: { code: string }[] });
    expect(payloads.filter((p) => p.sentTo === 'tester@example.com')).toHaveLength(5);
    expect(payloads.filter((p) => p.userErrors[0]?.code === 'THROTTLED')).toHaveLength(7);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = 'tester@example.com'`);
    expect(n).toBe(5);
    const mail = await latestMailTo(t.gatehouse, 'tester@example.com');
    expect(mail.subject).toBe('Test email from Harbour Arena on Gatehouse');
    expect(mail.text).toContain('Hello Tess,');
  });

  it('is not for ADMIN or GENERAL', async () => {
    const client = await t.as(await buildEmployee(t.db, accountId, { role: 'GENERAL' }));
    expect((await client.gql(SEND)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the development mailbox', () => {
  it("lists the account's mail newest first and opens a message with both parts; another account's is not there", async () => {
    const admin = await buildEmployee(t.db, accountId, { role: 'USER_ADMIN' });
    const client = await t.as(admin);
    await queue(
      { accountId, to: 'ann@example.com', template: 'invitation', data: { firstName: 'Ann', invitedBy: null, token: 'first-token', expiresAt: '2026-12-09T10:00:00Z' } },
      { accountId: otherAccountId, to: 'zed@example.com', template: 'portal_code', data: { firstName: 'Zed', code: '123456', validMinutes: 10 } },
    );
    // Delivered one after the other: mail of one batch is sent at once, in no particular order.
    await deliverQueuedMail(t.gatehouse);
    await queue({ accountId, to: 'ann@example.com', template: 'portal_code', data: { firstName: 'Ann', code: '654321', validMinutes: 10 } });
    await deliverQueuedMail(t.gatehouse);

    const r = await client.gql(MAILBOX);
    expect(r.errors).toBeUndefined();
    expect(r.data?.mailboxAvailable).toBe(true);
    // (Earlier tests retried failed mail of this account: it is in the mailbox too.)
    const nodes = (r.data?.mailbox as { edges: { node: { id: string; to: string; subject: string; links: string[] } }[] }).edges.map((e) => e.node).filter((n) => n.to === 'ann@example.com');
    expect(nodes.map((n) => n.subject)).toEqual(['654321 is your Harbour Arena code', 'You are invited to Harbour Arena on Gatehouse']);
    expect(nodes[1]?.links).toEqual(['http://localhost:0/invitation#token=first-token']);

    const opened = await client.gql(MESSAGE, { id: nodes[1]?.id });
    const message = opened.data?.mailboxMessage as { html: string; text: string; from: string; to: string };
    expect(message.to).toBe('ann@example.com');
    expect(message.from).toBe('Gatehouse <no-reply@gatehouse.local>');
    expect(message.html).toContain('href="http://localhost:0/invitation#token=first-token"');
    expect(message.text).toContain('Harbour Arena');

    const outsider = await t.as(await buildEmployee(t.db, otherAccountId, { role: 'ACCOUNT_ADMIN' }));
    expect((await outsider.gql(MESSAGE, { id: nodes[1]?.id })).data?.mailboxMessage).toBeNull();
    // Delivered: the outbox no longer holds the token or the code.
    const rows = await t.db.query(`SELECT data FROM mail_outbox WHERE recipient = 'ann@example.com'`);
    expect(rows.every((row: { data: Record<string, unknown> }) => !('token' in row.data) && !('code' in row.data))).toBe(true);
  });

  it('files mail about a login in every account where the address is an employee, and the test helpers read it', async () => {
    const both = await buildEmployee(t.db, accountId, { email: 'both@example.com' });
    await buildEmployee(t.db, otherAccountId, { email: 'both@example.com' });
    await queue({ accountId: null, to: both.email, template: 'password_reset', data: { token: 'reset-me', expiresAt: '2026-12-02T13:00:00Z' } });
    const mail = await latestMailTo(t.gatehouse, 'BOTH@example.com');
    expect(mail.subject).toBe('Reset your Gatehouse password');
    expect(tokenFromLink(mail.links[0])).toBe('reset-me');
    const filed: { account_id: string }[] = await t.db.query(`SELECT account_id FROM dev_mailbox WHERE recipient = $1`, [both.email]);
    expect(filed.map((f) => f.account_id).sort()).toEqual([accountId, otherAccountId].sort());
  });

  it('is not for ADMIN or GENERAL', async () => {
    const client = await t.as(await buildEmployee(t.db, accountId, { role: 'ADMIN' }));
    expect((await client.gql(`{ mailbox(first: 5) { edges { node { id } } } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('in production', () => {
  it('refuses the mailbox and says it is not available', async () => {
    const prod = await startTestGatehouse(undefined, { NODE_ENV: 'production', PUBLIC_URL: 'https://gatehouse.example' });
    try {
      const account = await buildAccount(prod.db);
      const client = await prod.as(await buildEmployee(prod.db, account, { role: 'ACCOUNT_ADMIN' }));
      const available = await client.gql(`{ mailboxAvailable }`);
      expect(available.data?.mailboxAvailable).toBe(false);
      const list = await client.gql(`{ mailbox(first: 5) { edges { node { id } } } }`);
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(list.errors?.[0]?.message).toMatch(/off in production/);
      const one = await client.gql(MESSAGE, { id: '00000000-0000-4000-8000-000000000000' });
      expect(one.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // Failed mail is a production feature.
      expect((await client.gql(FAILED)).errors).toBeUndefined();
    } finally {
      await prod.close();
    }
  });
});
