import type { Page } from 'playwright-core';
import { launchBrowser, type BrowserSession } from './support/browser';
import { storageKinds } from './support/database';
import { acceptTermsGate, DEFAULT_ADMIN, login, type Admin } from './support/flows';
import { completeSetupByApi, useGatehouse } from './support/harness';
import { waitForOperation } from './support/network';
import { followLatestMailLink, loggedMailToken } from './support/mailbox';
import { gatehouseCommand, latestInvitationToken } from './support/operator';
import { expectNoSidewaysScroll } from './support/layout';

/**
 * Invitations in the browser: an admin adds someone with Save & Send Invite, the person opens
 * the link in a browser of their own, sets a password and is in; Send invites from the list and
 * Resend from the drawer; then an operator creates a second account for the same admin with
 * `pnpm gatehouse accounts create`, who accepts by signing in and switches between both.
 * The link is read from the mail outbox: the development mailbox page is not in the app yet.
 */

const NIA = { firstName: 'Nia', surname: 'North', email: 'nia.north@riverside.example', password: 'harbour lantern morning tide' };
const OMAR = { firstName: 'Omar', surname: 'Haddad', email: 'omar.haddad@riverside.example' };
const SECOND_ACCOUNT = 'Hilltop Stadium';

const drawerNamed = (page: Page, name: string) => page.getByRole('dialog', { name });
const employeeRow = (page: Page, name: string) => page.getByRole('table', { name: 'Employees' }).getByRole('row').filter({ hasText: name });

async function addEmployee(page: Page, person: { firstName: string; surname: string; email: string }, button: 'Save User' | 'Save & Send Invite'): Promise<void> {
  await page.getByRole('link', { name: '+ Add' }).click();
  const drawer = drawerNamed(page, 'Add employee');
  await drawer.getByLabel('First name').fill(person.firstName);
  await drawer.getByLabel('Surname').fill(person.surname);
  await drawer.getByLabel('Email').fill(person.email);
  const created = waitForOperation(page, 'CreateEmployee');
  await drawer.getByRole('button', { name: button }).click();
  expect(JSON.stringify(await created)).toContain('"userErrors":[]');
  await drawer.waitFor({ state: 'detached' });
}

describe.each(storageKinds())('invitations (%s)', (kind) => {
  const e2e = useGatehouse('invitations', kind);
  const admin: Admin = DEFAULT_ADMIN;
  const guests: BrowserSession[] = [];

  /** A browser of the invited person's own: no cookies of the admin's. */
  async function freshBrowser(): Promise<BrowserSession> {
    const session = await launchBrowser();
    guests.push(session);
    return session;
  }

  afterEach(() => {
    const { browser, server } = e2e();
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(server.errors).toEqual([]);
  });
  afterAll(async () => {
    for (const guest of guests) await guest.close();
  });

  it('adds an employee with Save & Send Invite: the list shows them invited, with the date', async () => {
    const { server, page, screenshot } = e2e();
    await completeSetupByApi(server, admin);
    await login(page, admin, server.url);
    await page.goto(`${server.url}/settings/people/employees`);
    await addEmployee(page, NIA, 'Save & Send Invite');
    await page.getByText(`Added ${NIA.firstName} ${NIA.surname} and sent an invitation to ${NIA.email}.`).waitFor();
    await employeeRow(page, `${NIA.firstName} ${NIA.surname}`).getByRole('cell', { name: /^Invited / }).waitFor();
    await screenshot('added-and-invited');
  });

  it('the invited person opens the link from the Mailbox in their own browser, sets a password and lands logged in', async () => {
    const { server, artifacts, page: adminPage } = e2e();
    const guest = await freshBrowser();
    const page = guest.page;
    // The admin (still signed in) opens the development Mailbox; the link goes to the guest's browser.
    const link = await followLatestMailLink(adminPage, server.url, NIA.email, { into: page });
    const token = new URL(link).hash.replace(/^#token=/, '');
    expect(token).toMatch(/^[\w-]{20,}$/);
    await page.getByRole('heading', { name: `Join ${admin.accountName}` }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Email' }).inputValue()).toBe(NIA.email);
    await page.getByText('At least 12 characters; not a commonly used password').waitFor();
    await artifacts.screenshot(page, 'accept-new-login-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await artifacts.screenshot(page, 'accept-new-login-390');

    await page.getByRole('textbox', { name: 'Choose a password' }).fill('too short');
    await page.getByRole('button', { name: 'Set password and join' }).click();
    await page.getByText('Use at least 12 characters.').waitFor();
    await page.getByRole('textbox', { name: 'Choose a password' }).fill(NIA.password);
    await page.getByRole('button', { name: 'Set password and join' }).click();
    await acceptTermsGate(page);
    await page.getByRole('heading', { name: `Welcome, ${NIA.firstName}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await artifacts.screenshot(page, 'accepted-logged-in-390');

    // The link worked once: opened again, it says so and offers to log in.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}/invitation#token=${token}`);
    await page.getByRole('heading', { name: 'This invitation was already accepted' }).waitFor();
    await artifacts.screenshot(page, 'link-used');
    await page.goto(`${server.url}/invitation#token=${token.slice(0, -2)}xx`);
    await page.getByRole('heading', { name: 'This invitation link does not work' }).waitFor();
    await artifacts.screenshot(page, 'link-unknown');
  });

  it('sends invites to selected rows and resends from the drawer; the earlier link is then superseded', async () => {
    const { server, page, screenshot } = e2e();
    // Still signed in from the first step.
    await page.goto(`${server.url}/settings/people/employees`);
    await addEmployee(page, OMAR, 'Save User');
    const omar = `${OMAR.firstName} ${OMAR.surname}`;
    await employeeRow(page, omar).getByRole('cell', { name: 'Not invited', exact: true }).waitFor();

    await page.getByRole('checkbox', { name: `Select ${omar}` }).check();
    await page.getByRole('checkbox', { name: `Select ${NIA.firstName} ${NIA.surname}` }).check();
    await page.getByRole('button', { name: 'Send invites (2)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send invites' });
    await dialog.getByText(`Already accepted: ${NIA.firstName} ${NIA.surname}`).waitFor();
    await screenshot('send-invites-dialog');
    const sent = waitForOperation(page, 'SendInvitations');
    await dialog.getByRole('button', { name: 'Send 1 invite' }).click();
    expect(JSON.stringify(await sent)).toContain('"userErrors":[]');
    await page.getByText(`Sent an invitation to ${omar}.`).waitFor();
    await employeeRow(page, omar).getByRole('cell', { name: /^Invited / }).waitFor();

    const { server: restarted, page: again } = e2e();
    const first = await loggedMailToken(restarted, OMAR.email);
    await again.goto(`${restarted.url}/settings/people/employees`);
    await employeeRow(again, omar).getByRole('link', { name: omar }).click();
    const drawer = drawerNamed(again, `Edit ${omar}`);
    await drawer.getByRole('region', { name: 'Invitation' }).getByText(/^Invited /).waitFor();
    await drawer.getByRole('button', { name: 'Resend invite' }).click();
    await again.getByText(`Sent a new invitation to ${OMAR.email}; the earlier link no longer works.`).waitFor();
    await screenshot('resent-from-drawer');

    const guest = await freshBrowser();
    await guest.page.goto(`${restarted.url}/invitation#token=${first}`);
    await guest.page.getByRole('heading', { name: 'A newer invitation replaced this one' }).waitFor();
    await e2e().artifacts.screenshot(guest.page, 'link-superseded');
  });

  it('an operator creates a second account for the same admin, who accepts by signing in and switches between both', async () => {
    const { storage, whileStopped } = e2e();
    const { accountId, token } = await whileStopped(async () => {
      const out = await gatehouseCommand(storage, 'accounts', 'create', '--name', SECOND_ACCOUNT, '--admin-email', admin.email);
      expect(out).toContain('already has a login');
      const listed = await gatehouseCommand(storage, 'accounts', 'list');
      expect(listed).toContain(SECOND_ACCOUNT);
      return { accountId: out.split('\n')[0] ?? '', token: await latestInvitationToken(storage, admin.email) };
    });
    expect(accountId).toMatch(/^[0-9a-f-]{36}$/);

    const { server, artifacts } = e2e();
    const guest = await freshBrowser();
    const page = guest.page;
    await page.goto(`${server.url}/invitation#token=${token}`);
    await page.getByRole('heading', { name: `Join ${SECOND_ACCOUNT}` }).waitFor();
    await page.getByText('already has a Gatehouse login').waitFor();
    await artifacts.screenshot(page, 'accept-existing-login-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await artifacts.screenshot(page, 'accept-existing-login-390');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('textbox', { name: 'Your password' }).fill('not my password at all');
    await page.getByRole('button', { name: 'Sign in and join' }).click();
    await page.getByText('That is not the password of this login').waitFor();
    await page.getByRole('textbox', { name: 'Your password' }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in and join' }).click();
    await acceptTermsGate(page);
    await page.getByRole('heading', { name: `Welcome, ${admin.firstName}` }).waitFor();
    await page.getByRole('banner').getByText(SECOND_ACCOUNT).waitFor();
    await artifacts.screenshot(page, 'in-the-second-account');

    await page.getByRole('button', { name: `Account: ${SECOND_ACCOUNT}. Switch account` }).click();
    await page.getByRole('menuitem', { name: admin.accountName }).click();
    await page.getByRole('button', { name: `Account: ${admin.accountName}. Switch account` }).waitFor();
    await page.getByRole('heading', { name: `Welcome, ${admin.firstName}` }).waitFor();
    await artifacts.screenshot(page, 'switched-to-the-first-account');
  });
});
