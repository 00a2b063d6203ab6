import { testDatabaseUrl } from '../../config';
import { hashToken } from '../../platform/auth/secrets';
import { DEFAULT_EXTERNAL_TERMS_TEXT, DEFAULT_TERMS_TEXT } from '../terms';
import { buildEmployee } from '../../test/factories';
import { changedTables, fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, TestClient, type TestGatehouse } from '../../test/harness';
import { ManualClock } from '../../test/manual-clock';
import { latestMailTo, mailTo } from '../../test/mailbox';
import { buildPortalScene, codesMailed, latestCode, PortalBrowser, verifiedBrowser, type PortalScene } from '../../test/portal-client';

const clock = new ManualClock(new Date('2026-12-02T10:00:00Z'));
let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse(undefined, {}, { clock: clock.clock });
});
afterAll(async () => t.close());

const MINUTE = 60_000;
const P = 'userErrors { code field message }';

/** Any 6 digits other than `code`. */
function wrong(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}

async function ask(browser: PortalBrowser, scene: PortalScene) {
  return browser.post('/code', { token: scene.token });
}

describe('the link', () => {
  it('shows the item and the masked email, never the email itself', async () => {
    const scene = await buildPortalScene(t);
    const mail = await latestMailTo(t.gatehouse, scene.email);
    expect(mail.links[0]).toMatch(/\/portal#token=/);
    const link = await new PortalBrowser(t.gatehouse).post('/link', { token: scene.token });
    expect(link.status).toBe(200);
    expect(link.body).toMatchObject({ itemId: scene.itemId, maskedEmail: 's•••@e•••.com', verified: false });
    expect(JSON.stringify(link.body)).not.toContain(scene.email);
  });

  it('is stored only as a hash, ≥128 bits', async () => {
    const scene = await buildPortalScene(t);
    expect(Buffer.from(scene.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const rows: { token_hash: string }[] = await t.db.query('SELECT token_hash FROM item_external_assignments WHERE external_user_id = $1', [scene.externalUserId]);
    expect(rows).toEqual([{ token_hash: hashToken(scene.token) }]);
    const dump = JSON.stringify(await t.db.query('SELECT * FROM item_external_assignments'));
    expect(dump).not.toContain(scene.token);
  });

  it('of a removed assignment is dead and says so', async () => {
    const scene = await buildPortalScene(t);
    await scene.adminClient.gql(`mutation($input: UpdateItemInput!) { updateItem(input: $input) { item { id } ${P} } }`, {
      input: { id: scene.itemId, title: 'Gate check', description: '', assignedExternalUserIds: [] },
    });
    const link = await new PortalBrowser(t.gatehouse).post('/link', { token: scene.token });
    expect(link.status).toBe(404);
    expect(link.body).toMatchObject({ error: 'LINK_DEAD' });
    expect(String(link.body.message)).toContain('no longer works');
    expect((await new PortalBrowser(t.gatehouse).post('/code', { token: scene.token })).status).toBe(404);
  });
});

describe('one-time codes', () => {
  it('are 6 digits, stored only as hashes', async () => {
    const scene = await buildPortalScene(t);
    expect((await ask(new PortalBrowser(t.gatehouse), scene)).status).toBe(204);
    const code = await latestCode(t.gatehouse, scene.email);
    expect(code).toMatch(/^\d{6}$/);
    const rows: Record<string, unknown>[] = await t.db.query('SELECT * FROM portal_codes WHERE external_user_id = $1', [scene.externalUserId]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(code);
    expect(rows[0]?.code_hash).toBe(hashToken(`${scene.externalUserId}:${code}`));
  });

  it('five wrong codes burn it: the right one no longer works', async () => {
    const scene = await buildPortalScene(t);
    const browser = new PortalBrowser(t.gatehouse);
    await ask(browser, scene);
    const code = await latestCode(t.gatehouse, scene.email);
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await browser.post('/verify', { token: scene.token, code: wrong(code) }));
    expect(answers.map((a) => [a.status, a.body.error, a.body.attemptsLeft])).toEqual([
      [400, 'CODE_WRONG', 4],
      [400, 'CODE_WRONG', 3],
      [400, 'CODE_WRONG', 2],
      [400, 'CODE_WRONG', 1],
      [400, 'CODE_EXPIRED', undefined],
    ]);
    expect(await browser.post('/verify', { token: scene.token, code })).toMatchObject({ status: 400, body: { error: 'CODE_EXPIRED' } });
    expect(browser.http.cookies.has('gh_portal')).toBe(false);
  });

  it('four wrong then the right one verifies', async () => {
    const scene = await buildPortalScene(t);
    const browser = new PortalBrowser(t.gatehouse);
    await ask(browser, scene);
    const code = await latestCode(t.gatehouse, scene.email);
    for (let i = 0; i < 4; i += 1) await browser.post('/verify', { token: scene.token, code: wrong(code) });
    expect((await browser.post('/verify', { token: scene.token, code })).status).toBe(204);
  });

  it('five wrong entries in parallel, then the right one: never more than five comparisons', async () => {
    const scene = await buildPortalScene(t);
    const browser = new PortalBrowser(t.gatehouse);
    await ask(browser, scene);
    const code = await latestCode(t.gatehouse, scene.email);
    const second = new TestClient(await t.secondInstance());
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 === 0 ? browser.http : second).request('POST', '/api/portal/verify', { token: scene.token, code: wrong(code) }).then((r) => JSON.parse(r.body) as { error: string }),
      ),
    );
    expect(answers.filter((a) => a.error === 'CODE_WRONG')).toHaveLength(4);
    const rows: { attempts: number }[] = await t.db.query('SELECT attempts FROM portal_codes WHERE external_user_id = $1', [scene.externalUserId]);
    expect(rows).toEqual([{ attempts: 5 }]);
    expect((await browser.post('/verify', { token: scene.token, code })).status).toBe(400);
  });

  it('expire after 10 minutes', async () => {
    const scene = await buildPortalScene(t);
    const browser = new PortalBrowser(t.gatehouse);
    await ask(browser, scene);
    const code = await latestCode(t.gatehouse, scene.email);
    clock.advance(10 * MINUTE);
    expect(await browser.post('/verify', { token: scene.token, code })).toMatchObject({ status: 400, body: { error: 'CODE_EXPIRED' } });
  });

  it('work at 9:59 and only once', async () => {
    const scene = await buildPortalScene(t);
    const first = new PortalBrowser(t.gatehouse);
    await ask(first, scene);
    const code = await latestCode(t.gatehouse, scene.email);
    clock.advance(10 * MINUTE - 1000);
    expect((await first.post('/verify', { token: scene.token, code })).status).toBe(204);
    const again = new PortalBrowser(t.gatehouse);
    expect(await again.post('/verify', { token: scene.token, code })).toMatchObject({ status: 400, body: { error: 'CODE_EXPIRED' } });
  });

  it('used by parallel requests with the right code verify exactly one browser', async () => {
    const scene = await buildPortalScene(t);
    await ask(new PortalBrowser(t.gatehouse), scene);
    const code = await latestCode(t.gatehouse, scene.email);
    const other = await t.secondInstance();
    const browsers = Array.from({ length: 8 }, (_, i) => new TestClient(i % 2 === 0 ? t.gatehouse : other));
    const statuses = await Promise.all(browsers.map((b) => b.request('POST', '/api/portal/verify', { token: scene.token, code }).then((r) => r.statusCode)));
    expect(statuses.filter((s) => s === 204)).toHaveLength(1);
    const sessions: unknown[] = await t.db.query('SELECT id FROM portal_sessions WHERE external_user_id = $1', [scene.externalUserId]);
    expect(sessions).toHaveLength(1);
  });

  it('a new code replaces the previous one', async () => {
    const scene = await buildPortalScene(t);
    const browser = new PortalBrowser(t.gatehouse);
    await ask(browser, scene);
    const first = await latestCode(t.gatehouse, scene.email);
    clock.advance(MINUTE);
    await ask(browser, scene);
    const second = await latestCode(t.gatehouse, scene.email);
    if (first !== second) expect((await browser.post('/verify', { token: scene.token, code: first })).status).toBe(400);
    expect((await browser.post('/verify', { token: scene.token, code: second })).status).toBe(204);
  });
});

describe('code requests', () => {
  it('at most one a minute, then one again after the minute', async () => {
    const scene = await buildPortalScene(t);
    const browser = new PortalBrowser(t.gatehouse);
    expect((await ask(browser, scene)).status).toBe(204);
    clock.advance(30_000);
    const refused = await ask(browser, scene);
    expect(refused).toMatchObject({ status: 429, body: { error: 'THROTTLED', retryAfterSeconds: 30 } });
    clock.advance(30_000);
    expect((await ask(browser, scene)).status).toBe(204);
    expect(await codesMailed(t.gatehouse, scene.email)).toBe(2);
  });

  // PGlite is one connection: a lock held by a second transaction would stop the server too.
  (testDatabaseUrl() === undefined ? it.skip : it)('a request the sent codes already refuse waits for no lock and writes nothing', async () => {
    const scene = await buildPortalScene(t);
    const browser = new PortalBrowser(t.gatehouse);
    expect((await ask(browser, scene)).status).toBe(204);
    clock.advance(10_000);
    const holder = t.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query('SELECT id FROM external_users WHERE id = $1 FOR UPDATE', [scene.externalUserId]);
      const before = await fingerprint(t.db);
      const waited = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 3_000));
      const refused = await Promise.race([ask(browser, scene), waited]);
      expect(refused).toMatchObject({ status: 429, body: { error: 'THROTTLED', retryAfterSeconds: 50 } });
      expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    expect(await codesMailed(t.gatehouse, scene.email)).toBe(1);
  });

  it('at most ten an hour', async () => {
    const scene = await buildPortalScene(t);
    const browser = new PortalBrowser(t.gatehouse);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      statuses.push((await ask(browser, scene)).status);
      clock.advance(MINUTE);
    }
    expect(statuses).toEqual([...Array(10).fill(204), 429, 429]);
    // The first code leaves the hour 60 minutes after it was sent: at minute 60, one more.
    clock.advance(48 * MINUTE);
    expect((await ask(browser, scene)).status).toBe(204);
    expect(await codesMailed(t.gatehouse, scene.email)).toBe(11);
  });

  it('truly parallel requests on two server instances send exactly one code', async () => {
    const scene = await buildPortalScene(t);
    const other = await t.secondInstance();
    const clients = Array.from({ length: 16 }, (_, i) => new TestClient(i % 2 === 0 ? t.gatehouse : other));
    const statuses = await Promise.all(clients.map((c) => c.request('POST', '/api/portal/code', { token: scene.token }).then((r) => r.statusCode)));
    expect(statuses.filter((s) => s === 204)).toHaveLength(1);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    expect(await codesMailed(t.gatehouse, scene.email)).toBe(1);
  });

  it('in parallel bursts over an hour never exceed ten', async () => {
    const scene = await buildPortalScene(t);
    const other = await t.secondInstance();
    let sent = 0;
    for (let minute = 0; minute < 14; minute += 1) {
      const statuses = await Promise.all(
        Array.from({ length: 4 }, (_, i) => new TestClient(i % 2 === 0 ? t.gatehouse : other).request('POST', '/api/portal/code', { token: scene.token }).then((r) => r.statusCode)),
      );
      sent += statuses.filter((s) => s === 204).length;
      clock.advance(MINUTE);
    }
    expect(sent).toBe(10);
    expect(await codesMailed(t.gatehouse, scene.email)).toBe(10);
  });
});

describe('the verified browser', () => {
  it('gets an httpOnly SameSite=Strict cookie holding a token stored only as a hash, for 24 hours', async () => {
    const scene = await buildPortalScene(t);
    const browser = new PortalBrowser(t.gatehouse);
    await ask(browser, scene);
    const response = await browser.http.request('POST', '/api/portal/verify', { token: scene.token, code: await latestCode(t.gatehouse, scene.email) });
    const cookie = response.cookies.find((c) => c.name === 'gh_portal');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/portal', maxAge: 86400 });
    const rows: { token_hash: string }[] = await t.db.query('SELECT token_hash FROM portal_sessions WHERE external_user_id = $1', [scene.externalUserId]);
    expect(rows).toEqual([{ token_hash: hashToken(cookie?.value ?? '') }]);
    const verifiedAt: { last_verified_at: Date }[] = await t.db.query('SELECT last_verified_at FROM external_users WHERE id = $1', [scene.externalUserId]);
    expect(verifiedAt[0]?.last_verified_at.toISOString()).toBe(clock.now().toISOString());
  });

  it('stays verified until 24 hours, then needs a new code', async () => {
    const scene = await buildPortalScene(t);
    const browser = await verifiedBrowser(t, scene);
    clock.advance(24 * 60 * MINUTE - 1000);
    expect((await browser.get(`/items/${scene.itemId}`)).status).toBe(200);
    clock.advance(1000);
    expect((await browser.get(`/items/${scene.itemId}`)).status).toBe(401);
    expect((await browser.get('/home')).status).toBe(401);
  });

  it('must accept the terms first, and the acceptance is recorded with its version', async () => {
    const scene = await buildPortalScene(t);
    const browser = await verifiedBrowser(t, scene, { acceptTerms: false });
    expect(await browser.get(`/items/${scene.itemId}`)).toMatchObject({ status: 403, body: { error: 'TERMS_NOT_ACCEPTED' } });
    const home = await browser.get('/home');
    const terms = home.body.terms as { version: number; text: string };
    expect(terms.text.length).toBeGreaterThan(20);
    expect(await browser.post('/terms', { version: terms.version + 1 })).toMatchObject({ status: 409 });
    expect((await browser.post('/terms', { version: terms.version })).status).toBe(204);
    const rows: { terms_accepted_version: number }[] = await t.db.query('SELECT terms_accepted_version FROM external_users WHERE id = $1', [scene.externalUserId]);
    expect(rows).toEqual([{ terms_accepted_version: terms.version }]);
    expect((await browser.get(`/items/${scene.itemId}`)).status).toBe(200);
  });

  it('shows the terms written for external users, never the employees’, each versioned apart', async () => {
    const scene = await buildPortalScene(t);
    const browser = await verifiedBrowser(t, scene, { acceptTerms: false });
    const builtIn = (await browser.get('/home')).body.terms as { version: number; text: string };
    expect(builtIn.text).toBe(DEFAULT_EXTERNAL_TERMS_TEXT);
    expect(builtIn.text).not.toBe(DEFAULT_TERMS_TEXT);

    const publish = (audience: string | null, text: string) =>
      scene.adminClient.gql(`mutation($input: UpdateTermsOfUseInput!) { updateTermsOfUse(input: $input) { termsOfUse { audience version text } ${P} } }`, {
        input: { text, asNewVersion: true, ...(audience ? { audience } : {}) },
      });
    // The employees' new version is theirs alone: the portal still shows the external users' text.
    expect((await publish(null, 'Employees: keep your password to yourself.')).data?.updateTermsOfUse).toMatchObject({ termsOfUse: { audience: 'EMPLOYEES' }, userErrors: [] });
    expect((await browser.get('/home')).body.terms).toEqual(builtIn);
    expect((await browser.post('/terms', { version: builtIn.version })).status).toBe(204);
    expect((await browser.get(`/items/${scene.itemId}`)).status).toBe(200);

    // A new version for external users asks them again, and shows its text.
    const published = await publish('EXTERNAL_USERS', 'Stewards: use the link only for your assigned jobs.');
    expect(published.data?.updateTermsOfUse).toMatchObject({ termsOfUse: { audience: 'EXTERNAL_USERS', version: builtIn.version + 1 }, userErrors: [] });
    expect(await browser.get(`/items/${scene.itemId}`)).toMatchObject({ status: 403, body: { error: 'TERMS_NOT_ACCEPTED' } });
    expect((await browser.get('/home')).body.terms).toEqual({ version: builtIn.version + 1, text: 'Stewards: use the link only for your assigned jobs.' });
    // Employees are not asked again for the external users' version (the admin accepted theirs by publishing).
    const me = await scene.adminClient.gql('query { me { mustAcceptTerms } }');
    expect(me.data?.me).toMatchObject({ mustAcceptTerms: false });
  });

  it('ticks as the external user; the admin sees who ticked and when', async () => {
    const scene = await buildPortalScene(t);
    const browser = await verifiedBrowser(t, scene);
    const ticked = await browser.post(`/items/${scene.itemId}/entries/${scene.entryIds[0]}`, { ticked: true });
    expect(ticked.status).toBe(200);
    const admin = await scene.adminClient.gql('query($id: ID!) { item(id: $id) { assignedExternalUsers { id } checklist { text tick { name employeeId byExternalUser at } } } }', { id: scene.itemId });
    const item = admin.data?.item as { checklist: { text: string; tick: { name: string; employeeId: string | null; byExternalUser: boolean; at: string } | null }[] };
    expect(item.checklist[0]?.tick).toMatchObject({ name: expect.stringMatching(/^Sam Steward/), employeeId: null, byExternalUser: true });
    expect(item.checklist[1]?.tick).toBeNull();
    expect((await browser.post(`/items/${scene.itemId}/entries/${scene.entryIds[0]}`, { ticked: false })).status).toBe(200);
  });

  it('cannot tick once the item is completed, and sees it as completed', async () => {
    const scene = await buildPortalScene(t);
    const browser = await verifiedBrowser(t, scene);
    await scene.adminClient.gql(`mutation($id: ID!) { completeItem(input: { id: $id }) { item { id } ${P} } }`, { id: scene.itemId });
    expect((await browser.get(`/items/${scene.itemId}`)).body).toMatchObject({ status: 'COMPLETED', kind: 'Job' });
    expect(await browser.post(`/items/${scene.itemId}/entries/${scene.entryIds[0]}`, { ticked: true })).toMatchObject({ status: 409, body: { error: 'ITEM_COMPLETED' } });
  });

  it('says the item is past due after its due date', async () => {
    const scene = await buildPortalScene(t, { dueAt: new Date(clock.now().getTime() + 60 * MINUTE).toISOString() });
    const browser = await verifiedBrowser(t, scene);
    expect((await browser.get(`/items/${scene.itemId}`)).body).toMatchObject({ pastDue: false });
    clock.advance(61 * MINUTE);
    expect((await browser.get(`/items/${scene.itemId}`)).body).toMatchObject({ pastDue: true });
  });
});

describe('the external users list', () => {
  it('shows how many open items each is assigned to and when they last verified', async () => {
    const scene = await buildPortalScene(t);
    const row = async () => {
      const result = await scene.adminClient.gql('{ externalUsers(first: 200) { edges { node { id openItemCount lastVerifiedAt } } } }');
      return (result.data?.externalUsers as { edges: { node: { id: string; openItemCount: number; lastVerifiedAt: string | null } }[] }).edges.find((e) => e.node.id === scene.externalUserId)?.node;
    };
    expect(await row()).toMatchObject({ openItemCount: 1, lastVerifiedAt: null });
    await verifiedBrowser(t, scene);
    expect(await row()).toMatchObject({ openItemCount: 1, lastVerifiedAt: clock.now().toISOString() });
    await scene.adminClient.gql(`mutation($id: ID!) { completeItem(input: { id: $id }) { item { id } ${P} } }`, { id: scene.itemId });
    expect(await row()).toMatchObject({ openItemCount: 0 });
  });
});

describe('isolation', () => {
  it("a verified browser of one external user sees nothing of another's items", async () => {
    const mine = await buildPortalScene(t);
    const theirs = await buildPortalScene(t, { accountId: mine.accountId });
    const browser = await verifiedBrowser(t, mine);
    const home = await browser.get('/home');
    expect((home.body.items as { id: string }[]).map((i) => i.id)).toEqual([mine.itemId]);
    expect((await browser.get(`/items/${theirs.itemId}`)).status).toBe(404);
    expect((await browser.post(`/items/${theirs.itemId}/entries/${theirs.entryIds[0]}`, { ticked: true })).status).toBe(404);
    expect((await browser.post(`/items/${mine.itemId}/entries/${theirs.entryIds[0]}`, { ticked: true })).status).toBe(404);
    const ticks: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM item_checklist_entries WHERE item_id = $1 AND ticked_at IS NOT NULL', [theirs.itemId]);
    expect(ticks).toEqual([{ n: 0 }]);
    // Opening the other person's link in this browser does not count as verified for them.
    expect((await browser.post('/link', { token: theirs.token })).body).toMatchObject({ verified: false });
  });

  it('an external user with several items sees exactly theirs', async () => {
    const scene = await buildPortalScene(t);
    const second = await scene.adminClient.gql(`mutation($input: CreateItemInput!) { createItem(input: $input) { item { id } ${P} } }`, {
      input: { module: 'INCIDENTS', title: 'Spill at gate 4', assignedExternalUserIds: [scene.externalUserId], checklist: [] },
    });
    const secondId = (second.data?.createItem as { item: { id: string } }).item.id;
    await buildPortalScene(t, { accountId: scene.accountId });
    const browser = await verifiedBrowser(t, scene);
    const items = (await browser.get('/home')).body.items as { id: string; kind: string }[];
    expect(items.map((i) => i.id).sort()).toEqual([scene.itemId, secondId].sort());
    expect(items.find((i) => i.id === secondId)?.kind).toBe('Incident');
  });

  it('an admin cookie gives nothing in the portal, and the portal cookie nothing in the admin API', async () => {
    const scene = await buildPortalScene(t);
    expect((await scene.adminClient.request('GET', `/api/portal/items/${scene.itemId}`)).statusCode).toBe(401);
    expect((await scene.adminClient.request('GET', '/api/portal/home')).statusCode).toBe(401);
    const browser = await verifiedBrowser(t, scene);
    const me = await browser.http.gql('{ me { id } }');
    expect(me.data?.me ?? null).toBeNull();
    const items = await browser.http.gql('{ items(module: JOBS) { edges { node { id } } } }');
    expect(items.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('ending access', () => {
  it('unassigning ends access at the next request', async () => {
    const scene = await buildPortalScene(t);
    const browser = await verifiedBrowser(t, scene);
    expect((await browser.get(`/items/${scene.itemId}`)).status).toBe(200);
    await scene.adminClient.gql(`mutation($input: UpdateItemInput!) { updateItem(input: $input) { item { id } ${P} } }`, {
      input: { id: scene.itemId, title: 'Gate check', description: '', assignedExternalUserIds: [] },
    });
    expect((await browser.get(`/items/${scene.itemId}`)).status).toBe(404);
    expect((await browser.post(`/items/${scene.itemId}/entries/${scene.entryIds[0]}`, { ticked: true })).status).toBe(404);
  });

  it('deleting the external user removes them from every item with an audit event, and ends access', async () => {
    const scene = await buildPortalScene(t);
    const browser = await verifiedBrowser(t, scene);
    const challenge = await scene.adminClient.gql(`mutation($ids: [ID!]!) { requestExternalUserDeleteChallenge(input: { externalUserIds: $ids }) { challenge { id code } ${P} } }`, {
      ids: [scene.externalUserId],
    });
    const c = (challenge.data?.requestExternalUserDeleteChallenge as { challenge: { id: string; code: string } }).challenge;
    const deleted = await scene.adminClient.gql(`mutation($input: DeleteExternalUsersInput!) { deleteExternalUsers(input: $input) { deletedIds ${P} } }`, {
      input: { externalUserIds: [scene.externalUserId], challengeId: c.id, code: c.code },
    });
    expect(deleted.data?.deleteExternalUsers).toMatchObject({ deletedIds: [scene.externalUserId] });
    const events: { data: { removed: string[] } }[] = await t.db.query(`SELECT data FROM audit_events WHERE target_id = $1 AND action = 'item.external_assignees_removed'`, [scene.itemId]);
    expect(events.map((e) => e.data.removed)).toEqual([[scene.externalUserId]]);
    expect((await browser.get(`/items/${scene.itemId}`)).status).toBe(401);
    expect((await new PortalBrowser(t.gatehouse).post('/link', { token: scene.token })).status).toBe(404);
  });

  it('promoting moves every assignment to the employee, keeps the ticks, and ends portal sessions in the same transaction', async () => {
    const scene = await buildPortalScene(t);
    const browser = await verifiedBrowser(t, scene);
    await browser.post(`/items/${scene.itemId}/entries/${scene.entryIds[1]}`, { ticked: true });
    const promoted = await scene.adminClient.gql(`mutation($input: PromoteExternalUserInput!) { promoteExternalUser(input: $input) { employee { id } ${P} } }`, {
      input: { externalUserId: scene.externalUserId, employee: { firstName: 'Sam', surname: 'Steward', role: 'GENERAL' } },
    });
    const employeeId = (promoted.data?.promoteExternalUser as { employee: { id: string } | null; userErrors: unknown[] }).employee?.id;
    expect(employeeId).toBeDefined();
    const item = await scene.adminClient.gql('query($id: ID!) { item(id: $id) { assignedEmployees { id } assignedExternalUsers { id } checklist { tick { name employeeId } } } }', { id: scene.itemId });
    expect(item.data?.item).toMatchObject({ assignedEmployees: [{ id: employeeId }], assignedExternalUsers: [], checklist: [{ tick: null }, { tick: { employeeId } }, { tick: null }] });
    const sessions: unknown[] = await t.db.query('SELECT id FROM portal_sessions WHERE external_user_id = $1', [scene.externalUserId]);
    expect(sessions).toEqual([]);
    expect((await browser.get(`/items/${scene.itemId}`)).status).toBe(401);
    expect((await new PortalBrowser(t.gatehouse).post('/link', { token: scene.token })).status).toBe(404);
  });
});

describe('assigning', () => {
  it('emails each newly assigned external user once; a save without change sends nothing', async () => {
    const scene = await buildPortalScene(t);
    const before = (await mailTo(t.gatehouse, scene.email)).length;
    await scene.adminClient.gql(`mutation($input: UpdateItemInput!) { updateItem(input: $input) { item { id } ${P} } }`, {
      input: { id: scene.itemId, title: 'Gate check renamed', description: '', assignedExternalUserIds: [scene.externalUserId] },
    });
    expect((await mailTo(t.gatehouse, scene.email)).length).toBe(before);
    expect((await new PortalBrowser(t.gatehouse).post('/link', { token: scene.token })).status).toBe(200);
  });

  it("refuses another account's external user as missing, and changes nothing", async () => {
    const scene = await buildPortalScene(t);
    const other = await buildPortalScene(t);
    const result = await scene.adminClient.gql(`mutation($input: UpdateItemInput!) { updateItem(input: $input) { item { id } ${P} } }`, {
      input: { id: scene.itemId, title: 'Gate check', description: '', assignedExternalUserIds: [other.externalUserId] },
    });
    expect(result.data?.updateItem).toMatchObject({ item: null, userErrors: [{ code: 'NOT_FOUND', field: 'assignedExternalUserIds' }] });
    const rows: { external_user_id: string }[] = await t.db.query('SELECT external_user_id FROM item_external_assignments WHERE item_id = $1', [scene.itemId]);
    expect(rows).toEqual([{ external_user_id: scene.externalUserId }]);
  });

  it('needs the right to edit the item', async () => {
    const scene = await buildPortalScene(t);
    const general = await buildEmployee(t.db, scene.accountId, { role: 'GENERAL' });
    const result = await (await t.as(general)).gql(`mutation($input: UpdateItemInput!) { updateItem(input: $input) { item { id } ${P} } }`, {
      input: { id: scene.itemId, title: 'Gate check', description: '', assignedExternalUserIds: [] },
    });
    expect(JSON.stringify(result)).toMatch(/FORBIDDEN|NOT_FOUND/);
    const rows: unknown[] = await t.db.query('SELECT 1 FROM item_external_assignments WHERE item_id = $1', [scene.itemId]);
    expect(rows).toHaveLength(1);
  });
});
