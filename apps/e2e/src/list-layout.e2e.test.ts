import type { Locator, Page } from 'playwright-core';
import { storageKinds } from './support/database';
import { DEFAULT_ADMIN, login } from './support/flows';
import { completeSetupByApi, useGatehouse } from './support/harness';
import { clippedTexts } from './support/layout';

/**
 * The list pages' layout, measured in the browser: at 1280×800 every employee row is one
 * line; at 390×844 (a phone) no page and no list is wider than the screen. The account holds
 * 64 employees with long names and emails, two departments and two groups, made over
 * GraphQL with the admin's session.
 */

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const TABLET = { width: 1024, height: 768 };
const EMPLOYEES = 64;

/** Sends one GraphQL operation with the browser's session cookies; throws on errors and userErrors. */
async function graphql<T>(page: Page, baseUrl: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post(`${baseUrl}/graphql`, { data: { query, variables } });
  const body = (await response.json()) as { data?: Record<string, { userErrors?: unknown[] } & T>; errors?: unknown };
  const payload = body.data === undefined ? undefined : Object.values(body.data)[0];
  if (body.errors !== undefined || payload === undefined || (payload.userErrors?.length ?? 0) > 0) {
    throw new Error(`GraphQL failed: ${JSON.stringify(body)}`);
  }
  return payload;
}

const CREATE_DEPARTMENT = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } userErrors { message } } }`;
const CREATE_GROUP = `mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { userGroup { id } userErrors { message } } }`;
const CREATE_EMPLOYEE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } userErrors { message } } }`;

const FIRST_NAMES = ['Maximiliana', 'Bartholomew', 'Anastasia', 'Christopher', 'Wilhelmina', 'Alexander', 'Guinevere', 'Sebastian'];
const SURNAMES = ['Fitzgerald-Montgomery', 'Vandenberghe-Oyelaran', 'Papadopoulos', 'Okonkwo-Lindqvist', 'Featherstonehaugh', 'Nakamura-Henderson'];
const ROLES = ['GENERAL', 'ADMIN', 'USER_ADMIN', 'GENERAL'];

async function seed(page: Page, baseUrl: string): Promise<void> {
  const departments = [];
  for (const name of ['Stewarding, Crowd Safety and Spectator Services (North and East Stands)', 'Medical']) {
    const { department } = await graphql<{ department: { id: string } }>(page, baseUrl, CREATE_DEPARTMENT, { input: { name } });
    departments.push(department.id);
  }
  const groups = [];
  for (const name of ['Match-day North Stand Response Team', 'First aiders']) {
    const { userGroup } = await graphql<{ userGroup: { id: string } }>(page, baseUrl, CREATE_GROUP, { input: { name, description: `${name}, on duty every home fixture` } });
    groups.push(userGroup.id);
  }
  for (let i = 0; i < EMPLOYEES; i++) {
    const firstName = FIRST_NAMES[i % FIRST_NAMES.length] ?? 'Ann';
    const surname = `${SURNAMES[i % SURNAMES.length] ?? 'Lee'} ${String(i + 1).padStart(2, '0')}`;
    const input = {
      firstName,
      surname,
      email: `${firstName}.${surname.replace(/\W+/g, '-')}@stewarding-and-crowd-safety.riverside.example`.toLowerCase(),
      role: ROLES[i % ROLES.length],
      departmentId: departments[i % 3] ?? null,
      groupIds: i % 2 === 0 ? groups : [],
      isActive: i % 5 !== 0,
    };
    await graphql(page, baseUrl, CREATE_EMPLOYEE, { input });
  }
}

/** How much wider than the viewport the document is (0 or less: no sideways scrolling). */
const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * How far a list sticks out sideways (0 or less: not at all): its content beyond its own box,
 * its box beyond its container's, and the container's content beyond the container. A table
 * wider than a container that clips it would not widen the page, so each is measured.
 */
const elementOverflow = (element: Locator) =>
  element.evaluate((el) => {
    const parent = el.parentElement;
    const own = el.scrollWidth - el.clientWidth;
    if (parent === null) return own;
    const beyond = el.getBoundingClientRect().right - parent.getBoundingClientRect().right;
    return Math.max(own, Math.ceil(beyond), parent.scrollWidth - parent.clientWidth);
  });

/** Every row's height in the table's body. */
async function rowHeights(table: Locator): Promise<number[]> {
  const rows = await table.locator('tbody tr').all();
  const heights: number[] = [];
  for (const row of rows) {
    const box = await row.boundingBox();
    if (box === null) throw new Error('a row is not rendered');
    heights.push(Math.round(box.height * 10) / 10);
  }
  return heights;
}

/**
 * True when every row is as tall as the shortest: a wrapped line adds a whole line height
 * (about 20 px), while rows of one line differ only by sub-pixel rounding of badges and boxes.
 */
const allOneLineHigh = (heights: readonly number[]) => Math.max(...heights) - Math.min(...heights) < 1;

/** The texts in the table's body that the browser laid out on more than one line. */
const wrappedTexts = (table: Locator) =>
  table.evaluate((el) => {
    const wrapped: string[] = [];
    const walker = document.createTreeWalker(el.querySelector('tbody') ?? el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) wrapped.push(node.textContent ?? '');
    }
    return wrapped;
  });

describe.each(storageKinds())('list layout at 1280×800 and 390×844 (%s)', (kind) => {
  const e2e = useGatehouse('list-layout', kind);
  const admin = DEFAULT_ADMIN;
  const employeesUrl = () => `${e2e().server.url}/settings/people/employees`;

  afterEach(() => {
    const { browser, server } = e2e();
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(server.errors).toEqual([]);
  });

  /** Opens the employee list at this size: cards (no table), and neither the page nor the list wider than the screen. */
  async function employeeCardsFit(page: Page, size: { width: number; height: number }): Promise<Locator> {
    await page.setViewportSize(size);
    await page.goto(employeesUrl());
    const list = page.getByRole('list', { name: 'Employees' });
    await list.getByRole('listitem').first().waitFor();
    expect(await page.getByRole('table', { name: 'Employees' }).count()).toBe(0);
    const overflow = { page: await pageOverflow(page), list: await elementOverflow(list) };
    console.log(`${size.width} px employees: page overflow ${overflow.page} px, list overflow ${overflow.list} px`);
    expect(overflow.page).toBeLessThanOrEqual(0);
    expect(overflow.list).toBeLessThanOrEqual(0);
    return list;
  }

  it(`seeds ${EMPLOYEES} employees with long names`, async () => {
    const { server, page } = e2e();
    await completeSetupByApi(server, admin);
    await page.setViewportSize(DESKTOP);
    await login(page, admin, server.url);
    await seed(page, server.url);
  });

  it('shows every employee row on one line at 1280 px, 50 to a page', async () => {
    const { page, screenshot } = e2e();
    await page.goto(employeesUrl());
    const table = page.getByRole('table', { name: 'Employees' });
    await page.getByText(`1–25 of ${EMPLOYEES + 1}`, { exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('50');
    await page.getByText(`1–50 of ${EMPLOYEES + 1}`, { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('size')).toBe('50');

    const heights = await rowHeights(table);
    expect(heights).toHaveLength(50);
    const single = Math.min(...heights);
    console.log(`1280 px: ${heights.length} rows, heights ${single}–${Math.max(...heights)} px, table ${(await table.boundingBox())?.height} px`);
    expect(allOneLineHigh(heights)).toBe(true);
    expect(await wrappedTexts(table)).toEqual([]);
    // A usual address is read whole at 1280: email is the widest text column.
    const adminEmail = table.getByText(admin.email, { exact: true });
    expect(await adminEmail.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // Every column is in view: the table fits its scroll container, which fits the page.
    const scrolled = await table.evaluate((el) => (el.parentElement ? el.scrollWidth - el.parentElement.clientWidth : 0));
    const lastColumn = await table.getByRole('columnheader', { name: /Last login/ }).boundingBox();
    console.log(`1280 px: table wider than its container by ${scrolled} px; last column ends at ${lastColumn ? lastColumn.x + lastColumn.width : '?'} px`);
    expect(scrolled).toBeLessThanOrEqual(0);
    expect((lastColumn?.x ?? Infinity) + (lastColumn?.width ?? 0)).toBeLessThanOrEqual(DESKTOP.width);
    // The filter bar is one line: every filter sits on the search box's line.
    const tops = await Promise.all(
      ['Search', 'Department', 'Group', 'Role', 'Active', 'Invitation'].map(async (name) => (await page.getByLabel(name, { exact: true }).first().boundingBox())?.y),
    );
    expect(new Set(tops).size).toBe(1);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot('employees-1280');
  });

  it('selects all matching employees for the bulk actions', async () => {
    const { page, screenshot } = e2e();
    await page.getByRole('checkbox', { name: 'Select all employees on this page' }).check();
    await page.getByRole('button', { name: `Select all ${EMPLOYEES + 1} matching` }).click();
    await page.getByRole('button', { name: `Bulk edit (${EMPLOYEES + 1})` }).waitFor();
    await screenshot('employees-1280-all-selected');
    await page.getByRole('button', { name: 'Clear selection' }).click();
  });

  it('shows departments and groups one line per row at 1280 px', async () => {
    const { page, screenshot, server } = e2e();
    for (const [path, name] of [
      ['departments', 'Departments'],
      ['groups', 'User groups'],
    ] as const) {
      await page.goto(`${server.url}/settings/people/${path}`);
      const table = page.getByRole('table', { name });
      await table.locator('tbody tr').first().waitFor();
      const heights = await rowHeights(table);
      console.log(`1280 px ${path}: ${heights.length} rows, heights ${Math.min(...heights)}–${Math.max(...heights)} px`);
      expect(allOneLineHigh(heights)).toBe(true);
      expect(await wrappedTexts(table)).toEqual([]);
      await screenshot(`${path}-1280`);
    }
    await page.getByRole('link', { name: 'Members of Match-day North Stand Response Team' }).click();
    const members = page.getByRole('table', { name: 'Members of Match-day North Stand Response Team' });
    await members.locator('tbody tr').first().waitFor();
    expect(allOneLineHigh(await rowHeights(members))).toBe(true);
    expect(await wrappedTexts(members)).toEqual([]);
    await screenshot('group-members-1280');
  });

  it('fits a 390 px phone: cards, no sideways scrolling, drawer and permissions usable', async () => {
    const { page, screenshot, server, artifacts } = e2e();
    const list = await employeeCardsFit(page, PHONE);
    // Names and emails may be cut (whole on hover); nothing else is, not even a long department.
    expect(await clippedTexts(list)).toEqual([]);
    // The selection box is at the card's left, inside the screen.
    const box = await list.getByRole('checkbox').first().boundingBox();
    expect(box?.x).toBeLessThan(60);
    await screenshot('employees-390');

    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('combobox', { name: 'Role' }).waitFor();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot('employees-390-filters');

    await list.getByRole('listitem').filter({ hasText: 'Maximiliana' }).first().getByRole('link').click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('checkbox', { name: 'Jobs: access' }).waitFor();
    expect(await page.getByRole('table', { name: 'Module permissions' }).count()).toBe(0);
    const drawerOverflow = await elementOverflow(drawer);
    console.log(`390 px drawer: overflow ${drawerOverflow} px, width ${(await drawer.boundingBox())?.width} px`);
    expect(drawerOverflow).toBeLessThanOrEqual(0);
    expect((await drawer.boundingBox())?.width).toBeLessThanOrEqual(PHONE.width);
    // The drawer is fixed to the viewport: a full-page picture would show the list under it.
    await page.screenshot({ path: artifacts.file('drawer-390-top.png') });
    await drawer.getByText('Module permissions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifacts.file('drawer-390-permissions.png') });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    for (const [path, name] of [
      ['departments', 'Departments'],
      ['groups', 'User groups'],
    ] as const) {
      await page.goto(`${server.url}/settings/people/${path}`);
      const table = page.getByRole('table', { name });
      await table.locator('tbody tr').first().waitFor();
      const overflow = { page: await pageOverflow(page), list: await elementOverflow(table) };
      console.log(`390 px ${path}: page overflow ${overflow.page} px, list overflow ${overflow.list} px`);
      expect(overflow.page).toBeLessThanOrEqual(0);
      expect(overflow.list).toBeLessThanOrEqual(0);
      await screenshot(`${path}-390`);
    }
    await page.getByRole('link', { name: 'Members of Match-day North Stand Response Team' }).click();
    const members = page.getByRole('table', { name: 'Members of Match-day North Stand Response Team' });
    await members.locator('tbody tr').first().waitFor();
    const membersOverflow = { page: await pageOverflow(page), list: await elementOverflow(members) };
    console.log(`390 px group members: page overflow ${membersOverflow.page} px, list overflow ${membersOverflow.list} px`);
    expect(membersOverflow.page).toBeLessThanOrEqual(0);
    expect(membersOverflow.list).toBeLessThanOrEqual(0);
    await screenshot('group-members-390');
  });

  it('fits a 1024 px tablet: cards beside the navbar, no sideways scrolling', async () => {
    const { page, screenshot } = e2e();
    await employeeCardsFit(page, TABLET);
    await screenshot('employees-1024');
  });
});