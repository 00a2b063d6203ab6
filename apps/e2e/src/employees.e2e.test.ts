import type { Locator, Page } from 'playwright-core';
import { storageKinds } from './support/database';
import { DEFAULT_ADMIN, login } from './support/flows';
import { completeSetupByApi, useGatehouse } from './support/harness';
import { waitForOperation } from './support/network';
import { expectNoSidewaysScroll } from './support/layout';

/**
 * Add employee, Inactivate, Delete, Bulk update from the list, and userErrors beside their fields,
 * as an ACCOUNT_ADMIN does them in the admin app (Settings → Employees & Departments),
 * in headless Chromium against the built server. Each `it` continues where the last one
 * stopped: one admin, one browser, one account.
 */

interface Person {
  readonly firstName: string;
  readonly surname: string;
  readonly email: string;
}

const SAM: Person = { firstName: 'Sam', surname: 'Steward', email: 'sam.steward@riverside.example' };
const NORA: Person = { firstName: 'Nora', surname: 'Quinn', email: 'nora.quinn@riverside.example' };
const OMAR: Person = { firstName: 'Omar', surname: 'Haddad', email: 'omar.haddad@riverside.example' };
const NORA_RENAMED = 'Quinn-Hart';

const fullName = (p: Pick<Person, 'firstName' | 'surname'>) => `${p.firstName} ${p.surname}`;

/** The employee list table (it keeps rendering behind drawers and dialogs). */
const employeeTable = (page: Page) => page.getByRole('table', { name: 'Employees' });

/** The list's row for a person, by the name it shows. */
const employeeRow = (page: Page, name: string) => employeeTable(page).getByRole('row').filter({ hasText: name });

/** The pager under the list: "1–4 of 4". */
const pagerText = (page: Page, total: number) => page.getByText(`1–${total} of ${total}`, { exact: true });

/** Waits until a dialog (drawer, modal) has closed. */
const closed = (dialog: Locator) => dialog.waitFor({ state: 'detached' });

/** The ids its aria-describedby names, read as the text a screen reader announces with the field. */
async function accessibleDescription(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
      .join(' ')
      .trim(),
  );
}

describe.each(storageKinds())('employees: add, find, edit, inactivate, bulk edit, delete (%s)', (kind) => {
  const e2e = useGatehouse('employees', kind);
  const admin = DEFAULT_ADMIN;

  afterEach(() => {
    const { browser, server } = e2e();
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(server.errors).toEqual([]);
  });

  it('logs in as the account admin and opens Settings → Employees & Departments', async () => {
    const { server, page, screenshot } = e2e();
    await completeSetupByApi(server, admin);
    await login(page, admin, server.url);

    await page.getByRole('button', { name: `Profile menu for ${fullName(admin)}` }).click();
    await page.getByRole('menuitem', { name: 'Employees & Departments' }).click();
    await page.waitForURL('**/settings/people/employees');
    await page.getByRole('heading', { name: 'Employees & Departments' }).waitFor();
    await employeeRow(page, fullName(admin)).waitFor();
    await pagerText(page, 1).waitFor();
    await screenshot('employees-only-the-admin');
  });

  it('adds two departments and two user groups on their tabs', async () => {
    const { page, screenshot } = e2e();

    await page.getByRole('tab', { name: 'Departments' }).click();
    await page.waitForURL('**/settings/people/departments');
    const departments = page.getByRole('table', { name: 'Departments' });
    for (const name of ['Security', 'Medical']) {
      await page.getByRole('link', { name: '+ Add department' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add department' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
      if (name === 'Security') await screenshot('add-department-dialog');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await closed(dialog);
      await departments.getByRole('link', { name, exact: true }).waitFor();
    }
    await screenshot('departments-added');

    await page.getByRole('tab', { name: 'User Groups' }).click();
    await page.waitForURL('**/settings/people/groups');
    const groups = page.getByRole('table', { name: 'User groups' });
    const toAdd = [
      { name: 'North Stand', description: 'Stewards of the north stand and its concourse' },
      { name: 'Night Shift', description: 'On duty after 22:00' },
    ];
    for (const { name, description } of toAdd) {
      await page.getByRole('link', { name: '+ Add group' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add user group' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
      await dialog.getByRole('textbox', { name: 'Description' }).fill(description);
      if (name === 'North Stand') await screenshot('add-group-dialog');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await closed(dialog);
      await groups.getByRole('row').filter({ hasText: name }).filter({ hasText: description }).waitFor();
    }
    await screenshot('groups-added');
  });

  it('adds an employee in the drawer: department, role, groups and the permission matrix', async () => {
    const { page, screenshot } = e2e();
    await page.getByRole('tab', { name: 'Employees' }).click();
    await page.waitForURL('**/settings/people/employees');
    await page.getByRole('link', { name: '+ Add' }).click();
    await page.waitForURL('**/settings/people/employees/new');

    const drawer = page.getByRole('dialog', { name: 'Add employee' });
    await drawer.waitFor();
    const active = drawer.getByRole('switch', { name: 'Active' });
    expect(await active.isChecked()).toBe(true);
    await drawer.getByRole('textbox', { name: 'First name' }).fill(SAM.firstName);
    await drawer.getByRole('textbox', { name: 'Surname' }).fill(SAM.surname);
    await drawer.getByRole('textbox', { name: 'Email' }).fill(SAM.email);
    await drawer.getByRole('combobox', { name: 'Department' }).selectOption({ label: 'Security' });
    await drawer.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'General' });

    await drawer.getByRole('button', { name: 'Manage groups' }).click();
    const picker = page.getByRole('dialog', { name: 'Manage groups' });
    await picker.getByRole('checkbox', { name: 'North Stand' }).check();
    await picker.getByRole('checkbox', { name: 'Night Shift' }).check();
    await screenshot('manage-groups-dialog');
    await picker.getByRole('button', { name: 'Done' }).click();
    await closed(picker);
    const chips = drawer.getByRole('list', { name: 'User groups' });
    await chips.getByRole('listitem').filter({ hasText: 'North Stand' }).waitFor();
    await chips.getByRole('listitem').filter({ hasText: 'Night Shift' }).waitFor();

    // General: nothing is locked; grant Jobs access, see levels 1–3 and edit level 1.
    const matrix = drawer.getByRole('table', { name: 'Module permissions' });
    const box = (name: string) => matrix.getByRole('checkbox', { name, exact: true });
    expect(await box('Jobs: access').isDisabled()).toBe(false);
    await box('Jobs: access').check();
    for (const level of [1, 2, 3]) await box(`Jobs: see level ${level}`).check();
    await box('Jobs: edit level 1').check();
    expect(await box('Jobs: edit level 2').isChecked()).toBe(false);
    expect(await box('Incidents: access').isChecked()).toBe(false);
    await screenshot('add-employee-details');
    await matrix.scrollIntoViewIfNeeded();
    await screenshot('add-employee-matrix-general');

    // Admin includes access and both scopes in every module: shown ticked and greyed.
    await drawer.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Admin' });
    for (const module of ['Jobs', 'Incidents']) {
      await matrix.getByRole('checkbox', { name: `${module}: access`, checked: true, disabled: true }).waitFor();
      expect(await matrix.getByRole('combobox', { name: `${module}: see scope` }).inputValue()).toBe('ALL');
      expect(await matrix.getByRole('combobox', { name: `${module}: see scope` }).isDisabled()).toBe(true);
      expect(await matrix.getByRole('combobox', { name: `${module}: edit scope` }).inputValue()).toBe('ALL');
      expect(await matrix.getByRole('combobox', { name: `${module}: edit scope` }).isDisabled()).toBe(true);
      // Levels and module admin are not part of the Admin role.
      expect(await box(`${module}: module admin`).isDisabled()).toBe(false);
    }
    expect(await box('Jobs: see level 3').isChecked()).toBe(true);
    expect(await box('Jobs: see level 3').isDisabled()).toBe(false);
    expect(await box('Incidents: see level 1').isChecked()).toBe(false);
    await matrix.scrollIntoViewIfNeeded();
    await screenshot('add-employee-matrix-admin-locked');

    // Back to General: the locks go, what was ticked stays.
    await drawer.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'General' });
    await matrix.getByRole('checkbox', { name: 'Incidents: access', checked: false, disabled: false }).waitFor();
    await matrix.getByRole('checkbox', { name: 'Jobs: access', checked: true, disabled: false }).waitFor();
    for (const level of [1, 2, 3]) expect(await box(`Jobs: see level ${level}`).isChecked()).toBe(true);
    expect(await box('Jobs: edit level 1').isChecked()).toBe(true);
    expect(await box('Jobs: edit level 2').isChecked()).toBe(false);
    await screenshot('add-employee-matrix-general-again');

    const created = waitForOperation(page, 'CreateEmployee');
    await drawer.getByRole('button', { name: 'Save User' }).click();
    expect(JSON.stringify(await created)).toContain('"userErrors":[]');
    await closed(drawer);
    await page.getByText(`Added ${fullName(SAM)}.`).waitFor();
    const row = employeeRow(page, fullName(SAM));
    await row.getByRole('cell', { name: 'Security', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'General', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'North Stand, Night Shift' }).or(row.getByRole('cell', { name: 'Night Shift, North Stand' })).waitFor();
    await row.getByRole('cell', { name: 'Active', exact: true }).waitFor();
    await pagerText(page, 2).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot('employee-added');

    // What was saved is what the drawer shows when the row is opened again.
    await row.getByRole('link', { name: fullName(SAM) }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${fullName(SAM)}` });
    const saved = edit.getByRole('table', { name: 'Module permissions' });
    await saved.getByRole('checkbox', { name: 'Jobs: access', checked: true }).waitFor();
    for (const level of [1, 2, 3]) expect(await saved.getByRole('checkbox', { name: `Jobs: see level ${level}`, exact: true }).isChecked()).toBe(true);
    expect(await saved.getByRole('checkbox', { name: 'Jobs: see level 4', exact: true }).isChecked()).toBe(false);
    expect(await saved.getByRole('checkbox', { name: 'Jobs: edit level 1', exact: true }).isChecked()).toBe(true);
    expect(await saved.getByRole('checkbox', { name: 'Jobs: edit level 2', exact: true }).isChecked()).toBe(false);
    expect(await edit.getByRole('combobox', { name: 'Department' }).inputValue()).not.toBe('');
    expect(await edit.getByRole('combobox', { name: 'Role' }).inputValue()).toBe('GENERAL');
    await edit.getByRole('list', { name: 'User groups' }).getByRole('listitem').nth(1).waitFor();
    await screenshot('employee-reopened');
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await closed(edit);
  });

  it('adds two more employees through the same drawer', async () => {
    const { page, screenshot } = e2e();
    for (const [person, department] of [
      [NORA, 'Security'],
      [OMAR, 'No department'],
    ] as const) {
      await page.getByRole('link', { name: '+ Add' }).click();
      const drawer = page.getByRole('dialog', { name: 'Add employee' });
      await drawer.getByRole('textbox', { name: 'First name' }).fill(person.firstName);
      await drawer.getByRole('textbox', { name: 'Surname' }).fill(person.surname);
      await drawer.getByRole('textbox', { name: 'Email' }).fill(person.email);
      await drawer.getByRole('combobox', { name: 'Department' }).selectOption({ label: department });
      const created = waitForOperation(page, 'CreateEmployee');
      await drawer.getByRole('button', { name: 'Save User' }).click();
      expect(JSON.stringify(await created)).toContain('"userErrors":[]');
      await closed(drawer);
      await employeeRow(page, fullName(person)).waitFor();
    }
    await pagerText(page, 4).waitFor();
    await employeeRow(page, fullName(OMAR)).getByRole('cell', { name: '—', exact: true }).first().waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot('three-employees-added');
  });

  it('finds an employee by search (kept in the URL) and edits the surname; the email is read-only', async () => {
    const { page, screenshot } = e2e();
    await page.getByRole('searchbox', { name: 'Search' }).fill('quinn');
    await page.waitForURL(/[?&]q=quinn(&|$)/);
    await pagerText(page, 1).waitFor();
    await employeeRow(page, fullName(NORA)).waitFor();
    expect(await employeeRow(page, fullName(SAM)).count()).toBe(0);
    await screenshot('search-quinn');

    // A reload keeps the search: list state lives in the URL.
    await page.reload();
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('quinn');
    await pagerText(page, 1).waitFor();
    await employeeRow(page, fullName(NORA)).waitFor();

    // Open the row (anywhere on it, not only the name link).
    await employeeRow(page, fullName(NORA)).getByRole('cell', { name: NORA.email }).click();
    await page.waitForURL(/\/settings\/people\/employees\/[^/?]+\?q=quinn$/);
    const drawer = page.getByRole('dialog', { name: `Edit ${fullName(NORA)}` });
    const email = drawer.getByRole('textbox', { name: 'Email' });
    expect(await email.inputValue()).toBe(NORA.email);
    expect(await email.isEditable()).toBe(false);
    expect(await accessibleDescription(email)).toContain('An email is fixed once the person is created.');
    await drawer.getByRole('textbox', { name: 'Surname' }).fill(NORA_RENAMED);
    await screenshot('edit-employee-drawer');

    const updated = waitForOperation(page, 'UpdateEmployee');
    await drawer.getByRole('button', { name: 'Save User' }).click();
    expect(JSON.stringify(await updated)).toContain('"userErrors":[]');
    await closed(drawer);
    // Closing returns to the list as it was: still searching for "quinn".
    await page.waitForURL(/\/settings\/people\/employees\?q=quinn$/);
    const renamed = { firstName: NORA.firstName, surname: NORA_RENAMED };
    await employeeRow(page, fullName(renamed)).waitFor();
    await page.getByText(`Saved ${fullName(renamed)}.`).waitFor();
    await screenshot('surname-changed');

    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.waitForURL(/\/settings\/people\/employees$/);
    await pagerText(page, 4).waitFor();
  });

  it('inactivates an employee; the list and the Active filter show it', async () => {
    const { page, screenshot } = e2e();
    await employeeRow(page, fullName(OMAR)).getByRole('link', { name: fullName(OMAR) }).click();
    const drawer = page.getByRole('dialog', { name: `Edit ${fullName(OMAR)}` });
    const active = drawer.getByRole('switch', { name: 'Active' });
    expect(await active.isChecked()).toBe(true);
    await active.uncheck();
    await screenshot('inactivate-switch-off');
    const updated = waitForOperation(page, 'UpdateEmployee');
    await drawer.getByRole('button', { name: 'Save User' }).click();
    expect(JSON.stringify(await updated)).toContain('"userErrors":[]');
    await closed(drawer);
    await employeeRow(page, fullName(OMAR)).getByRole('cell', { name: 'Inactive', exact: true }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot('employee-inactive');

    const filter = page.getByRole('combobox', { name: 'Active' });
    await filter.selectOption({ label: 'Inactive' });
    await page.waitForURL(/[?&]active=false/);
    await pagerText(page, 1).waitFor();
    await employeeRow(page, fullName(OMAR)).waitFor();
    await screenshot('filter-inactive');

    await filter.selectOption({ label: 'Active' });
    await page.waitForURL(/[?&]active=true/);
    await pagerText(page, 3).waitFor();
    expect(await employeeRow(page, fullName(OMAR)).count()).toBe(0);
    await employeeRow(page, fullName(SAM)).waitFor();
    await screenshot('filter-active');

    await filter.selectOption({ label: 'Any' });
    await page.waitForURL(/\/settings\/people\/employees$/);
    await pagerText(page, 4).waitFor();
  });

  it('bulk edits two selected employees into Medical', async () => {
    const { page, screenshot } = e2e();
    const nora = fullName({ firstName: NORA.firstName, surname: NORA_RENAMED });
    for (const name of [nora, fullName(OMAR)]) {
      // The selection box is the row's first cell, at the left.
      await employeeRow(page, name).getByRole('cell').first().getByRole('checkbox', { name: `Select ${name}` }).check();
    }
    await screenshot('two-selected');
    await page.getByRole('button', { name: 'Bulk edit (2)' }).click();

    const dialog = page.getByRole('dialog', { name: 'Bulk edit 2 employees' });
    const apply = dialog.getByRole('button', { name: 'Apply to 2 employees' });
    expect(await apply.isDisabled()).toBe(true);
    await dialog.getByRole('combobox', { name: 'Department' }).selectOption({ label: 'Medical' });
    await screenshot('bulk-edit-dialog');
    const updated = waitForOperation(page, 'BulkUpdateEmployees');
    await apply.click();
    expect(JSON.stringify(await updated)).toContain('"userErrors":[]');
    await closed(dialog);

    for (const name of [nora, fullName(OMAR)]) {
      await employeeRow(page, name).getByRole('cell', { name: 'Medical', exact: true }).waitFor();
    }
    await employeeRow(page, fullName(SAM)).getByRole('cell', { name: 'Security', exact: true }).waitFor();
    // A finished bulk edit clears the selection.
    await page.getByRole('button', { name: /^Bulk edit/ }).waitFor({ state: 'detached' });
    await expectNoSidewaysScroll(page);
    await screenshot('bulk-edit-applied');
  });

  it('deletes one employee after typing the number the dialog shows', async () => {
    const { page, screenshot } = e2e();
    await employeeTable(page).getByRole('checkbox', { name: `Select ${fullName(OMAR)}` }).check();
    const challenged = waitForOperation(page, 'RequestDeleteChallenge');
    await page.getByRole('button', { name: 'Delete (1)' }).click();
    await challenged;

    const dialog = page.getByRole('dialog', { name: 'Delete 1 employee' });
    const number = dialog.getByLabel('Confirmation number', { exact: true });
    const code = ((await number.textContent()) ?? '').trim();
    expect(code).toMatch(/^\d{4,}$/);
    const confirm = dialog.getByRole('button', { name: 'Confirm delete' });
    expect(await confirm.isDisabled()).toBe(true);
    await screenshot('delete-dialog');

    const boxes = dialog.getByRole('textbox', { name: /^Confirmation number, character \d+$/ });
    expect(await boxes.count()).toBe(code.length);
    await boxes.first().click();
    await page.keyboard.type(code);
    await confirm.and(page.locator(':enabled')).waitFor();
    await screenshot('delete-number-typed');

    const deleted = waitForOperation(page, 'DeleteEmployees');
    await confirm.click();
    expect(JSON.stringify(await deleted)).toContain('"userErrors":[]');
    await closed(dialog);
    await employeeRow(page, fullName(OMAR)).waitFor({ state: 'detached' });
    await pagerText(page, 3).waitFor();
    await page.getByText('Deleted 1 employee.').waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot('employee-deleted');
  });

  it('shows a duplicate email (another case) beside the Email field and creates nobody', async () => {
    const { page, screenshot } = e2e();
    await page.getByRole('link', { name: '+ Add' }).click();
    const drawer = page.getByRole('dialog', { name: 'Add employee' });
    await drawer.getByRole('textbox', { name: 'First name' }).fill('Samantha');
    await drawer.getByRole('textbox', { name: 'Surname' }).fill('Stewart');
    const email = drawer.getByRole('textbox', { name: 'Email' });
    await email.fill(`  ${SAM.email.toUpperCase()} `);
    const created = waitForOperation(page, 'CreateEmployee');
    await drawer.getByRole('button', { name: 'Save User' }).click();
    const body = JSON.stringify(await created);
    expect(body).toContain('"employee":null');
    expect(body).toContain('"field":"email"');

    await email.and(page.locator('[aria-invalid="true"]')).waitFor();
    const message = drawer.getByText('An employee in this account already has this email.');
    await message.waitFor();
    expect(await accessibleDescription(email)).toContain('An employee in this account already has this email.');
    // Beside the field: directly under the Email input, not in an alert at the top.
    const field = await email.boundingBox();
    const error = await message.boundingBox();
    expect(field).not.toBeNull();
    expect(error).not.toBeNull();
    if (field && error) {
      expect(error.y).toBeGreaterThanOrEqual(field.y + field.height - 1);
      expect(error.y - (field.y + field.height)).toBeLessThan(24);
      expect(Math.abs(error.x - field.x)).toBeLessThan(24);
    }
    expect(await drawer.getByRole('alert').count()).toBe(0);
    // Nothing else is marked wrong, and what was typed stays.
    expect(await drawer.getByRole('textbox', { name: 'First name' }).getAttribute('aria-invalid')).not.toBe('true');
    expect(await drawer.getByRole('textbox', { name: 'Surname' }).inputValue()).toBe('Stewart');
    await screenshot('duplicate-email-error');

    await drawer.getByRole('button', { name: 'Cancel' }).click();
    await closed(drawer);
    await pagerText(page, 3).waitFor();
    expect(await employeeRow(page, 'Samantha').count()).toBe(0);
    // Searching by the email finds exactly the one person who has it.
    await page.getByRole('searchbox', { name: 'Search' }).fill(SAM.email);
    await page.waitForURL(/[?&]q=sam.steward/);
    await pagerText(page, 1).waitFor();
    await employeeRow(page, fullName(SAM)).waitFor();
    await screenshot('nobody-created');
  });
});
