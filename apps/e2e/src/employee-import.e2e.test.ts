import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { storageKinds } from './support/database';
import { DEFAULT_ADMIN, login } from './support/flows';
import { completeSetupByApi, useGatehouse } from './support/harness';
import { expectNoSidewaysScroll } from './support/layout';

/**
 * Import and export of employees as an ACCOUNT_ADMIN does them: upload a file with two bad
 * rows, read the problems, upload the corrected file, apply it, watch the progress end, find
 * the new people in the list, and export the filtered list. Each `it` continues the last.
 */

const HEADER = 'Email,First name,Surname,Department,Role,User groups,Active,Jobs access,Jobs see levels';
const GOOD_ROWS = [
  'ines.importer@riverside.example,Ines,Importer,Gate A,GENERAL,Stewards,yes,yes,1;2',
  'olaf.importer@riverside.example,Olaf,Importer,Gate A,ADMIN,"Stewards; First aid",yes,no,',
];
const BAD_ROWS = ['not-an-email,Bad,Email,Gate B,GENERAL,,yes,no,', 'rita.importer@riverside.example,Rita,Importer,Gate B,CAPTAIN,,yes,no,'];
const FIXED_ROWS = ['pia.importer@riverside.example,Pia,Importer,Gate B,GENERAL,,yes,no,', 'rita.importer@riverside.example,Rita,Importer,Gate B,GENERAL,,yes,no,'];

const importDrawer = (page: Page) => page.getByRole('dialog', { name: 'Import employees' });

async function chooseFile(page: Page, file: string): Promise<void> {
  await importDrawer(page).locator('input[type="file"]').setInputFiles(file);
}

describe.each(storageKinds())('employee import and export (%s)', (kind) => {
  const e2e = useGatehouse('employee-import', kind);
  const admin = DEFAULT_ADMIN;

  afterEach(() => {
    const { browser, server } = e2e();
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(server.errors).toEqual([]);
  });

  it('previews a file with two bad rows and shows each problem with its row', async () => {
    const { server, page, screenshot, artifacts } = e2e();
    await completeSetupByApi(server, admin);
    await login(page, admin, server.url);
    await page.goto(`${server.url}/settings/people/employees`);
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await importDrawer(page).waitFor();

    const bad = artifacts.file('people-with-two-bad-rows.csv');
    fs.writeFileSync(bad, [HEADER, ...GOOD_ROWS, ...BAD_ROWS].join('\r\n'));
    await chooseFile(page, bad);
    await importDrawer(page).getByRole('checkbox', { name: /Create departments and groups/ }).check();
    await importDrawer(page).getByRole('button', { name: 'Upload and preview' }).click();

    await importDrawer(page).getByText('2 rows have problems').waitFor();
    const problems = importDrawer(page).getByRole('table', { name: 'Problems' });
    await problems.getByRole('row').filter({ hasText: 'Enter a valid email address.' }).filter({ hasText: '4' }).waitFor();
    await problems.getByRole('row').filter({ hasText: 'Unknown role "CAPTAIN"' }).filter({ hasText: '5' }).waitFor();
    expect(await importDrawer(page).getByRole('button', { name: /Apply/ }).count()).toBe(0);

    // Only the role column's problems.
    await importDrawer(page).getByRole('combobox', { name: 'Show problems of' }).selectOption({ label: 'Role' });
    await problems.getByRole('row').filter({ hasText: 'Enter a valid email address.' }).waitFor({ state: 'detached' });
    await problems.getByRole('row').filter({ hasText: 'Unknown role "CAPTAIN"' }).waitFor();
    expect(await problems.getByRole('row').count()).toBe(2);
    await screenshot('import-preview-with-errors-1280');
  });

  it('applies the corrected file, shows the progress to its end and the new people in the list', async () => {
    const { page, screenshot, artifacts } = e2e();
    await importDrawer(page).getByRole('button', { name: 'Upload a corrected file' }).click();
    // Half corrected first: one problem left reads in the singular.
    const oneBad = artifacts.file('people-one-bad-row.csv');
    fs.writeFileSync(oneBad, [HEADER, ...GOOD_ROWS, FIXED_ROWS[0], BAD_ROWS[1]].join('\r\n'));
    await chooseFile(page, oneBad);
    await importDrawer(page).getByRole('checkbox', { name: /Create departments and groups/ }).check();
    await importDrawer(page).getByRole('button', { name: 'Upload and preview' }).click();
    await importDrawer(page).getByText('1 row has a problem', { exact: true }).waitFor();
    await importDrawer(page).getByText('people-one-bad-row.csv: 4 rows', { exact: true }).waitFor();
    await importDrawer(page).getByRole('button', { name: 'Upload a corrected file' }).click();

    const fixed = artifacts.file('people-fixed.csv');
    fs.writeFileSync(fixed, [HEADER, ...GOOD_ROWS, ...FIXED_ROWS].join('\r\n'));
    await chooseFile(page, fixed);
    await importDrawer(page).getByRole('checkbox', { name: /Create departments and groups/ }).check();
    await importDrawer(page).getByRole('button', { name: 'Upload and preview' }).click();
    await importDrawer(page).getByText('to add', { exact: true }).waitFor();
    await screenshot('import-preview-clean-1280');

    await importDrawer(page).getByRole('button', { name: 'Apply 4 changes' }).click();
    await importDrawer(page).getByText('Import applied').waitFor();
    expect(await importDrawer(page).getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('100');
    await importDrawer(page).getByText('Added 4 and updated 0 people.').waitFor();
    await screenshot('import-applied-1280');

    await importDrawer(page).getByRole('button', { name: 'Show employees' }).click();
    await importDrawer(page).waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'Employees' });
    for (const name of ['Ines Importer', 'Olaf Importer', 'Pia Importer', 'Rita Importer']) await table.getByRole('row').filter({ hasText: name }).waitFor();
    await screenshot('employees-after-import-1280');
  });

  it('coming back to Import shows the finished import', async () => {
    const { page } = e2e();
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await importDrawer(page).getByText('Import applied').waitFor();
    await importDrawer(page).getByRole('button', { name: 'Close' }).click();
    await importDrawer(page).waitFor({ state: 'detached' });
  });

  it('exports the filtered list in the import format', async () => {
    const { page, server } = e2e();
    await page.goto(`${server.url}/settings/people/employees?q=importer&role=ADMIN`);
    await page.getByRole('table', { name: 'Employees' }).getByRole('row').filter({ hasText: 'Olaf Importer' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export' }).click()]);
    const text = fs.readFileSync((await download.path()) ?? '', 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Email,First name,Surname,Department,Role,User groups,Active,Jobs access/);
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^olaf\.importer@riverside\.example,Olaf,Importer,Gate A,ADMIN,First aid; Stewards,yes,/)]);
  });

  it('works on a 390 px phone', async () => {
    const { page, screenshot } = e2e();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Export' }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot('employees-with-import-and-export-390');
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await importDrawer(page).getByText('Import applied').waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot('import-applied-390');
    await importDrawer(page).getByRole('button', { name: 'Import another file' }).click();
    await importDrawer(page).getByRole('button', { name: 'Upload and preview' }).waitFor();
    await screenshot('import-upload-390');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
