import type { Locator, Page } from 'playwright-core';
import { storageKinds } from './support/database';
import { DEFAULT_ADMIN, login } from './support/flows';
import { completeSetupByApi, useGatehouse } from './support/harness';
import { waitForOperation } from './support/network';
import { expectNoSidewaysScroll } from './support/layout';

/**
 * External users as an ACCOUNT_ADMIN manages them (Settings → Employees & Departments →
 * External Users): add, edit, promote one to employee with Save User and find them among the
 * employees, delete another through the typed-number dialog; the list at 1280 px (a table) and
 * at 390 px (cards). Each `it` continues where the last one stopped.
 */

const KIM = { firstName: 'Kim', lastName: 'Contractor', email: 'kim.contractor@riverside.example' };
const LEO = { firstName: 'Leo', lastName: 'Steward', email: 'leo.steward@riverside.example' };
const KIM_RENAMED = 'Contractor-Lee';

const table = (page: Page) => page.getByRole('table', { name: 'External users' });
const row = (page: Page, name: string) => table(page).getByRole('row').filter({ hasText: name });
const closed = (dialog: Locator) => dialog.waitFor({ state: 'detached' });

describe.each(storageKinds())('external users: add, edit, promote, delete (%s)', (kind) => {
  const e2e = useGatehouse('external-users', kind);
  const admin = DEFAULT_ADMIN;

  afterEach(() => {
    const { browser, server } = e2e();
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(server.errors).toEqual([]);
  });

  it('opens the External Users tab beside Employees', async () => {
    const { server, page, screenshot } = e2e();
    await completeSetupByApi(server, admin);
    await page.setViewportSize({ width: 1280, height: 800 });
    await login(page, admin, server.url);
    await page.goto(`${server.url}/settings/people/employees`);
    await page.getByRole('tab', { name: 'External Users' }).click();
    await page.waitForURL('**/settings/people/external');
    await page.getByText('No external users yet.').waitFor();
    expect(await page.title()).toBe('External Users · Gatehouse');
    await screenshot('external-users-empty');
  });

  it('adds two external users in the drawer', async () => {
    const { page, screenshot } = e2e();
    for (const person of [KIM, LEO]) {
      await page.getByRole('link', { name: '+ Add' }).click();
      const drawer = page.getByRole('dialog', { name: 'Add external user' });
      await drawer.getByRole('textbox', { name: 'First name' }).fill(person.firstName);
      await drawer.getByRole('textbox', { name: 'Last name' }).fill(person.lastName);
      await drawer.getByRole('textbox', { name: 'Email' }).fill(person.email.toUpperCase());
      if (person === KIM) await screenshot('add-external-user');
      const created = waitForOperation(page, 'CreateExternalUser');
      await drawer.getByRole('button', { name: 'Save' }).click();
      expect(JSON.stringify(await created)).toContain('"userErrors":[]');
      await closed(drawer);
      await row(page, `${person.firstName} ${person.lastName}`).getByRole('cell', { name: person.email }).waitFor();
    }
    await page.getByText('1–2 of 2', { exact: true }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot('external-users-1280');
  });

  it("refuses an employee's email beside the Email field", async () => {
    const { page } = e2e();
    await page.getByRole('link', { name: '+ Add' }).click();
    const drawer = page.getByRole('dialog', { name: 'Add external user' });
    await drawer.getByRole('textbox', { name: 'First name' }).fill('Dup');
    await drawer.getByRole('textbox', { name: 'Last name' }).fill('Licate');
    await drawer.getByRole('textbox', { name: 'Email' }).fill(admin.email);
    await drawer.getByRole('button', { name: 'Save' }).click();
    await drawer.getByText('An employee in this account already has this email.').waitFor();
    // The form holds unsaved changes: closing asks first.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Discard changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await closed(drawer);
    expect(await table(page).getByRole('row').filter({ hasText: 'Licate' }).count()).toBe(0);
  });

  it('edits a name; the email is read-only', async () => {
    const { page, screenshot } = e2e();
    await row(page, `${KIM.firstName} ${KIM.lastName}`).getByRole('link').click();
    const drawer = page.getByRole('dialog', { name: `Edit ${KIM.firstName} ${KIM.lastName}` });
    const email = drawer.getByRole('textbox', { name: 'Email' });
    expect(await email.inputValue()).toBe(KIM.email);
    expect(await email.getAttribute('readonly')).not.toBeNull();
    await drawer.getByRole('textbox', { name: 'Last name' }).fill(KIM_RENAMED);
    await screenshot('edit-external-user');
    const updated = waitForOperation(page, 'UpdateExternalUser');
    await drawer.getByRole('button', { name: 'Save' }).click();
    expect(JSON.stringify(await updated)).toContain('"userErrors":[]');
    await closed(drawer);
    await row(page, `${KIM.firstName} ${KIM_RENAMED}`).waitFor();
  });

  it('promotes to employee with Save User; they are found among the employees', async () => {
    const { page, screenshot } = e2e();
    const name = `${KIM.firstName} ${KIM_RENAMED}`;
    await row(page, name).getByRole('link').click();
    await page.getByRole('dialog', { name: `Edit ${name}` }).getByRole('link', { name: 'Promote to Employee' }).click();
    const drawer = page.getByRole('dialog', { name: `Promote ${name} to employee` });
    expect(await drawer.getByRole('textbox', { name: 'First name' }).inputValue()).toBe(KIM.firstName);
    expect(await drawer.getByRole('textbox', { name: 'Surname' }).inputValue()).toBe(KIM_RENAMED);
    const email = drawer.getByRole('textbox', { name: 'Email' });
    expect(await email.inputValue()).toBe(KIM.email);
    expect(await email.getAttribute('readonly')).not.toBeNull();
    await drawer.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Admin' });
    await screenshot('promote-form');
    const promoted = waitForOperation(page, 'PromoteExternalUser');
    await drawer.getByRole('button', { name: 'Save User' }).click();
    expect(JSON.stringify(await promoted)).toContain('"userErrors":[]');
    await closed(drawer);
    await page.getByText(`${name} is now an employee.`).waitFor();
    await row(page, name).waitFor({ state: 'detached' });
    await page.getByText('1–1 of 1', { exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Employees' }).click();
    await page.waitForURL('**/settings/people/employees');
    const employees = page.getByRole('table', { name: 'Employees' });
    await employees.getByRole('row').filter({ hasText: `${admin.firstName} ${admin.surname}` }).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('contractor-lee');
    await page.waitForURL(/q=contractor-lee/);
    await employees.getByRole('row').filter({ hasText: `${admin.firstName} ${admin.surname}` }).waitFor({ state: 'detached' });
    const employee = page.getByRole('table', { name: 'Employees' }).getByRole('row').filter({ hasText: name });
    await employee.getByRole('cell', { name: KIM.email }).waitFor();
    await employee.getByRole('cell', { name: 'Admin', exact: true }).waitFor();
    await screenshot('promoted-in-employees');
  });

  it('deletes an external user after typing the number the dialog shows', async () => {
    const { page, screenshot, server } = e2e();
    await page.goto(`${server.url}/settings/people/external`);
    const name = `${LEO.firstName} ${LEO.lastName}`;
    await table(page).getByRole('checkbox', { name: `Select ${name}` }).check();
    const challenged = waitForOperation(page, 'RequestExternalUserDeleteChallenge');
    await page.getByRole('button', { name: 'Delete (1)' }).click();
    await challenged;
    const dialog = page.getByRole('dialog', { name: 'Delete 1 external user' });
    const code = ((await dialog.getByLabel('Confirmation number', { exact: true }).textContent()) ?? '').trim();
    expect(code).toMatch(/^\d{4,}$/);
    await screenshot('delete-external-user-dialog');
    await dialog.getByRole('textbox', { name: /^Confirmation number, character \d+$/ }).first().click();
    await page.keyboard.type(code);
    const deleted = waitForOperation(page, 'DeleteExternalUsers');
    await dialog.getByRole('button', { name: 'Confirm delete' }).click();
    expect(JSON.stringify(await deleted)).toContain('"userErrors":[]');
    await closed(dialog);
    await page.getByText('Deleted 1 external user.').waitFor();
    await page.getByText('No external users yet.').waitFor();
  });

  it('shows cards on a 390 px phone, nothing wider than the screen', async () => {
    const { page, screenshot } = e2e();
    await page.getByRole('link', { name: '+ Add' }).click();
    const drawer = page.getByRole('dialog', { name: 'Add external user' });
    await drawer.getByRole('textbox', { name: 'First name' }).fill(LEO.firstName);
    await drawer.getByRole('textbox', { name: 'Last name' }).fill('Very-Long-Surname-Of-A-Steward');
    await drawer.getByRole('textbox', { name: 'Email' }).fill('leo.with.a.rather.long.address@riverside.example');
    await drawer.getByRole('button', { name: 'Save' }).click();
    await closed(drawer);
    await page.setViewportSize({ width: 390, height: 844 });
    const cards = page.getByRole('list', { name: 'External users' });
    await cards.getByRole('listitem').first().waitFor();
    expect(await table(page).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Sort by' }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot('external-users-390');
    await cards.getByRole('link', { name: /Leo/ }).click();
    await page.getByRole('dialog', { name: /^Edit Leo/ }).waitFor();
    await screenshot('edit-external-user-390');
  });
});
