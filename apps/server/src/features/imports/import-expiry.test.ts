import { buildAccount, buildEmployee } from '../../test/factories';
import { changedTables, fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type TestGatehouse } from '../../test/harness';
import { applyAndWait, csv, job, upload } from '../../test/imports';
import { createUnitOfWork } from '../../platform/db/unit-of-work';
import { expireStalePreviews, IMPORT_PREVIEW_TTL_MS } from '.';

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

const HEADER = ['Email', 'First name', 'Surname'];

async function stagedRows(jobId: string): Promise<number> {
  const [row] = await t.db.query('SELECT count(*)::int AS n FROM employee_import_rows WHERE job_id = $1', [jobId]);
  return row.n;
}

describe('previews nobody applies', () => {
  it('expire after their time to live: the staged rows go, the counts stay, and the job can no longer be applied', async () => {
    const accountId = await buildAccount(t.db);
    const admin = await t.as(await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' }));
    const file = (tag: string) => csv([HEADER, ...Array.from({ length: 3 }, (_, i) => [`${tag}${i}.${accountId}@example.com`, 'Sam', `S${i}`])]);
    const old = (await upload(t, admin, file('old'))).jobId ?? '';
    const fresh = (await upload(t, admin, file('fresh'))).jobId ?? '';
    // The first preview was made a day and a minute ago.
    await t.db.query(`UPDATE employee_import_jobs SET created_at = now() - $2::interval WHERE id = $1`, [old, `${IMPORT_PREVIEW_TTL_MS / 1000 + 60} seconds`]);
    expect(await stagedRows(old)).toBe(3);

    const uow = createUnitOfWork(t.db, null);
    expect(await expireStalePreviews(uow, new Date())).toContain(old);
    expect(await stagedRows(old)).toBe(0);
    expect(await job(admin, old)).toMatchObject({ state: 'EXPIRED', creates: 3, message: expect.stringMatching(/expired/) });
    expect(await stagedRows(fresh)).toBe(3);
    expect((await job(admin, fresh)).state).toBe('READY');
    // Running it again finds nothing more to do.
    expect(await expireStalePreviews(uow, new Date())).toEqual([]);
    // A preview cut off by a stopped server (still REJECTED, "not read to the end") loses its rows too.
    await t.db.query(`UPDATE employee_import_jobs SET state = 'REJECTED' WHERE id = $1`, [fresh]);
    expect(await expireStalePreviews(uow, new Date(Date.now() + IMPORT_PREVIEW_TTL_MS + 60_000))).toEqual([]);
    expect(await stagedRows(fresh)).toBe(0);

    const before = await fingerprint(t.db);
    const applied = await applyAndWait(admin, old);
    expect(applied.codes).toEqual(['IMPORT_NOT_READY']);
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
  });

  it('a refused file and a failed apply keep no staged rows', async () => {
    const accountId = await buildAccount(t.db);
    const admin = await t.as(await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' }));
    // Broken quoting after more rows than one staging batch: the rows read before it were staged.
    const good = Array.from({ length: 2_100 }, (_, i) => [`g${i}.${accountId}@example.com`, 'Gus', `G${i}`]);
    const refused = await upload(t, admin, `${csv([HEADER, ...good])}"broken.${accountId}@example.com,Bea,B\r\n`);
    expect(refused.status).toBe(400);
    const [rejected] = await t.db.query(`SELECT id, state FROM employee_import_jobs WHERE account_id = $1 ORDER BY created_at DESC LIMIT 1`, [accountId]);
    expect(rejected.state).toBe('REJECTED');
    expect(await stagedRows(rejected.id)).toBe(0);

    const target = await buildEmployee(t.db, accountId, { email: `target.${accountId}@example.com` });
    const view = await job(admin, (await upload(t, admin, csv([HEADER, [target.email, 'Tara', 'Renamed']]))).jobId ?? '');
    expect(await stagedRows(view.id)).toBe(1);
    // Someone edits the person after the preview: the apply fails, and the job can never run again.
    await t.db.query('UPDATE employees SET first_name = $2, updated_at = now() WHERE id = $1', [target.id, 'Changed']);
    expect((await applyAndWait(admin, view.id)).view.state).toBe('FAILED');
    expect(await stagedRows(view.id)).toBe(0);
  });
});
