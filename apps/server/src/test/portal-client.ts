import { hashToken, newToken } from '../platform/auth/secrets';
import type { Gatehouse } from '../server';
import { buildAccount, buildEmployee, buildExternalUser, type BuiltEmployee } from './factories';
import { TestClient, type TestGatehouse } from './harness';
import { latestMailTo, mailTo, tokenFromLink } from './mailbox';

/** Portal requests as the portal page makes them, with the browser's portal cookie. */
export class PortalBrowser {
  readonly http: TestClient;

  constructor(gatehouse: Gatehouse) {
    this.http = new TestClient(gatehouse);
  }

  async post(path: string, body: object): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await this.http.request('POST', `/api/portal${path}`, body);
    return { status: response.statusCode, body: response.body ? (JSON.parse(response.body) as Record<string, unknown>) : {} };
  }

  async get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await this.http.request('GET', `/api/portal${path}`);
    return { status: response.statusCode, body: response.body ? (JSON.parse(response.body) as Record<string, unknown>) : {} };
  }
}

/** An account with an admin, an external user and a job assigned to them (checklist A, B, C). */
export interface PortalScene {
  accountId: string;
  admin: BuiltEmployee;
  adminClient: TestClient;
  externalUserId: string;
  email: string;
  itemId: string;
  entryIds: string[];
  /** The portal link's token, read from the email. */
  token: string;
}

const CREATE = `mutation($input: CreateItemInput!) { createItem(input: $input) { item { id checklist { id } } userErrors { code field message } } }`;

/** Builds the scene through the admin API, so the link comes from the real email. */
export async function buildPortalScene(t: TestGatehouse, opts: { accountId?: string; dueAt?: string | null; title?: string } = {}): Promise<PortalScene> {
  const accountId = opts.accountId ?? (await buildAccount(t.db));
  const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' });
  const n = Math.random().toString(36).slice(2, 8);
  const email = `steward-${n}@example.com`;
  const externalUserId = await buildExternalUser(t.db, accountId, { email, firstName: 'Sam', lastName: `Steward${n}` });
  const client = await t.as(admin);
  const created = await client.gql(CREATE, {
    input: { module: 'JOBS', title: opts.title ?? `Gate check ${n}`, assignedExternalUserIds: [externalUserId], checklist: ['A', 'B', 'C'], dueAt: opts.dueAt ?? null },
  });
  const item = (created.data?.createItem as { item: { id: string; checklist: { id: string }[] } | null; userErrors: unknown[] }).item;
  if (!item) throw new Error(`createItem failed: ${JSON.stringify(created)}`);
  const mail = await latestMailTo(t.gatehouse, email);
  return { accountId, admin, adminClient: client, externalUserId, email, itemId: item.id, entryIds: item.checklist.map((c) => c.id), token: tokenFromLink(mail.links[0]) };
}

/** The newest code emailed to `email` (the 6 digits of the portal_code mail's subject). */
export async function latestCode(gatehouse: Gatehouse, email: string): Promise<string> {
  const mails = await mailTo(gatehouse, email);
  const code = mails.map((m) => /^(\d{6}) /.exec(m.subject)?.[1]).find((c) => c !== undefined);
  if (code === undefined) throw new Error(`no code mailed to ${email}`);
  return code;
}

/** How many codes were mailed to `email`. */
export async function codesMailed(gatehouse: Gatehouse, email: string): Promise<number> {
  return (await mailTo(gatehouse, email)).filter((m) => /^\d{6} /.test(m.subject)).length;
}

/** A browser that has verified for the scene's external user and accepted the terms. */
export async function verifiedBrowser(t: TestGatehouse, scene: PortalScene, opts: { acceptTerms?: boolean } = {}): Promise<PortalBrowser> {
  const browser = new PortalBrowser(t.gatehouse);
  const sent = await browser.post('/code', { token: scene.token });
  if (sent.status !== 204) throw new Error(`code request refused: ${JSON.stringify(sent)}`);
  const verified = await browser.post('/verify', { token: scene.token, code: await latestCode(t.gatehouse, scene.email) });
  if (verified.status !== 204) throw new Error(`verify refused: ${JSON.stringify(verified)}`);
  if (opts.acceptTerms !== false) {
    const home = await browser.get('/home');
    const terms = home.body.terms as { version: number } | null;
    if (terms) await browser.post('/terms', { version: terms.version });
  }
  return browser;
}

/**
 * A browser already verified for an external user who has accepted the account's current
 * terms: a portal session stored as the server stores one (hash only), without the mail round trip.
 */
export async function portalBrowserFor(t: TestGatehouse, accountId: string, externalUserId: string): Promise<PortalBrowser> {
  const token = newToken();
  await t.db.query(
    `INSERT INTO portal_sessions (account_id, external_user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, now(), now() + interval '1 day')`,
    [accountId, externalUserId, hashToken(token)],
  );
  await t.db.query('UPDATE external_users x SET terms_accepted_version = a.external_terms_version FROM accounts a WHERE a.id = x.account_id AND x.id = $1', [externalUserId]);
  const browser = new PortalBrowser(t.gatehouse);
  browser.http.cookies.set('gh_portal', token);
  return browser;
}

/** Assigns external users to items directly (each with a fresh link token), as createItem would. */
export async function assignExternalUsers(t: TestGatehouse, accountId: string, pairs: readonly { itemId: string; externalUserId: string }[]): Promise<void> {
  for (const p of pairs) {
    await t.db.query('INSERT INTO item_external_assignments (item_id, external_user_id, account_id, token_hash, assigned_at) VALUES ($1, $2, $3, $4, now())', [
      p.itemId,
      p.externalUserId,
      accountId,
      hashToken(newToken()),
    ]);
  }
}
