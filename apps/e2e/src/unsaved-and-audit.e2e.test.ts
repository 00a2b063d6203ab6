import type { Page } from 'playwright-core';
import { storageKinds } from './support/database';
import { DEFAULT_ADMIN, login } from './support/flows';
import { completeSetupByApi, useGatehouse } from './support/harness';

/**
 * Unsaved work survives an accidental Escape in the Add Employee drawer, on a laptop and a
 * phone screen; and the audit log reads a role change as a sentence.
 */

const VIEWPORTS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Runs a GraphQL operation as the logged-in page would (its cookies, JSON body); the response text. */
async function gql(page: Page, query: string, variables: Record<string, unknown>): Promise<string> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return response.text();
    },
    { query, variables },
  );
}

describe.each(storageKinds())('unsaved changes and the audit log (%s)', (kind) => {
  const e2e = useGatehouse('unsaved-and-audit', kind);
  const admin = DEFAULT_ADMIN;

  afterEach(() => {
    const { browser, server } = e2e();
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(server.errors).toEqual([]);
  });

  it('logs in', async () => {
    const { server, page } = e2e();
    await completeSetupByApi(server, admin);
    await login(page, admin, server.url);
  });

  it.each(VIEWPORTS)('asks before Escape discards a typed name in Add employee ($name)', async ({ name, width, height }) => {
    const { server, page, screenshot } = e2e();
    await page.setViewportSize({ width, height });
    await page.goto(`${server.url}/settings/people/employees/new`);
    const drawer = page.getByRole('dialog', { name: 'Add employee' });
    const firstName = drawer.getByRole('textbox', { name: /First name/ });
    await firstName.fill('Bob');
    await page.keyboard.press('Escape');
    const question = page.getByRole('dialog', { name: 'Discard changes?' });
    await question.waitFor();
    await screenshot(`discard-question-${name}`);
    await question.getByRole('button', { name: 'Keep editing' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await firstName.inputValue()).toBe('Bob');
    await screenshot(`kept-editing-${name}`);
  });

  it('shows a role change in the audit log as a sentence', async () => {
    const { server, page, screenshot } = e2e();
    await page.setViewportSize({ width: 1280, height: 800 });
    const created = await gql(page, 'mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } userErrors { message } } }', {
      input: { firstName: 'Bob', surname: 'Builder', email: 'bob.builder@riverside.example', role: 'GENERAL' },
    });
    const id = /"id":"([^"]+)"/.exec(created)?.[1];
    expect(id).toBeDefined();
    await gql(page, 'mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { userErrors { message } } }', { input: { id, role: 'ADMIN' } });
    await page.goto(`${server.url}/settings/audit`);
    const table = page.getByRole('table', { name: 'Audit events' });
    await table.getByRole('row').filter({ hasText: 'Ada Admin changed Bob Builder’s role from General to Admin.' }).waitFor();
    await screenshot('audit-role-change');
  });
});
