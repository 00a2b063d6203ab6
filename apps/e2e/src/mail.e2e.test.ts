import type { Page } from 'playwright-core';
import { storageKinds } from './support/database';
import { FakeMailgun } from './support/fake-mailgun';
import { DEFAULT_ADMIN, login } from './support/flows';
import { completeSetupByApi, useGatehouse } from './support/harness';
import { followLatestMailLink, openLatestMailTo } from './support/mailbox';
import { clippedTexts, expectNoSidewaysScroll } from './support/layout';

/**
 * Mail in the admin app: the development Mailbox (a message's HTML part in a sandboxed frame,
 * its text part, its links followed), and Failed mail against a local Mailgun stand-in that
 * refuses and then accepts, at 1280×800 and 390×844.
 */

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const admin = DEFAULT_ADMIN;

async function openFromProfileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: `Profile menu for ${admin.firstName} ${admin.surname}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

describe.each(storageKinds())('mail: the development mailbox (%s)', (kind) => {
  const e2e = useGatehouse('mail-mailbox', kind);

  afterEach(() => {
    const { browser, server } = e2e();
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(server.errors).toEqual([]);
  });

  it('sends a test email and shows it in the Mailbox with both parts and its link', async () => {
    const { server, page, screenshot } = e2e();
    await page.setViewportSize(DESKTOP);
    await completeSetupByApi(server, admin);
    await login(page, admin, server.url);
    await openFromProfileMenu(page, 'Mailbox (development)');
    await page.getByRole('heading', { name: 'Mailbox', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Send a test email' }).click();
    await page.getByText(`A test email is on its way to ${admin.email}.`).waitFor();

    const mail = await openLatestMailTo(page, server.url, admin.email);
    expect(mail.subject).toBe(`Test email from ${admin.accountName} on Gatehouse`);
    expect(mail.links).toEqual([`${server.url}/`]);
    // The HTML part, rendered in its sandboxed frame: the account's name and the button.
    const frame = page.frameLocator(`iframe[title="HTML part of ${mail.subject}"]`);
    await frame.getByText(`Hello ${admin.firstName},`).waitFor();
    await frame.getByRole('link', { name: 'Open Gatehouse' }).waitFor();
    expect(await page.locator('iframe').getAttribute('sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox');
    await screenshot('mailbox-message-html-1280');
    await page.getByRole('dialog').getByRole('tab', { name: 'Text' }).click();
    await page.getByRole('dialog').getByText(`Sent by Gatehouse for ${admin.accountName}.`).waitFor();
    await screenshot('mailbox-message-text-1280');
    // The server logged the link as a JSON line.
    await server.waitForLog((l) => typeof l.msg === 'string' && l.msg.startsWith(`development mailbox: ${admin.email}: ${server.url}/`), 5_000);
  });

  it('lists the messages at 1280, and at 390 as cards, with the message readable', async () => {
    const { server, page, screenshot } = e2e();
    await page.goto(`${server.url}/mailbox`);
    await page.getByRole('table', { name: 'Messages' }).getByText(admin.email).waitFor();
    await screenshot('mailbox-list-1280');
    await page.setViewportSize(PHONE);
    await page.getByRole('list', { name: 'Messages' }).getByText(`To ${admin.email}`, { exact: false }).first().waitFor();
    await expectNoSidewaysScroll(page);
    // A long address may be cut (whole on hover), never the time it arrived.
    expect(await clippedTexts(page.getByRole('list', { name: 'Messages' }))).toEqual([]);
    await screenshot('mailbox-list-390');
    await openLatestMailTo(page, server.url, admin.email);
    await screenshot('mailbox-message-390');
    await page.setViewportSize(DESKTOP);
  });

  it('follows the link of the latest mail to an address (the helper other tests use)', async () => {
    const { server, page } = e2e();
    const link = await followLatestMailLink(page, server.url, admin.email);
    expect(link).toBe(`${server.url}/`);
    await page.getByRole('heading', { name: `Welcome, ${admin.firstName}` }).waitFor();
  });
});

describe.each(storageKinds())('mail: failed mail and retry through Mailgun (%s)', (kind) => {
  const mailgun = new FakeMailgun();
  beforeAll(async () => {
    await mailgun.start();
    mailgun.status = 400;
  });
  afterAll(async () => mailgun.stop());
  const e2e = useGatehouse('mail-failed', kind, { env: () => mailgun.env() });

  afterEach(() => {
    const { browser } = e2e();
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
  });

  it('shows an email the provider refused, with the reason, and retry delivers it', async () => {
    const { server, page, screenshot } = e2e();
    await page.setViewportSize(DESKTOP);
    await completeSetupByApi(server, admin);
    await login(page, admin, server.url);
    await openFromProfileMenu(page, 'Failed mail');
    await page.getByRole('heading', { name: 'Failed mail' }).waitFor();
    await page.getByText('No failed mail').waitFor();
    await page.getByRole('button', { name: 'Send a test email' }).click();
    await page.getByText(`A test email is on its way to ${admin.email}.`).waitFor();

    // Refused with 400: failed at once, no retries. The page shows it after a reload.
    const table = page.getByRole('table', { name: 'Failed mail' });
    for (let i = 0; i < 40 && (await table.count()) === 0; i += 1) {
      await page.waitForTimeout(250);
      await page.reload();
      await page.getByRole('heading', { name: 'Failed mail' }).waitFor();
      await page.getByText(/No failed mail|shown/).first().waitFor();
    }
    await table.getByText(admin.email).waitFor();
    await table.getByText(/Mailgun 400: Refused on purpose/).waitFor();
    await screenshot('failed-mail-1280');

    // The toast closes on its own; while it slides out it may stick out of a phone's screen.
    await page.getByText(`A test email is on its way to ${admin.email}.`).waitFor({ state: 'detached', timeout: 15_000 });
    await page.setViewportSize(PHONE);
    await page.getByRole('list', { name: 'Failed mail' }).getByText(admin.email).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot('failed-mail-390');

    mailgun.status = 200;
    await page.getByRole('button', { name: `Retry the email to ${admin.email}` }).click();
    await page.getByText('1 email will be sent again now.').waitFor();
    await page.getByText('No failed mail').waitFor();
    await screenshot('failed-mail-retried-390');
    for (let i = 0; i < 150 && mailgun.accepted === 0; i += 1) await page.waitForTimeout(100);
    expect(mailgun.accepted).toBe(1);
    // The development mailbox is still offered (not production), and holds nothing: mail went to Mailgun.
    await page.setViewportSize(DESKTOP);
  });
});
