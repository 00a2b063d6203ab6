import { storageKinds } from './support/database';
import { DEFAULT_ADMIN, completeSetup, expectAppShell, fillLogin, login, logout, submitLogin, submitSetup, waitUntilEnabled } from './support/flows';
import { useGatehouse } from './support/harness';

/**
 * First run and log in / out, through the admin app in headless Chromium, against the
 * built server: setup link → form → app shell → log out and in twice → restart → log in.
 */
describe.each(storageKinds())('first run, log in and out, restart (%s)', (kind) => {
  const e2e = useGatehouse('first-run', kind);
  const admin = DEFAULT_ADMIN;

  afterEach(() => {
    const { browser, server } = e2e();
    // Nothing a person sees, but a sign of breakage all the same.
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(server.errors).toEqual([]);
  });

  it('opens the printed setup link and creates the account and its admin', async () => {
    const { server, page, screenshot } = e2e();
    const setupUrl = server.setupUrl;
    expect(setupUrl).toMatch(new RegExp(`^${server.url}/setup\\?token=[\\w-]{20,}$`));

    await completeSetup(page, setupUrl ?? '', admin);
    await screenshot('setup-form-filled');
    await submitSetup(page);
    await expectAppShell(page, admin);
    expect(new URL(page.url()).pathname).toBe('/');
    await screenshot('logged-in-after-setup');
  });

  it('logs out and in, twice', async () => {
    const { page, screenshot } = e2e();
    await logout(page, admin);
    await screenshot('logged-out');

    await fillLogin(page, { email: admin.email, password: 'not the password at all' });
    await submitLogin(page);
    await page.getByRole('alert').filter({ hasText: 'Could not log in' }).waitFor();
    await waitUntilEnabled(page, 'Log in');
    await screenshot('wrong-password');

    // Emails are compared case-insensitively.
    await fillLogin(page, { ...admin, email: admin.email.toUpperCase() });
    await screenshot('login-form-filled');
    await submitLogin(page);
    await expectAppShell(page, admin);
    await screenshot('logged-in-1');

    await logout(page, admin);
    await login(page, admin);
    await screenshot('logged-in-2');

    // A reload keeps the session (cookies, refresh).
    await page.reload();
    await expectAppShell(page, admin);
  });

  it('after a restart on the same data: the session survives, no setup link, the link is spent, log in works', async () => {
    const { page, screenshot } = e2e();
    const server = await e2e().restartServer();
    expect(server.setupUrl).toBeUndefined();
    // The signing key lives in the database: a restart does not log people out.
    await page.reload();
    await expectAppShell(page, admin);
    await screenshot('still-logged-in-after-restart');
    await logout(page, admin);

    await page.goto(`${server.url}/setup?token=spent-or-made-up`);
    await page.getByRole('alert').filter({ hasText: 'This setup link cannot be used' }).waitFor();
    await screenshot('setup-link-after-setup');

    await login(page, admin, server.url);
    await screenshot('logged-in-after-restart');
  });
});
