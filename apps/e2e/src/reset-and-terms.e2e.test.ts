import { storageKinds } from './support/database';
import { DEFAULT_ADMIN, expectAppShell, fillLogin, login, logout, submitLogin, type Admin } from './support/flows';
import { completeSetupByApi, useGatehouse } from './support/harness';
import { resetLinkFromOutbox, runSql } from './support/sql';
import { expectNoSidewaysScroll } from './support/layout';

/**
 * Forgot password → the emailed link → a new password → log in with it; then the account admin
 * publishes new terms of use and an employee who logs in must accept them before anything else.
 * The link is read from the database (the outbox row, or its delivered copy in the development
 * mailbox), as the person would read it in their inbox.
 */

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** An employee whose membership is accepted; their password is set through forgot password. */
const GINA: Admin = { accountName: DEFAULT_ADMIN.accountName, firstName: 'Gina', surname: 'Gate', email: 'gina.gate@riverside.example', password: 'harbour lights at dawn' };
const NEW_TERMS = 'Riverside Arena house rules, version two.\n\nWear your pass where it can be seen at all times.';

describe.each(storageKinds())('forgot password, reset, and terms of use (%s)', (kind) => {
  const e2e = useGatehouse('reset-and-terms', kind);

  afterEach(() => {
    const { browser, server } = e2e();
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(server.errors).toEqual([]);
  });

  it('sets up the account with an employee who has no password yet', async () => {
    const state = e2e();
    await completeSetupByApi(state.server, DEFAULT_ADMIN);
    // Accepted (as an invitation would leave it), terms version 1 accepted, no password.
    await runSql(
      state,
      `WITH i AS (INSERT INTO identities (email) VALUES ($1) RETURNING id)
       INSERT INTO employees (account_id, identity_id, email, first_name, surname, role, invitation_state, terms_accepted_at, terms_accepted_version)
       SELECT a.id, i.id, $1, $2, $3, 'GENERAL', 'ACCEPTED', now(), 1 FROM accounts a, i`,
      [GINA.email, GINA.firstName, GINA.surname],
    );
  });

  it('asks for a reset link from the login page; the answer does not say whether the email exists', async () => {
    const { page, server, screenshot } = e2e();
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await screenshot('forgot-390');
    await page.getByLabel('Email').fill('  Gina.Gate@Riverside.example ');
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByText(`If ${GINA.email} has a Gatehouse login, we have sent it a link`).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot('forgot-sent-390');
    await page.setViewportSize(DESKTOP);
    await screenshot('forgot-sent-1280');
  });

  it('opens the emailed link, sets a new password, and logs in with it', async () => {
    const state = e2e();
    const link = await resetLinkFromOutbox(state, GINA.email);
    const { page, screenshot } = state;
    await page.setViewportSize(PHONE);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    // The token leaves the address bar as soon as the page has read it.
    await page.waitForURL((url) => url.hash === '');
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill('too short');
    await page.getByRole('textbox', { name: 'Repeat the new password' }).fill('too short');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('Use at least 12 characters.').waitFor();
    await screenshot('reset-weak-390');
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill(GINA.password);
    await page.getByRole('textbox', { name: 'Repeat the new password' }).fill(GINA.password);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('Log in with your new password.').waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot('reset-done-login-390');
    await page.setViewportSize(DESKTOP);
    await fillLogin(page, GINA);
    await submitLogin(page);
    await expectAppShell(page, GINA);
    await logout(page, GINA);
  });

  it('says clearly that a used link is spent and offers a new one', async () => {
    const state = e2e();
    const { page, screenshot } = state;
    await page.goto(await resetLinkFromOutbox(state, GINA.email));
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill('another long passphrase');
    await page.getByRole('textbox', { name: 'Repeat the new password' }).fill('another long passphrase');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('alert').filter({ hasText: 'This reset link has already been used' }).waitFor();
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
    await screenshot('reset-used-1280');
  });

  it('lets the account admin publish new terms in Account Settings → General', async () => {
    const { page, server, screenshot } = e2e();
    await login(page, DEFAULT_ADMIN, server.url);
    await page.getByRole('button', { name: `Profile menu for ${DEFAULT_ADMIN.firstName} ${DEFAULT_ADMIN.surname}` }).click();
    await page.getByRole('menuitem', { name: 'Account Settings' }).click();
    await page.waitForURL('**/settings/account/general');
    await page.getByRole('tab', { name: 'General' }).waitFor();
    // The employees' terms; the external users' have a section of their own below.
    const terms = page.getByRole('region', { name: 'Terms of use', exact: true });
    await page.getByRole('region', { name: 'Terms of use for external users' }).waitFor();
    await terms.getByText('The account uses Gatehouse’s built-in terms (version 1), shown below.').waitFor();
    await terms.getByRole('textbox', { name: 'Text' }).fill(NEW_TERMS);
    await terms.getByRole('button', { name: 'Publish as new version' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish version 2?' });
    await dialog.waitFor();
    await screenshot('general-publish-confirm-1280');
    await dialog.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByText('Version 2 is published.').waitFor();
    await terms.getByText(/^Version 2, published /).waitFor();
    await screenshot('general-published-1280');
    await page.setViewportSize(PHONE);
    await expectNoSidewaysScroll(page);
    await screenshot('general-published-390');
    await page.setViewportSize(DESKTOP);
    // The publisher accepted the version by publishing it: no gate for them.
    await page.goto(`${server.url}/`);
    await expectAppShell(page, DEFAULT_ADMIN);
    await logout(page, DEFAULT_ADMIN);
  });

  it('makes the employee accept the new terms right after logging in, before anything else', async () => {
    const { page, server, screenshot } = e2e();
    await page.setViewportSize(PHONE);
    await fillLogin(page, GINA, server.url);
    await submitLogin(page);
    await page.getByRole('heading', { name: 'Terms of use' }).waitFor();
    await page.getByText('Wear your pass where it can be seen at all times.').waitFor();
    await expect(page.getByRole('button', { name: 'Accept and continue' }).isDisabled()).resolves.toBe(true);
    await expectNoSidewaysScroll(page);
    await screenshot('terms-gate-390');
    await page.setViewportSize(DESKTOP);
    await screenshot('terms-gate-1280');
    // Going elsewhere in the app shows the gate, not the page.
    await page.goto(`${server.url}/settings/audit`);
    await page.getByRole('checkbox', { name: 'I have read and accept version 2 of the terms of use' }).check();
    await page.getByRole('button', { name: 'Accept and continue' }).click();
    await page.getByRole('banner').getByText(GINA.accountName, { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Terms of use' }).waitFor({ state: 'detached' });
    await screenshot('terms-accepted-1280');
  });

  it("shows the admin the version and time the employee accepted, in the employee's drawer", async () => {
    const { page, server, screenshot } = e2e();
    await logout(page, GINA);
    await login(page, DEFAULT_ADMIN, server.url);
    await page.goto(`${server.url}/settings/people/employees`);
    await page.getByRole('table', { name: 'Employees' }).getByRole('row').getByRole('link', { name: `${GINA.firstName} ${GINA.surname}` }).click();
    await page.getByText(/^Terms of use: accepted version 2 on /).waitFor();
    await screenshot('employee-drawer-terms-1280');
  });
});
