import type { Page } from 'playwright-core';

/** The account admin that the first-run setup creates. */
export interface Admin {
  readonly accountName: string;
  readonly firstName: string;
  readonly surname: string;
  readonly email: string;
  readonly password: string;
}

export const DEFAULT_ADMIN: Admin = {
  accountName: 'Riverside Arena',
  firstName: 'Ada',
  surname: 'Admin',
  email: 'ada.admin@riverside.example',
  password: 'gate keeper lantern orchard',
};

/** Opens the printed setup link and fills the form as a person would. */
export async function completeSetup(page: Page, setupUrl: string, admin: Admin): Promise<void> {
  await page.goto(setupUrl);
  await page.getByRole('heading', { name: 'Set up Gatehouse' }).waitFor();
  await page.getByLabel('Account name').fill(admin.accountName);
  await page.getByLabel('First name').fill(admin.firstName);
  await page.getByLabel('Surname').fill(admin.surname);
  await page.getByLabel('Email').fill(admin.email);
  // Not getByLabel('Password'): the show/hide button is labelled "Toggle password visibility".
  await page.getByRole('textbox', { name: 'Password' }).fill(admin.password);
  await page.getByRole('checkbox', { name: 'I accept the terms of use' }).check();
}

/** Accepting an invitation logs the person in; before anything else they accept the account's terms of use. */
export async function acceptTermsGate(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Terms of use' }).waitFor();
  await page.getByRole('checkbox', { name: /^I have read and accept version \d+ of the terms of use$/ }).check();
  await page.getByRole('button', { name: 'Accept and continue' }).click();
  await page.getByRole('heading', { name: 'Terms of use' }).waitFor({ state: 'detached' });
}

/** Submits the setup form filled by completeSetup. */
export async function submitSetup(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** Waits for the app shell: the account's name in the header and the welcome heading. */
export async function expectAppShell(page: Page, admin: Admin): Promise<void> {
  await page.getByRole('banner').getByText(admin.accountName, { exact: true }).waitFor();
  await page.getByRole('heading', { name: `Welcome, ${admin.firstName}` }).waitFor();
}

/** Logs out through the profile menu and waits for the login page. */
export async function logout(page: Page, admin: Admin): Promise<void> {
  await page.getByRole('button', { name: `Profile menu for ${admin.firstName} ${admin.surname}` }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await page.getByRole('heading', { name: 'Log in to Gatehouse' }).waitFor();
}

/** Fills the login form (on the current page, or `/login` of baseUrl when given). */
export async function fillLogin(page: Page, credentials: Pick<Admin, 'email' | 'password'>, baseUrl?: string): Promise<void> {
  if (baseUrl !== undefined) await page.goto(`${baseUrl}/login`);
  await page.getByRole('heading', { name: 'Log in to Gatehouse' }).waitFor();
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(credentials.password);
}

/** Submits the login form. */
export async function submitLogin(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Waits until a button is usable again (a loading Mantine button is disabled), e.g. before a screenshot. */
export async function waitUntilEnabled(page: Page, buttonName: string): Promise<void> {
  await page.getByRole('button', { name: buttonName }).and(page.locator(':enabled')).waitFor();
}

/** Logs in and waits for the app shell. */
export async function login(page: Page, admin: Admin, baseUrl?: string): Promise<void> {
  await fillLogin(page, admin, baseUrl);
  await submitLogin(page);
  await expectAppShell(page, admin);
}
