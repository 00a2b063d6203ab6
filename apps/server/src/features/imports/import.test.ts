import { randomBytes } from 'node:crypto';
import { EMPLOYEE_CSV_COLUMNS, IMPORT_MAX_BYTES } from '@gatehouse/contracts';
import { buildAccount, buildDepartment, buildEmployee, buildExternalUser, buildUserGroup, type BuiltEmployee } from '../../test/factories';
import { changedTables, fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';
import { applyAndWait, csv, download, job, settled, startApply, upload } from '../../test/imports';
import { createUnitOfWork } from '../../platform/db/unit-of-work';
import { Readable } from 'node:stream';
import { poolReader } from '../../platform/db/reader';
import { operatorImporter } from '../../scripts/commands/operator-importer';
import { claimImport, IMPORT_PATHS, previewImport, recoverInterruptedImports, runApply } from '.';

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

const HEADER = ['Email', 'First name', 'Surname', 'Department', 'Role', 'User groups', 'Active'];

interface Scene {
  accountId: string;
  admin: BuiltEmployee;
  adminClient: TestClient;
}

async function scene(): Promise<Scene> {
  const accountId = await buildAccount(t.db);
  const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN', email: `admin.${accountId}@example.com` });
  await buildDepartment(t.db, accountId, 'Security');
  await buildUserGroup(t.db, accountId, 'Stewards');
  await buildUserGroup(t.db, accountId, 'First aid');
  return { accountId, admin, adminClient: await t.as(admin) };
}

async function employeesOf(accountId: string): Promise<{ email: string; first_name: string; role: string; is_active: boolean; department: string | null }[]> {
  return t.db.query(
    `SELECT e.email, e.first_name, e.role, e.is_active, d.name AS department FROM employees e LEFT JOIN departments d ON d.id = e.department_id
      WHERE e.account_id = $1 ORDER BY e.email`,
    [accountId],
  );
}

describe('the template', () => {
  it('heads every base column and six columns per module of the registry', async () => {
    const { adminClient } = await scene();
    const { status, body } = await download(t, adminClient, IMPORT_PATHS.template);
    expect(status).toBe(200);
    expect(body.startsWith('\uFEFF')).toBe(true);
    expect(body.slice(1).trim().split(',')).toEqual(EMPLOYEE_CSV_COLUMNS.map((c) => c.header));
    expect(body).toContain('Jobs see levels');
    expect(body).toContain('Incidents edit scope');
  });
});

describe('preview and apply', () => {
  it('counts creates, updates and unchanged rows, applies them, and a second run of the same file changes nothing', async () => {
    const { accountId, adminClient } = await scene();
    await buildEmployee(t.db, accountId, { email: `known.${accountId}@example.com`, firstName: 'Known', surname: 'Person' });
    await buildEmployee(t.db, accountId, { email: `same.${accountId}@example.com`, firstName: 'Same', surname: 'Person' });
    const file = csv([
      // Header spellings vary: case, underscores, "Last name" for surname.
      ['EMAIL', 'first_name', 'Last name', 'department', 'role', 'groups', 'ACTIVE', 'Jobs access', 'Jobs see levels'],
      [`new.${accountId}@example.com`, 'New', 'Person', 'security', 'General', '"Stewards; First aid"', 'yes', 'yes', '"1;2"'],
      [`known.${accountId}@example.com`, 'Renamed', 'Person', '', 'GENERAL', '', 'yes', 'no', ''],
      [`same.${accountId}@example.com`, 'Same', 'Person', '', 'GENERAL', '', 'yes', 'no', ''],
    ]);
    const uploaded = await upload(t, adminClient, `\uFEFF${file}`);
    expect(uploaded.status).toBe(201);
    const preview = await job(adminClient, uploaded.jobId ?? '');
    expect(preview).toMatchObject({ state: 'READY', totalRows: 3, creates: 1, updates: 1, unchanged: 1, errorRows: 0 });

    const { codes, view } = await applyAndWait(adminClient, preview.id);
    expect(codes).toEqual([]);
    expect(view).toMatchObject({ state: 'APPLIED', progressDone: 2, progressTotal: 2 });
    const people = await employeesOf(accountId);
    expect(people.find((p) => p.email.startsWith('new.'))).toMatchObject({ first_name: 'New', department: 'Security', role: 'GENERAL' });
    expect(people.find((p) => p.email.startsWith('known.'))).toMatchObject({ first_name: 'Renamed' });
    const groups: { name: string }[] = await t.db.query(
      `SELECT g.name FROM user_group_members m JOIN user_groups g ON g.id = m.group_id JOIN employees e ON e.id = m.employee_id WHERE e.email = $1 ORDER BY g.name`,
      [`new.${accountId}@example.com`],
    );
    expect(groups.map((g) => g.name)).toEqual(['First aid', 'Stewards']);
    const audits: { action: string }[] = await t.db.query(`SELECT action FROM audit_events WHERE account_id = $1 ORDER BY action`, [accountId]);
    expect(audits.map((a) => a.action)).toEqual(['employee.created', 'employee.updated']);

    const before = await fingerprint(t.db);
    const again = await upload(t, adminClient, file);
    const second = await job(adminClient, again.jobId ?? '');
    expect(second).toMatchObject({ state: 'READY', creates: 0, updates: 0, unchanged: 3, errorRows: 0 });
    expect((await applyAndWait(adminClient, second.id)).view.state).toBe('APPLIED');
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
  });

  it('refuses a row whose email belongs to an external user, naming the row, and changes nothing', async () => {
    const { accountId, adminClient } = await scene();
    await buildExternalUser(t.db, accountId, { email: `steward.${accountId}@example.com` });
    const before = await fingerprint(t.db);
    const uploaded = await upload(t, adminClient, csv([HEADER, [`steward.${accountId}@example.com`, 'Sam', 'Steward', '', 'GENERAL', '', 'yes']]));
    const view = await job(adminClient, uploaded.jobId ?? '');
    expect(view).toMatchObject({ state: 'READY', errorRows: 1 });
    expect(view.errors.edges.map((e) => `${e.node.rowNumber}:${e.node.column}:${e.node.code}`)).toEqual(['2:email:DUPLICATE_EMAIL']);
    expect(await startApply(adminClient, view.id)).toEqual(['IMPORT_HAS_ERRORS']);
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
  });

  it('reports every row problem with its row, column and reason, and refuses to apply', async () => {
    const { accountId, adminClient } = await scene();
    const file = csv([
      [...HEADER, 'Jobs see scope', 'Jobs edit levels'],
      ['not-an-email', 'A', 'B', '', 'GENERAL', '', 'yes', 'ALL', ''],
      [`dup.${accountId}@example.com`, 'A', 'B', '', 'GENERAL', '', 'yes', 'ALL', ''],
      [`dup.${accountId}@example.com`, 'A', 'B', '', 'GENERAL', '', 'yes', 'ALL', ''],
      [`role.${accountId}@example.com`, 'A', 'B', '', 'BOSS', '', 'yes', 'ALL', ''],
      [`dept.${accountId}@example.com`, 'A', 'B', 'Nowhere', 'GENERAL', 'Ghosts', 'yes', 'ALL', ''],
      [`perm.${accountId}@example.com`, 'A', 'B', '', 'GENERAL', '', 'maybe', 'SOME', '11'],
    ]);
    const before = await fingerprint(t.db);
    const uploaded = await upload(t, adminClient, file);
    const view = await job(adminClient, uploaded.jobId ?? '');
    expect(view).toMatchObject({ state: 'READY', errorRows: 5, creates: 1 });
    const problems = view.errors.edges.map((e) => `${e.node.rowNumber}:${e.node.column}:${e.node.code}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        '2:email:INVALID_INPUT',
        '4:email:DUPLICATE_EMAIL',
        '5:role:INVALID_INPUT',
        '6:department:NOT_FOUND',
        '6:groups:NOT_FOUND',
        '7:isActive:INVALID_INPUT',
        '7:JOBS.seeScope:INVALID_PERMISSION',
      ]),
    );
    expect(await startApply(adminClient, view.id)).toEqual(['IMPORT_HAS_ERRORS']);
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);

    const created = await upload(t, adminClient, file.replace('not-an-email', `fixed.${accountId}@example.com`), { createMissing: 'true' });
    const withCreate = await job(adminClient, created.jobId ?? '');
    expect(withCreate.newDepartments).toBe(1);
    expect(withCreate.newGroups).toBe(1);
  });

  it("holds a user admin to their own powers: no account admins, no levels they lack", async () => {
    const { accountId } = await scene();
    const userAdmin = await buildEmployee(t.db, accountId, {
      role: 'USER_ADMIN',
      permissions: [{ module: 'JOBS', canAccess: true, isModuleAdmin: false, seeScope: 'ALL', editScope: 'ALL', seeLevels: [1, 2], editLevels: [1] }],
    });
    const client = await t.as(userAdmin);
    const file = csv([
      [...HEADER, 'Jobs access', 'Jobs see levels'],
      [`boss.${accountId}@example.com`, 'A', 'B', '', 'ACCOUNT_ADMIN', '', 'yes', 'yes', ''],
      [`levels.${accountId}@example.com`, 'A', 'B', '', 'GENERAL', '', 'yes', 'yes', '"1;2;5"'],
      [`fine.${accountId}@example.com`, 'A', 'B', '', 'GENERAL', '', 'yes', 'yes', '"1;2"'],
    ]);
    const view = await job(client, (await upload(t, client, file)).jobId ?? '');
    const problems = view.errors.edges.map((e) => `${e.node.rowNumber}:${e.node.column}:${e.node.code}`);
    expect(problems).toEqual(['2:role:ONLY_ACCOUNT_ADMIN', '3:JOBS.seeLevels:LEVEL_NOT_HELD']);
    expect(view.creates).toBe(1);
  });
});

describe('files that cannot be imported', () => {
  const cases: [string, () => Buffer, number][] = [
    ['Latin-1', () => Buffer.from('Email,First name,Surname\r\nj\u00f6rg@example.com,J\u00f6rg,M\u00fcller\r\n', 'latin1'), 415],
    ['UTF-16', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Email,First name\r\n', 'utf16le')]), 415],
    ['malformed CSV (an unclosed quote)', () => Buffer.from('Email,First name,Surname\r\n"a@example.com,A,B\r\n'), 400],
    ['10 MB of random bytes', () => randomBytes(10 * 1024 * 1024), 415],
  ];
  it.each(cases)('%s is refused with a clear error and changes nothing', async (_name, body, status) => {
    const { adminClient } = await scene();
    const before = await fingerprint(t.db);
    const result = await upload(t, adminClient, body());
    expect(result.status).toBe(status);
    expect(result.message).toMatch(/UTF-8|CSV|binary/);
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
  });

  it('a file over the size limit is refused with 413, declared or not', async () => {
    const { adminClient } = await scene();
    const declared = await upload(t, adminClient, 'x', {}, { 'content-length': String(IMPORT_MAX_BYTES + 1) });
    expect(declared.status).toBe(413);
    const row = `someone@example.com,A,B\r\n`;
    const big = Buffer.from(`Email,First name,Surname\r\n${row.repeat(Math.ceil((IMPORT_MAX_BYTES + 10) / row.length))}`);
    const before = await fingerprint(t.db);
    const streamed = await upload(t, adminClient, big);
    expect(streamed.status).toBe(413);
    expect(streamed.message).toMatch(/larger than 48 MiB/);
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
  });

  it('a file without the Email column is rejected with the reason', async () => {
    const { adminClient } = await scene();
    const result = await upload(t, adminClient, csv([['First name', 'Surname'], ['A', 'B']]));
    expect(result.status).toBe(201);
    const view = await job(adminClient, result.jobId ?? '');
    expect(view.state).toBe('REJECTED');
    expect(view.message).toMatch(/Email column is required/);
  });

  it('asks for the CSRF header and a session with user settings', async () => {
    const { accountId, adminClient } = await scene();
    expect((await upload(t, adminClient, 'Email\r\n', {}, { 'apollo-require-preflight': '' })).status).toBe(400);
    expect((await upload(t, t.anonymous(), 'Email\r\n')).status).toBe(401);
    const general = await t.as(await buildEmployee(t.db, accountId, { role: 'GENERAL' }));
    expect((await upload(t, general, 'Email\r\n')).status).toBe(403);
    expect((await download(t, general, IMPORT_PATHS.export)).status).toBe(403);
  });
});

describe('export', () => {
  it('round-trips: exporting, then importing the file, changes nothing; formula cells are neutralised', async () => {
    const { accountId, adminClient } = await scene();
    const deptId = await buildDepartment(t.db, accountId, '=HYPERLINK("x")');
    const groupId = await buildUserGroup(t.db, accountId, 'Semi; colon');
    await buildEmployee(t.db, accountId, { email: `formula.${accountId}@example.com`, firstName: '+cmd', surname: '@sum', departmentId: deptId, groupIds: [groupId] });
    await buildEmployee(t.db, accountId, {
      role: 'ADMIN',
      permissions: [{ module: 'INCIDENTS', canAccess: false, isModuleAdmin: true, seeScope: 'ALL', editScope: 'ALL', seeLevels: [3, 4], editLevels: [4] }],
    });
    const exported = await download(t, adminClient, IMPORT_PATHS.export);
    expect(exported.status).toBe(200);
    expect(exported.body).toContain(`"'=HYPERLINK(""x"")"`);
    expect(exported.body).toContain("'+cmd");
    expect(exported.body).toContain("'@sum");
    expect(exported.body).toContain('Semi;; colon');
    expect(exported.body).not.toMatch(/(^|,)[=+@-]/m);

    const before = await fingerprint(t.db);
    const view = await job(adminClient, (await upload(t, adminClient, exported.body)).jobId ?? '');
    expect(view).toMatchObject({ state: 'READY', creates: 0, updates: 0, errorRows: 0, unchanged: 3 });
    expect((await applyAndWait(adminClient, view.id)).view.state).toBe('APPLIED');
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);

    const filtered = await download(t, adminClient, `${IMPORT_PATHS.export}?role=ADMIN`);
    expect(filtered.body.trim().split('\r\n')).toHaveLength(2);
  });
});

describe('all or nothing', () => {
  it('a refusal at the last row rolls back every row before it', async () => {
    const { accountId, admin } = await scene();
    // An operator's import (no "yourself" rules) whose last row inactivates the only account admin:
    // only the apply, after writing the 30 rows before it, sees the account left without one.
    const rows = Array.from({ length: 30 }, (_, i) => [`bulk${i}.${accountId}@example.com`, 'Bulk', `P${i}`, '', 'GENERAL', '', 'yes']);
    const file = csv([HEADER, ...rows, [admin.email, 'First', 'Admin', '', 'ACCOUNT_ADMIN', '', 'no']]);
    const importer = operatorImporter(accountId);
    const uow = createUnitOfWork(t.db, { accountId, employeeId: null });
    const jobId = await previewImport(uow, importer, { fileName: 'last-row.csv', createMissing: false, body: Readable.from([file]) });
    const before = await fingerprint(t.db);
    const claimed = await claimImport(uow, importer, jobId);
    await expect(runApply(uow, poolReader(t.db), importer, claimed)).rejects.toMatchObject({ code: 'LAST_ACCOUNT_ADMIN' });
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
    const [job] = await t.db.query('SELECT state, message FROM employee_import_jobs WHERE id = $1', [jobId]);
    expect(job).toMatchObject({ state: 'FAILED', message: expect.stringMatching(/without an active account admin/) });
  });

  it('a change between the preview and the apply refuses the whole file', async () => {
    const { accountId, admin, adminClient } = await scene();
    const target = await buildEmployee(t.db, accountId, { email: `target.${accountId}@example.com` });
    const rows = Array.from({ length: 30 }, (_, i) => [`more${i}.${accountId}@example.com`, 'More', `P${i}`, '', 'GENERAL', '', 'yes']);
    const file = csv([HEADER, ...rows, [target.email, 'Target', 'Renamed', '', 'GENERAL', '', 'yes']]);
    const view = await job(adminClient, (await upload(t, adminClient, file)).jobId ?? '');
    expect(view).toMatchObject({ errorRows: 0, creates: 30, updates: 1 });
    // Someone edits the person of the last row after the preview.
    await t.db.query('UPDATE employees SET first_name = $2, updated_at = now() WHERE id = $1', [target.id, 'Changed']);
    const before = await fingerprint(t.db);
    const applied = await applyAndWait(adminClient, view.id);
    expect(applied.view.state).toBe('FAILED');
    expect(applied.view.message).toMatch(/changed since the preview/);
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
    expect(admin.role).toBe('ACCOUNT_ADMIN');
  });

  it('an apply whose staged rows are gone (a crash empties the unlogged staging table) refuses and writes nothing', async () => {
    const { accountId, adminClient } = await scene();
    const view = await job(adminClient, (await upload(t, adminClient, csv([HEADER, [`gone.${accountId}@example.com`, 'G', 'P', '', 'GENERAL', '', 'yes']]))).jobId ?? '');
    await t.db.query('DELETE FROM employee_import_rows WHERE job_id = $1', [view.id]);
    const before = await fingerprint(t.db);
    const applied = await applyAndWait(adminClient, view.id);
    expect(applied.view).toMatchObject({ state: 'FAILED', message: expect.stringMatching(/staged rows of this import are gone/) });
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
  });

  it('inactivating oneself is refused at the preview, as in the Edit form', async () => {
    const { admin, adminClient } = await scene();
    const view = await job(adminClient, (await upload(t, adminClient, csv([HEADER, [admin.email, 'First', 'Admin', '', 'ACCOUNT_ADMIN', '', 'no']]))).jobId ?? '');
    expect(view.errors.edges.map((e) => `${e.node.column}:${e.node.code}`)).toEqual(['isActive:SELF_INACTIVATE']);
  });
});

describe('concurrency and restarts', () => {
  it('two imports of one account applied at once never interleave', async () => {
    const { accountId, adminClient } = await scene();
    const make = (tag: string) => csv([HEADER, ...Array.from({ length: 300 }, (_, i) => [`${tag}${i}.${accountId}@example.com`, 'C', `${tag}${i}`, '', 'GENERAL', '', 'yes'])]);
    const a = (await upload(t, adminClient, make('a'))).jobId ?? '';
    const b = (await upload(t, adminClient, make('b'))).jobId ?? '';
    const codes = await Promise.all([startApply(adminClient, a), startApply(adminClient, b)]);
    const views = [await settled(adminClient, a), await settled(adminClient, b)];
    const applied = views.filter((v) => v.state === 'APPLIED').length;
    const busy = codes.flat().filter((c) => c === 'IMPORT_BUSY').length;
    expect(applied + busy).toBe(2);
    expect(applied).toBeGreaterThanOrEqual(1);
    const count: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM employees WHERE account_id = $1', [accountId]);
    expect(count[0]?.n).toBe(1 + applied * 300);
  });

  it('a job left APPLYING by a stopped server is marked FAILED at start, and nothing of it was written', async () => {
    const { accountId, admin, adminClient } = await scene();
    const file = csv([HEADER, [`late.${accountId}@example.com`, 'L', 'P', '', 'GENERAL', '', 'yes']]);
    const jobId = (await upload(t, adminClient, file)).jobId ?? '';
    // The claim commits and the server dies before its apply transaction commits.
    await t.db.query(`UPDATE employee_import_jobs SET state = 'APPLYING' WHERE id = $1`, [jobId]);
    const before = await fingerprint(t.db);
    const recovered = await recoverInterruptedImports(createUnitOfWork(t.db, { accountId, employeeId: admin.id }));
    expect(recovered).toContain(jobId);
    const view = await job(adminClient, jobId);
    expect(view.state).toBe('FAILED');
    expect(view.message).toMatch(/server stopped/);
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
  });
});

describe('who may import', () => {
  const MISSING = '00000000-0000-4000-8000-000000000000';
  const OPERATIONS = {
    latestEmployeeImport: '{ latestEmployeeImport { id } }',
    employeeImport: `{ employeeImport(id: "${MISSING}") { id } }`,
    applyEmployeeImport: `mutation { applyEmployeeImport(input: { jobId: "${MISSING}" }) { userErrors { code } } }`,
  };
  /** The roles that manage employees may use every import operation; the others are FORBIDDEN, nobody UNAUTHENTICATED. */
  const CALLERS = [
    ['ACCOUNT_ADMIN', null],
    ['USER_ADMIN', null],
    ['ADMIN', 'FORBIDDEN'],
    ['GENERAL', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const;

  it.each(CALLERS)('%s: refusal %s on every import operation, and nothing changes', async (caller, refusal) => {
    const accountId = await buildAccount(t.db);
    const client = caller === 'anonymous' ? t.anonymous() : await t.as(await buildEmployee(t.db, accountId, { role: caller }));
    const before = await fingerprint(t.db);
    for (const [field, query] of Object.entries(OPERATIONS)) {
      const result = await client.gql(query);
      expect({ field, codes: (result.errors ?? []).map((e) => e.extensions?.code) }).toEqual({ field, codes: refusal === null ? [] : [refusal] });
    }
    expect(await fingerprint(t.db)).toEqual(before);
  });
});
