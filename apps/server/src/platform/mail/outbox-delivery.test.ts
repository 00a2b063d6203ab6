import { buildAccount, buildEmployee } from '../../test/factories';
import { startTestGatehouse, type TestGatehouse } from '../../test/harness';
import { deliverQueuedMail } from '../../test/mailbox';
import { MailgunCompatibleServer } from '../../scripts/mail/mailgun-compatible-server';
import { createUnitOfWork } from '../db/unit-of-work';
import type { OutgoingMail } from './outbox';

/**
 * Delivery through the real mailgun.js client against a local server that speaks Mailgun's
 * messages API: both parts arrive, failures are retried with back-off until the provider
 * recovers, nothing is sent twice by two instances, and mail that never gets through ends
 * FAILED where admins see and retry it.
 */

const FROM = 'Gatehouse <no-reply@mg.example.test>';
const mailgun = new MailgunCompatibleServer('key-secret', 'mg.example.test');
let t: TestGatehouse;
let accountId: string;

beforeAll(async () => {
  await mailgun.start();
  t = await startTestGatehouse(
    undefined,
    { MAILGUN_API_KEY: mailgun.apiKey, MAILGUN_DOMAIN: mailgun.domain, MAILGUN_URL: mailgun.url, MAIL_FROM: FROM, PUBLIC_URL: 'https://gatehouse.example' },
    // As in production, committed mail wakes the worker; it never polls here, so what goes out unasked was woken.
    { mailWorker: { retry: { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 80 }, idlePollMs: 60 * 60_000, wakeOnQueued: true } },
  );
  accountId = await buildAccount(t.db, 'Arena <North> & "Co"');
});
afterAll(async () => {
  await t.close();
  await mailgun.stop();
});
afterEach(() => mailgun.recover());

let counter = 0;
function invitation(to = `guest${++counter}@example.com`): OutgoingMail {
  return {
    accountId,
    to,
    template: 'invitation',
    data: { firstName: 'Ann <b>', invitedBy: 'Bob Boss', token: `tok-${counter}-secret`, expiresAt: '2026-12-09T10:00:00.000Z' },
  };
}

async function queue(...mails: OutgoingMail[]): Promise<string[]> {
  await createUnitOfWork(t.db, null)((tx) => tx.mail(...mails));
  const rows: { id: string }[] = await t.db.query(`SELECT id FROM mail_outbox WHERE recipient = ANY($1)`, [mails.map((m) => m.to)]);
  return rows.map((r) => r.id);
}

interface OutboxRow {
  state: string;
  attempts: number;
  provider_message_id: string | null;
  last_error: string | null;
  data: Record<string, unknown>;
}
async function row(id: string | undefined): Promise<OutboxRow> {
  const [r] = await t.db.query(`SELECT state, attempts, provider_message_id, last_error, data FROM mail_outbox WHERE id = $1`, [id]);
  return r;
}

describe('Mailgun delivery', () => {
  it('delivers an invitation with both parts, the account name in each, and records the provider id', async () => {
    const mail = invitation();
    const [id] = await queue(mail);
    await deliverQueuedMail(t.gatehouse);

    const [received, ...more] = mailgun.to(mail.to);
    expect(more).toHaveLength(0);
    expect(received?.domain).toBe('mg.example.test');
    expect(received?.from).toBe(FROM);
    expect(received?.outboxId).toBe(id);
    expect(received?.subject).toBe('You are invited to Arena <North> & "Co" on Gatehouse');
    expect(received?.text).toContain('Arena <North> & "Co"');
    expect(received?.text).toContain('Hello Ann <b>,');
    expect(received?.text).toMatch(/https:\/\/gatehouse\.example\/invitation#token=tok-\d+-secret/);
    // The HTML part escapes every value and links the button and the written-out link.
    expect(received?.html).toContain('Arena &lt;North&gt; &amp; &quot;Co&quot;');
    expect(received?.html).toContain('Hello Ann &lt;b&gt;,');
    expect(received?.html).not.toContain('<b>,');
    expect(received?.html.match(/href="https:\/\/gatehouse\.example\/invitation#token=tok-\d+-secret"/g)).toHaveLength(2);
    expect(received?.html).toContain('Accept the invitation');

    const after = await row(id);
    expect(after).toMatchObject({ state: 'SENT', attempts: 1, provider_message_id: received?.id, last_error: null });
    // The raw token leaves the outbox once delivered; the rest of the data stays for support.
    expect(after.data).toEqual({ firstName: 'Ann <b>', invitedBy: 'Bob Boss', expiresAt: '2026-12-09T10:00:00.000Z' });
  });

  it('sends new mail as soon as the unit of work commits, without polling or being asked', async () => {
    const mail = invitation();
    await queue(mail);
    for (let i = 0; i < 100 && mailgun.to(mail.to).length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mailgun.to(mail.to)).toHaveLength(1);
  });

  it('retries a provider that fails three times, and delivers exactly once when it recovers', async () => {
    mailgun.failNext(3, 503);
    const callsBefore = mailgun.calls;
    const mail = invitation();
    const [id] = await queue(mail);
    await deliverQueuedMail(t.gatehouse, { includeRetries: true });

    expect(mailgun.calls - callsBefore).toBe(4);
    expect(mailgun.to(mail.to)).toHaveLength(1);
    expect(await row(id)).toMatchObject({ state: 'SENT', attempts: 4, last_error: null });
  });

  it('gives up after the last try, shows the reason to admins, and retry delivers it', async () => {
    mailgun.failAlways(503);
    const mail = invitation();
    const [id] = await queue(mail);
    await deliverQueuedMail(t.gatehouse, { includeRetries: true });
    const failed = await row(id);
    expect(failed).toMatchObject({ state: 'FAILED', attempts: 4 });
    expect(failed.last_error).toContain('Mailgun 503');
    // Not delivered: the link is still there for the retry.
    expect(failed.data.token).toEqual(expect.any(String));

    const admin = await t.as(await buildEmployee(t.db, accountId, { role: 'USER_ADMIN' }));
    const list = await admin.gql(`{ failedMail(first: 10) { totalCount edges { node { id to subject reason attempts failedAt } } } }`);
    expect(list.errors).toBeUndefined();
    const nodes = (list.data?.failedMail as { edges: { node: Record<string, unknown> }[] }).edges.map((e) => e.node);
    expect(nodes).toEqual([expect.objectContaining({ id, to: mail.to, attempts: 4, subject: 'You are invited to Arena <North> & "Co" on Gatehouse', reason: expect.stringContaining('Mailgun 503') })]);

    mailgun.recover();
    const retried = await admin.gql(`mutation($input: RetryMailInput!) { retryMail(input: $input) { retriedIds userErrors { code field message } } }`, { input: { ids: [id] } });
    expect(retried.data?.retryMail).toEqual({ retriedIds: [id], userErrors: [] });
    await deliverQueuedMail(t.gatehouse);
    expect(mailgun.to(mail.to)).toHaveLength(1);
    expect(await row(id)).toMatchObject({ state: 'SENT', attempts: 1 });
    const [audit] = await t.db.query(`SELECT data FROM audit_events WHERE action = 'mail.retried' AND account_id = $1`, [accountId]);
    expect(audit.data).toEqual({ mailIds: [id], recipients: [mail.to] });
  });

  it('lists a password reset that never got through for the user admins of the accounts its address is in, and nobody else', async () => {
    // Mail about a login belongs to no account: the accounts where the address is an employee see it.
    const email = 'reset.lost@example.com';
    await buildEmployee(t.db, accountId, { email, withPassword: true });
    const elsewhere = await buildAccount(t.db, 'Second Venue');
    await buildEmployee(t.db, elsewhere, { email, withPassword: true });
    const stranger = await t.as(await buildEmployee(t.db, await buildAccount(t.db, 'Stranger Venue'), { role: 'USER_ADMIN' }));
    mailgun.failAlways(503);
    const asked = await t.anonymous().gql('mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok } }', { input: { email } });
    expect(asked.data?.requestPasswordReset).toEqual({ ok: true });
    await deliverQueuedMail(t.gatehouse, { includeRetries: true });
    const [{ id }] = await t.db.query(`SELECT id FROM mail_outbox WHERE recipient = $1 AND account_id IS NULL AND state = 'FAILED'`, [email]);

    const FAILED_MAIL = `{ failedMail(first: 50) { totalCount edges { node { id to subject reason } } } }`;
    const listed = async (client: Awaited<ReturnType<TestGatehouse['as']>>) => {
      const r = await client.gql(FAILED_MAIL);
      expect(r.errors).toBeUndefined();
      const page = r.data?.failedMail as { totalCount: number; edges: { node: { id: string } }[] };
      return { total: page.totalCount, nodes: page.edges.map((e) => e.node) };
    };
    for (const account of [accountId, elsewhere]) {
      const { total, nodes } = await listed(await t.as(await buildEmployee(t.db, account, { role: 'USER_ADMIN' })));
      expect(nodes).toContainEqual({ id, to: email, subject: 'Reset your Gatehouse password', reason: expect.stringContaining('Mailgun 503') });
      expect(total).toBe(nodes.length);
    }
    expect((await listed(stranger)).nodes).toEqual([]);
    expect((await listed(stranger)).total).toBe(0);

    // Another account's admin cannot retry it; one of its own can, and it is delivered once.
    const RETRY_MAIL = `mutation($input: RetryMailInput!) { retryMail(input: $input) { retriedIds userErrors { code field } } }`;
    expect((await stranger.gql(RETRY_MAIL, { input: { ids: [id] } })).data?.retryMail).toEqual({ retriedIds: null, userErrors: [{ code: 'NOT_FOUND', field: 'ids' }] });
    expect(await row(id)).toMatchObject({ state: 'FAILED' });
    mailgun.recover();
    const admin = await t.as(await buildEmployee(t.db, elsewhere, { role: 'USER_ADMIN' }));
    expect((await admin.gql(RETRY_MAIL, { input: { ids: [id] } })).data?.retryMail).toEqual({ retriedIds: [id], userErrors: [] });
    await deliverQueuedMail(t.gatehouse);
    expect(mailgun.to(email)).toHaveLength(1);
    expect(await row(id)).toMatchObject({ state: 'SENT' });
  });

  it('fails at once, without retrying, when the provider refuses the message itself (400)', async () => {
    mailgun.failAlways(400);
    const callsBefore = mailgun.calls;
    const [id] = await queue(invitation());
    await deliverQueuedMail(t.gatehouse, { includeRetries: true });
    expect(mailgun.calls - callsBefore).toBe(1);
    expect(await row(id)).toMatchObject({ state: 'FAILED', attempts: 1, last_error: expect.stringContaining('Mailgun 400') });
  });

  it('fails at once a row it cannot render (a template this version does not know)', async () => {
    const [{ id }] = await t.db.query(`INSERT INTO mail_outbox (account_id, recipient, template, data) VALUES ($1, 'old@example.com', 'retired_template', '{}') RETURNING id`, [accountId]);
    await deliverQueuedMail(t.gatehouse, { includeRetries: true });
    expect(await row(id)).toMatchObject({ state: 'FAILED', attempts: 1, last_error: 'cannot render it: unknown template "retired_template"' });
    expect(mailgun.to('old@example.com')).toHaveLength(0);
  });

  it('queues nothing when the unit of work rolls back', async () => {
    const mail = invitation();
    await expect(
      createUnitOfWork(t.db, null)(async (tx) => {
        await tx.mail(mail);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await deliverQueuedMail(t.gatehouse);
    expect(await t.db.query(`SELECT id FROM mail_outbox WHERE recipient = $1`, [mail.to])).toEqual([]);
    expect(mailgun.to(mail.to)).toHaveLength(0);
  });

  it('takes again a message whose claim lease ran out (its worker died), and leaves one still leased alone', async () => {
    const dead = invitation();
    const busy = invitation();
    // As a worker leaves them mid-send: claimed once, the lease ended a minute ago / ends in a minute.
    const claimed = (mail: OutgoingMail, lease: string) =>
      t.db
        .query(`INSERT INTO mail_outbox (account_id, recipient, template, data, state, attempts, next_attempt_at) VALUES ($1, $2, $3, $4, 'SENDING', 1, now() + $5::interval) RETURNING id`, [
          mail.accountId,
          mail.to,
          mail.template,
          mail.data,
          lease,
        ])
        .then((rows: { id: string }[]) => rows[0]?.id);
    const deadId = await claimed(dead, '-1 minute');
    const busyId = await claimed(busy, '1 minute');
    await t.gatehouse.mail.deliverDue({ timeoutMs: 300 }).catch(() => undefined);
    expect(await row(deadId)).toMatchObject({ state: 'SENT', attempts: 2 });
    expect(mailgun.to(dead.to)).toHaveLength(1);
    expect(await row(busyId)).toMatchObject({ state: 'SENDING', attempts: 1 });
    expect(mailgun.to(busy.to)).toHaveLength(0);
    await t.db.query(`DELETE FROM mail_outbox WHERE id = $1`, [busyId]);
  });

  it('never sends a message twice with two server instances on one database', async () => {
    const second = await t.secondInstance();
    const mails = Array.from({ length: 300 }, () => invitation());
    // Every other message fails its first try, so retries race the other instance too.
    const tried = new Set<string>();
    mailgun.failWhen((_call, outboxId) => {
      const first = !tried.has(outboxId);
      tried.add(outboxId);
      return first && tried.size % 2 === 0 ? 503 : null;
    });
    const before = mailgun.messages.length;
    await queue(...mails);
    second.mail.nudge();
    const [byFirst, bySecond] = await Promise.all([deliverQueuedMail(t.gatehouse, { includeRetries: true }), deliverQueuedMail(second, { includeRetries: true })]);
    // Both instances took part (each call counts what it sent itself, besides the background lanes).
    expect(byFirst).toBeGreaterThan(0);
    expect(bySecond).toBeGreaterThan(0);

    const received = mailgun.messages.slice(before);
    expect(received).toHaveLength(300);
    expect(new Set(received.map((m) => m.outboxId)).size).toBe(300);
    expect(mailgun.duplicates()).toBe(0);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = ANY($1) AND state = 'SENT'`, [mails.map((m) => m.to)]);
    expect(n).toBe(300);
  });
});
