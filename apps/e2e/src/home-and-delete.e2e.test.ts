import type { Page } from 'playwright-core';
import { storageKinds } from './support/database';
import { DEFAULT_ADMIN, login } from './support/flows';
import { completeSetupByApi, useGatehouse } from './support/harness';
import { waitForOperation } from './support/network';
import { expectNoSidewaysScroll } from './support/layout';

/**
 * The Home page an account admin lands on (head counts by role and state, each a link to the
 * filtered list) and the delete feedback of the employee list (a selection holding the admin
 * is refused before any dialog opens, naming who blocks it; a wrong confirmation number is
 * said beside the boxes), on a laptop and a phone screen. One server and one browser for the
 * whole file: each `it` continues where the last one stopped.
 */

const VIEWPORTS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface Person {
  readonly firstName: string;
  readonly surname: string;
  readonly role: 'ACCOUNT_ADMIN' | 'USER_ADMIN' | 'ADMIN' | 'GENERAL';
  readonly isActive: boolean;
}

/** Besides the admin: 3 general (one inactive), 1 admin, 1 user admin; none invited yet. */
const PEOPLE: readonly Person[] = [
  { firstName: 'Sam', surname: 'Steward', role: 'GENERAL', isActive: true },
  { firstName: 'Nora', surname: 'Quinn', role: 'GENERAL', isActive: true },
  { firstName: 'Omar', surname: 'Haddad', role: 'GENERAL', isActive: false },
  { firstName: 'Lena', surname: 'Lead', role: 'ADMIN', isActive: true },
  { firstName: 'Uma', surname: 'Users', role: 'USER_ADMIN', isActive: true },
];

const fullName = (p: Pick<Person, 'firstName' | 'surname'>) => `${p.firstName} ${p.surname}`;
const ADMIN_NAME = fullName(DEFAULT_ADMIN);

/** Runs a GraphQL operation as the logged-in page would (its cookies, JSON body); the parsed response. */
async function gql(page: Page, query: string, variables: Record<string, unknown>): Promise<unknown> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as unknown;
    },
    { query, variables },
  );
}

/** How many employees the server holds: deletion must not have happened behind the test's back. */
async function employeeCount(page: Page): Promise<number> {
  const body = await gql(page, 'query { employees(first: 1) { totalCount } }', {});
  return (body as { data: { employees: { totalCount: number } } }).data.employees.totalCount;
}

describe.each(storageKinds())('home overview and delete feedback (%s)', (kind) => {
  const e2e = useGatehouse('home-and-delete', kind);
  const admin = DEFAULT_ADMIN;

  afterEach(() => {
    const { browser, server } = e2e();
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(server.errors).toEqual([]);
  });

  it('logs in and adds five people of every role, one of them inactive', async () => {
    const { server, page } = e2e();
    await completeSetupByApi(server, admin);
    await login(page, admin, server.url);
    for (const p of PEOPLE) {
      const email = `${p.firstName}.${p.surname}@riverside.example`.toLowerCase();
      const created = await gql(page, 'mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } userErrors { message } } }', {
        input: { firstName: p.firstName, surname: p.surname, email, role: p.role, isActive: p.isActive },
      });
      expect(JSON.stringify(created)).toContain('"userErrors":[]');
    }
  });

  it.each(VIEWPORTS)('shows the people by role and by state on Home ($name)', async ({ name, width, height }) => {
    const { server, page, screenshot } = e2e();
    await page.setViewportSize({ width, height });
    await page.goto(server.url);
    await page.getByRole('heading', { name: `Welcome, ${admin.firstName}` }).waitFor();
    expect(await page.title()).toBe('Home · Gatehouse');

    const byRole = page.getByRole('region', { name: 'People by role' });
    for (const figure of ['Account admin: 1', 'User admin: 1', 'Admin: 1', 'General: 3']) {
      await byRole.getByRole('link', { name: figure, exact: true }).waitFor();
    }
    await byRole.getByText('6 people in all').waitFor();
    // The bars say the same as the figures: a share of the whole.
    expect(await byRole.getByLabel('General: 3 of 6').getAttribute('aria-valuenow')).toBe('50');

    const byState = page.getByRole('region', { name: 'People by state' });
    // The admin accepted (setup); the five added people are not invited yet.
    for (const figure of ['Active: 5', 'Inactive: 1', 'Not invited: 5', 'Invited: 0', 'Accepted: 1']) {
      await byState.getByRole('link', { name: figure, exact: true }).waitFor();
    }
    await page.getByRole('region', { name: 'Recent changes' }).getByText('Uma Users').first().waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(`home-${name}`);
  });

  it.each([
    { viewport: VIEWPORTS[0], panel: 'People by role', figure: 'General: 3', url: /\?role=GENERAL$/, names: ['Sam Steward', 'Nora Quinn', 'Omar Haddad'] },
    { viewport: VIEWPORTS[1], panel: 'People by state', figure: 'Inactive: 1', url: /\?active=false$/, names: ['Omar Haddad'] },
  ])('opens the list filtered by a figure it links ($figure, $viewport.name)', async ({ viewport, panel, figure, url, names }) => {
    const { server, page, screenshot } = e2e();
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto(server.url);
    await page.getByRole('region', { name: panel }).getByRole('link', { name: figure, exact: true }).click();
    await page.waitForURL(url);
    const total = names.length;
    await page.getByText(`1–${total} of ${total}`, { exact: true }).waitFor();
    // The table at 1280 px and the cards on a phone both carry the name "Employees".
    const list = page.getByRole(viewport.name === 'phone' ? 'list' : 'table', { name: 'Employees' });
    for (const n of names) await list.getByText(n, { exact: true }).first().waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(`home-link-${viewport.name}`);
  });

  it.each(VIEWPORTS)('refuses a selection holding the admin before any dialog opens, naming them ($name)', async ({ name, width, height }) => {
    const { server, page, screenshot } = e2e();
    await page.setViewportSize({ width, height });
    await page.goto(`${server.url}/settings/people/employees`);
    await page.getByText('1–6 of 6', { exact: true }).waitFor();
    await page.getByRole('checkbox', { name: 'Select Sam Steward' }).check();
    await page.getByRole('checkbox', { name: `Select ${ADMIN_NAME}` }).check();

    const button = page.getByRole('button', { name: 'Delete (2)' });
    expect(await button.isDisabled()).toBe(true);
    // The reason is announced with the button and shown beside it.
    const describedBy = (await button.getAttribute('aria-describedby')) ?? '';
    const reason = page.locator(`[id="${describedBy}"]`);
    expect(await reason.textContent()).toBe(`You cannot delete yourself: ${ADMIN_NAME}.`);
    expect(await reason.isVisible()).toBe(true);
    await button.click({ force: true });
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await screenshot(`delete-refused-${name}`);

    // Without the admin the same button opens the dialog.
    await page.getByRole('checkbox', { name: `Select ${ADMIN_NAME}` }).uncheck();
    expect(await page.getByRole('button', { name: 'Delete (1)' }).isEnabled()).toBe(true);
    expect(await reason.count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Select Sam Steward' }).uncheck();
  });

  it.each(VIEWPORTS)('says a wrong confirmation number beside the boxes and deletes nobody ($name)', async ({ name, width, height }) => {
    const { server, page, screenshot } = e2e();
    await page.setViewportSize({ width, height });
    await page.goto(`${server.url}/settings/people/employees`);
    await page.getByText('1–6 of 6', { exact: true }).waitFor();
    await page.getByRole('checkbox', { name: 'Select Nora Quinn' }).check();
    const challenged = waitForOperation(page, 'RequestDeleteChallenge');
    await page.getByRole('button', { name: 'Delete (1)' }).click();
    await challenged;

    const dialog = page.getByRole('dialog', { name: 'Delete 1 employee' });
    const code = ((await dialog.getByLabel('Confirmation number', { exact: true }).textContent()) ?? '').trim();
    expect(code).toMatch(/^\d{4,}$/);
    // Any other number of the same length: the last digit changed.
    const wrong = `${code.slice(0, -1)}${(Number(code.at(-1)) + 1) % 10}`;
    const boxes = dialog.getByRole('textbox', { name: /^Confirmation number, character \d+$/ });
    await boxes.first().click();
    await page.keyboard.type(wrong);
    const refused = waitForOperation(page, 'DeleteEmployees');
    await dialog.getByRole('button', { name: 'Confirm delete' }).click();
    expect(JSON.stringify(await refused)).toContain('"field":"code"');

    // Beside the boxes, tied to them for a screen reader, and the boxes are marked invalid.
    const group = dialog.getByRole('group', { name: 'Type the confirmation number' });
    const message = dialog.getByText(/^That is not the number shown \(\d+ tr(y|ies) left\)\.$/);
    await message.waitFor();
    expect(await group.getAttribute('aria-describedby')).toBe(await message.getAttribute('id'));
    expect(await boxes.first().getAttribute('aria-invalid')).toBe('true');
    const [groupBox, messageBox] = [await group.boundingBox(), await message.boundingBox()];
    expect(groupBox && messageBox && messageBox.y >= groupBox.y + groupBox.height && messageBox.y - (groupBox.y + groupBox.height) < 40).toBe(true);
    await expectNoSidewaysScroll(page);
    await screenshot(`delete-wrong-number-${name}`);

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await employeeCount(page)).toBe(6);
    await page.getByRole('checkbox', { name: 'Select Nora Quinn' }).uncheck();
  });
});
