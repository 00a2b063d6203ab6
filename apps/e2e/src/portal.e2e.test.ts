import type { CDPSession, Page, Response } from 'playwright-core';
import { launchBrowser, type BrowserSession } from './support/browser';
import { storageKinds } from './support/database';
import { acceptTermsGate, DEFAULT_ADMIN, login } from './support/flows';
import { completeSetupByApi, useGatehouse } from './support/harness';
import { followLatestMailLink, openLatestMailTo } from './support/mailbox';
import { waitForOperation } from './support/network';
import { expectNoSidewaysScroll } from './support/layout';

/**
 * The external users' portal as a steward uses it on a phone: an admin adds an external user
 * and assigns them to a job; the steward opens the emailed link in a fresh browser at 390×844,
 * reads the masked address, asks for a code, enters it, accepts the terms and ticks two steps.
 * The steward's phone is on a slow mobile connection for the first visit. The admin sees who
 * ticked them and when; after Promote to employee (Save & Send Invite) the link no longer works,
 * and the steward joins as an employee from the invitation.
 */

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const STEWARD = { firstName: 'Sky', lastName: 'Steward', email: 'sky.steward@crowd.example' };
const JOB = 'Turnstile sweep, east stand';
const STEPS = ['Check turnstiles 1–8', 'Test the emergency exit', 'Report to control'];
const STEWARD_PASSWORD = 'east stand turnstile keys';
/** A slow mobile connection (about 400 kbit/s each way, 400 ms round trips), as Chrome's "Slow 3G". */
const SLOW_MOBILE = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const UNTHROTTLED = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
/** What the portal's first visit may cost over the wire: its page, script, React and styles, compressed. */
const FIRST_VISIT_BUDGET_BYTES = 100_000;

describe.each(storageKinds())('portal: link, code, terms, ticks, promote (%s)', (kind) => {
  const e2e = useGatehouse('portal', kind);
  const admin = DEFAULT_ADMIN;
  let steward: BrowserSession;
  let link = '';

  beforeAll(async () => {
    steward = await launchBrowser();
    await steward.page.setViewportSize(PHONE);
  });
  afterAll(async () => steward?.close());

  afterEach(() => {
    const { browser, server } = e2e();
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(steward.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(server.errors).toEqual([]);
  });

  const shot = (page: Page, step: string) => e2e().artifacts.screenshot(page, step);

  it('the admin adds an external user and assigns them to a job; the email carries the portal link', async () => {
    const { server, page } = e2e();
    await completeSetupByApi(server, admin);
    await login(page, admin, server.url);
    await page.goto(`${server.url}/settings/people/external`);
    await page.getByRole('link', { name: '+ Add' }).click();
    const add = page.getByRole('dialog', { name: 'Add external user' });
    await add.getByRole('textbox', { name: 'First name' }).fill(STEWARD.firstName);
    await add.getByRole('textbox', { name: 'Last name' }).fill(STEWARD.lastName);
    await add.getByRole('textbox', { name: 'Email' }).fill(STEWARD.email);
    await add.getByRole('button', { name: 'Save' }).click();
    await add.waitFor({ state: 'detached' });

    await page.goto(`${server.url}/jobs`);
    await page.getByRole('link', { name: 'New job' }).click();
    const drawer = page.getByRole('dialog', { name: 'New job' });
    await drawer.getByRole('textbox', { name: 'Title' }).fill(JOB);
    await drawer.getByRole('textbox', { name: 'Checklist' }).fill(STEPS.join('\n'));
    const picker = drawer.getByLabel('Assigned external users', { exact: true });
    await picker.click();
    await picker.fill('sky');
    await page.getByRole('option', { name: new RegExp(`${STEWARD.firstName} ${STEWARD.lastName}`) }).click();
    await shot(page, 'admin-assigns-external-user');
    const created = waitForOperation(page, 'CreateItem');
    await drawer.getByRole('button', { name: 'Save' }).click();
    expect(JSON.stringify(await created)).toContain('"userErrors":[]');
    await page.getByRole('dialog', { name: JOB }).getByText(`External: ${STEWARD.firstName} ${STEWARD.lastName}`).waitFor();

    const mail = await openLatestMailTo(page, server.url, STEWARD.email);
    expect(mail.subject).toContain(JOB);
    link = mail.links[0] ?? '';
    expect(link).toMatch(/\/portal#token=[\w-]{40,}/);
    await shot(page, 'admin-reads-portal-link-in-mailbox');
  });

  it('the steward opens the link on a phone on a slow connection, asks for a code, enters it and accepts the terms', async () => {
    const { server, page } = e2e();
    const phone = steward.page;
    const network: CDPSession = await phone.context().newCDPSession(phone);
    await network.send('Network.enable');
    await network.send('Network.emulateNetworkConditions', SLOW_MOBILE);
    const loaded: Response[] = [];
    const collect = (response: Response) => loaded.push(response);
    phone.on('response', collect);
    await phone.goto(link);
    await phone.getByRole('heading', { name: JOB }).waitFor();
    phone.off('response', collect);
    // Small enough for a slow connection: compressed once at build time, kept by the phone afterwards.
    let bytes = 0;
    for (const response of loaded) bytes += (await response.request().sizes()).responseBodySize;
    console.log(`portal first visit: ${loaded.length} responses, ${bytes} bytes over the wire`);
    expect(bytes).toBeLessThan(FIRST_VISIT_BUDGET_BYTES);
    const assets = loaded.filter((response) => new URL(response.url()).pathname.startsWith('/assets/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(await asset.headerValue('cache-control')).toBe('public, max-age=31536000, immutable');
      // Files under 1 kB are sent as they are: compressing them saves less than a header costs.
      const bytes = (await asset.request().sizes()).responseBodySize;
      if (bytes >= 1024) expect([asset.url(), await asset.headerValue('content-encoding')]).toEqual([asset.url(), 'br']);
    }
    await phone.getByText('s•••@c•••.example').waitFor();
    expect(await phone.content()).not.toContain(STEWARD.email);
    expect(phone.url()).not.toContain('token=');
    await shot(phone, 'portal-link-390');
    await phone.getByRole('button', { name: 'Send me a code' }).click();
    await phone.getByRole('textbox', { name: 'Code from the email' }).waitFor();

    const codeMail = await openLatestMailTo(page, server.url, STEWARD.email);
    const code = /(\d{6})/.exec(codeMail.subject)?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await phone.getByRole('textbox', { name: 'Code from the email' }).fill(code);
    await shot(phone, 'portal-code-390');
    await phone.getByRole('button', { name: 'Verify' }).click();
    await phone.getByRole('heading', { name: 'Terms of use' }).waitFor();
    await shot(phone, 'portal-terms-390');
    await phone.getByRole('button', { name: 'I accept the terms of use' }).click();
    await phone.getByRole('heading', { name: JOB }).waitFor();
    await phone.getByRole('checkbox', { name: STEPS[0] }).waitFor();
    await expectNoSidewaysScroll(phone);
    await network.send('Network.emulateNetworkConditions', UNTHROTTLED);
    await network.detach();
  });

  it('the steward ticks two steps', async () => {
    const phone = steward.page;
    for (const text of [STEPS[0], STEPS[1]]) {
      const ticked = phone.waitForResponse((r) => r.url().includes('/api/portal/items/') && r.request().method() === 'POST');
      await phone.getByRole('checkbox', { name: text }).check();
      expect((await ticked).status()).toBe(200);
    }
    expect(await phone.getByText(`Ticked by ${STEWARD.firstName} ${STEWARD.lastName}`).count()).toBe(2);
    expect(await phone.getByRole('checkbox', { name: STEPS[2] }).isChecked()).toBe(false);
    await shot(phone, 'portal-ticked-390');
    await phone.setViewportSize(DESKTOP);
    await shot(phone, 'portal-ticked-1280');
    await phone.setViewportSize(PHONE);
  });

  it('the admin sees who ticked them and when', async () => {
    const { server, page } = e2e();
    await page.goto(`${server.url}/jobs`);
    await page.getByRole('table', { name: 'Items' }).getByRole('link', { name: JOB }).click();
    const drawer = page.getByRole('dialog', { name: JOB });
    const who = new RegExp(`^Ticked by ${STEWARD.firstName} ${STEWARD.lastName} \\(external\\), `);
    await drawer.getByText(who).first().waitFor();
    expect(await drawer.getByText(who).count()).toBe(2);
    await shot(page, 'admin-sees-external-ticks');
    await drawer.getByRole('button', { name: 'Close' }).click();
  });

  it('the admin promotes the steward with Save & Send Invite; the portal link no longer works; the steward joins as an employee', async () => {
    const { server, page } = e2e();
    await page.goto(`${server.url}/settings/people/external`);
    const name = `${STEWARD.firstName} ${STEWARD.lastName}`;
    const row = page.getByRole('table', { name: 'External users' }).getByRole('row').filter({ hasText: name });
    await row.getByRole('cell', { name: '1', exact: true }).waitFor();
    await shot(page, 'external-users-open-items-and-verified');
    await row.getByRole('link').click();
    await page.getByRole('dialog', { name: `Edit ${name}` }).getByRole('link', { name: 'Promote to Employee' }).click();
    const drawer = page.getByRole('dialog', { name: `Promote ${name} to employee` });
    const promoted = waitForOperation(page, 'PromoteExternalUser');
    await drawer.getByRole('button', { name: 'Save & Send Invite' }).click();
    expect(JSON.stringify(await promoted)).toContain('"userErrors":[]');
    await page.getByText(`${name} is now an employee. An invitation was sent to ${STEWARD.email}.`).waitFor();

    const phone = steward.page;
    await phone.reload();
    await phone.getByRole('heading', { name: 'This link no longer works' }).waitFor();
    await phone.goto(link);
    await phone.getByRole('heading', { name: 'This link no longer works' }).waitFor();
    await shot(phone, 'portal-link-dead-after-promote-390');

    await page.goto(`${server.url}/jobs`);
    await page.getByRole('table', { name: 'Items' }).getByRole('link', { name: JOB }).click();
    await page.getByRole('dialog', { name: JOB }).getByText(`Assigned: ${name}`).waitFor();

    // The invitation, read in the admin's Mailbox, opened on the steward's phone: they join as an employee.
    await followLatestMailLink(page, server.url, STEWARD.email, { into: phone });
    await phone.getByRole('heading', { name: `Join ${admin.accountName}` }).waitFor();
    await phone.getByRole('textbox', { name: 'Choose a password' }).fill(STEWARD_PASSWORD);
    await phone.getByRole('button', { name: 'Set password and join' }).click();
    await acceptTermsGate(phone);
    await phone.getByRole('heading', { name: `Welcome, ${STEWARD.firstName}` }).waitFor();
    await expectNoSidewaysScroll(phone);
    await shot(phone, 'promoted-steward-logged-in-390');
  });
});
