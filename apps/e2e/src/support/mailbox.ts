import type { Page } from 'playwright-core';
import type { GatehouseServer, LogLine } from './server';

/**
 * Mail in browser tests. Without MAILGUN_* the server keeps every email in its development
 * mailbox; an admin of the account reads it on the Mailbox page. A flow that sends an email and
 * continues from its link (an invitation, a password reset) does:
 *
 *     const link = await followLatestMailLink(adminPage, server.url, 'nora@riverside.example', { into: guestPage });
 *
 * `adminPage` is logged in as an ACCOUNT_ADMIN or USER_ADMIN of the account the mail is for
 * (mail about a login, a password reset, shows in each account where the address is an
 * employee); `into` is where the link is opened (another browser context for the invitee; by
 * default the admin's page).
 */

export interface OpenedMail {
  readonly subject: string;
  /** The links of the email, the call to action first. */
  readonly links: readonly string[];
}

/** The message list (a table on wide screens, cards on narrow ones). */
const messageList = (page: Page) => page.getByRole((page.viewportSize()?.width ?? 1280) >= 1200 ? 'table' : 'list', { name: 'Messages' });

/**
 * Opens the Mailbox page and the newest message to `to` in its drawer, reloading while the
 * worker has not delivered it yet (up to `timeoutMs`); answers its subject and links.
 */
export async function openLatestMailTo(page: Page, baseUrl: string, to: string, { timeoutMs = 15_000 } = {}): Promise<OpenedMail> {
  const deadline = Date.now() + timeoutMs;
  await page.goto(`${baseUrl}/mailbox`);
  for (;;) {
    await page.getByRole('heading', { name: 'Mailbox', exact: true }).waitFor();
    await page.getByText(/No mail yet|Load more|^To /).or(messageList(page)).first().waitFor();
    // Newest first: the first entry that names the address is the latest mail to it.
    const entry = messageList(page).locator(':is(tr, li)').filter({ hasText: to }).first();
    if ((await entry.count()) > 0) {
      await entry.getByRole('link').first().click();
      break;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${to} in the Mailbox after ${timeoutMs} ms`);
    await page.waitForTimeout(250);
    await page.reload();
  }
  const drawer = page.getByRole('dialog');
  const links = drawer.getByRole('navigation', { name: 'Links in this email' }).getByRole('link');
  await drawer.getByRole('tab', { name: 'Text' }).waitFor();
  const subject = (await drawer.getByRole('heading').first().textContent()) ?? '';
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  return { subject, links: hrefs };
}

/** Opens the newest message to `to` on the Mailbox page and follows its first link in `into` (default: the same page); answers the link. */
export async function followLatestMailLink(page: Page, baseUrl: string, to: string, { into = page, timeoutMs }: { into?: Page; timeoutMs?: number } = {}): Promise<string> {
  const mail = await openLatestMailTo(page, baseUrl, to, timeoutMs === undefined ? {} : { timeoutMs });
  const link = mail.links[0];
  if (link === undefined) throw new Error(`the latest mail to ${to} ("${mail.subject}") has no link`);
  await into.goto(link);
  return link;
}

/** The link of one email the development mailbox logged, if `line` is one to `to`. */
function loggedLinkTo(line: LogLine, to: string): string | null {
  const mail = line.mail;
  if (typeof mail !== 'object' || mail === null || !('to' in mail) || !('url' in mail)) return null;
  return mail.to === to && typeof mail.url === 'string' ? mail.url : null;
}

/**
 * The token of the newest link the development mailbox logged for `to` (the worker logs the
 * link of every email it delivers), waiting until there are at least `count` of them. Reads the
 * server's own log, so the server keeps running (the embedded database allows one process).
 */
export async function loggedMailToken(server: GatehouseServer, to: string, count = 1): Promise<string> {
  await server.waitForLog(() => server.logs.filter((l) => loggedLinkTo(l, to) !== null).length >= count, 15_000);
  const links = server.logs.map((l) => loggedLinkTo(l, to)).filter((l): l is string => l !== null);
  const token = new URL(links[links.length - 1] ?? '').hash.replace(/^#token=/, '');
  if (token === '') throw new Error(`the latest email to ${to} carries no link token`);
  return decodeURIComponent(token);
}
