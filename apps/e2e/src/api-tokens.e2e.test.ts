import type { Locator } from 'playwright-core';
import { storageKinds } from './support/database';
import { DEFAULT_ADMIN, login } from './support/flows';
import { completeSetupByApi, useGatehouse } from './support/harness';
import { clippedTexts, expectNoSidewaysScroll } from './support/layout';

/**
 * API tokens as an ACCOUNT_ADMIN manages them (Account Settings → API tokens) and as a client
 * app uses one: create it in the drawer, copy it with the copy button, call the API with it
 * from Node, revoke it, and see the next call refused. Each `it` continues where the last stopped.
 */

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const TOKEN_NAME = 'Turnstile sync';

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string } }[];
}

/** What a client app does: POST with the bearer token, no cookie, no CSRF header. */
async function callApi(url: string, token: string, query: string): Promise<GraphQLAnswer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as GraphQLAnswer;
}

const closed = (dialog: Locator) => dialog.waitFor({ state: 'detached' });

describe.each(storageKinds())('API tokens: create, copy, call, revoke (%s)', (kind) => {
  const e2e = useGatehouse('api-tokens', kind);
  const admin = DEFAULT_ADMIN;
  let token = '';

  afterEach(() => {
    const { browser, server } = e2e();
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(server.errors).toEqual([]);
  });

  it('opens Account Settings → API tokens from the profile menu', async () => {
    const { server, page, browser, screenshot } = e2e();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await completeSetupByApi(server, admin);
    await login(page, admin, server.url);
    await page.getByRole('button', { name: `Profile menu for ${admin.firstName} ${admin.surname}` }).click();
    await page.getByRole('menuitem', { name: 'Account Settings' }).click();
    // General (name and terms of use) is the first tab; API tokens is beside it.
    await page.waitForURL('**/settings/account/general');
    await page.getByRole('tab', { name: 'API tokens' }).click();
    await page.waitForURL('**/settings/account/api-tokens');
    await page.getByRole('tab', { name: 'API tokens', selected: true }).waitFor();
    await page.getByText('No API tokens yet.').waitFor();
    expect(await page.title()).toBe('API tokens · Gatehouse');
    await screenshot('api-tokens-empty');
  });

  it('creates a token in the drawer; it is shown once and copied with the copy button', async () => {
    const { page, screenshot } = e2e();
    await page.getByRole('link', { name: 'Create API token' }).click();
    const drawer = page.getByRole('dialog', { name: 'Create API token' });
    await drawer.getByRole('textbox', { name: 'Name' }).fill(TOKEN_NAME);
    await drawer.getByRole('radio', { name: 'User admin' }).check();
    // Account admin is not offered at all.
    expect(await drawer.getByRole('radio', { name: 'Account admin' }).count()).toBe(0);
    await screenshot('create-api-token-drawer');
    await drawer.getByRole('button', { name: 'Create token' }).click();

    const created = page.getByRole('dialog', { name: 'API token created' });
    await created.getByText('You will not see it again').waitFor();
    const shown = (await created.getByLabel('New API token').textContent())?.trim() ?? '';
    expect(shown).toMatch(/^gatehouse_[A-Za-z0-9_-]{43}$/);
    await created.getByRole('button', { name: 'Copy token' }).click();
    await created.getByRole('button', { name: 'Copied' }).waitFor();
    token = await page.evaluate(() => navigator.clipboard.readText());
    expect(token).toBe(shown);
    await screenshot('api-token-shown-once');
    await created.getByRole('button', { name: 'Done' }).click();
    await closed(created);

    const row = page.getByRole('table', { name: 'API tokens' }).getByRole('row').filter({ hasText: TOKEN_NAME });
    await row.filter({ hasText: 'User admin' }).filter({ hasText: 'Active' }).filter({ hasText: 'Never used' }).waitFor();
    // The secret is never shown again.
    expect(await page.getByText(token).count()).toBe(0);
  });

  it('a client app calls the API with the token from Node and gets data', async () => {
    const { server, page, screenshot } = e2e();
    const answer = await callApi(server.url, token, '{ employees(first: 5) { totalCount edges { node { email } } } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.employees).toEqual({ totalCount: 1, edges: [{ node: { email: admin.email } }] });
    // Token management is not among a token's rights.
    expect((await callApi(server.url, token, '{ apiTokens { totalCount } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await page.reload();
    const row = page.getByRole('table', { name: 'API tokens' }).getByRole('row').filter({ hasText: TOKEN_NAME });
    await row.waitFor();
    expect(await row.getByText('Never used').count()).toBe(0);
    await screenshot('api-tokens-1280');
  });

  it('fits a 390 px phone: cards, no sideways scrolling, the drawer usable', async () => {
    const { page, screenshot } = e2e();
    await page.setViewportSize(PHONE);
    const cards = page.getByRole('list', { name: 'API tokens' });
    await cards.getByRole('listitem').filter({ hasText: TOKEN_NAME }).waitFor();
    await expectNoSidewaysScroll(page);
    // Beside Revoke, the facts wrap: the time of last use is read whole.
    expect(await clippedTexts(cards)).toEqual([]);
    await screenshot('api-tokens-390');
    await page.getByRole('link', { name: 'Create API token' }).click();
    const drawer = page.getByRole('dialog', { name: 'Create API token' });
    await drawer.getByRole('textbox', { name: 'Name' }).fill('Phone check');
    await screenshot('create-api-token-390');
    // Closing a drawer with typed work asks first; discarding leaves nothing behind.
    await page.keyboard.press('Escape');
    await drawer.getByRole('button', { name: 'Discard changes' }).click();
    await closed(drawer);
    await page.setViewportSize(DESKTOP);
  });

  it('revokes the token after confirmation; the next call is UNAUTHENTICATED', async () => {
    const { server, page, screenshot } = e2e();
    await page.getByRole('table', { name: 'API tokens' }).getByRole('link', { name: `Revoke ${TOKEN_NAME}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke API token?' });
    await confirm.getByText(`Apps using “${TOKEN_NAME}” will be refused`).waitFor();
    await screenshot('revoke-api-token');
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    await closed(confirm);
    await page.getByRole('table', { name: 'API tokens' }).getByRole('row').filter({ hasText: TOKEN_NAME }).filter({ hasText: 'Revoked' }).waitFor();

    const answer = await callApi(server.url, token, '{ employees(first: 5) { totalCount } }');
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(answer.data ?? null).toBeNull();
  });

  it('the audit log says who created and revoked the token', async () => {
    const { page, server, screenshot } = e2e();
    await page.goto(`${server.url}/settings/audit`);
    const log = page.getByRole('table', { name: 'Audit events' });
    await log.getByText(`Ada Admin revoked the API token ‘${TOKEN_NAME}’.`).waitFor();
    await log.getByText(`Ada Admin created the API token ‘${TOKEN_NAME}’ with the User admin role.`).waitFor();
    await screenshot('audit-api-token-events');
  });
});
