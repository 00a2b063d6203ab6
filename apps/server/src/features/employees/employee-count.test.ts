import { buildAccount, buildEmployee } from '../../test/factories';
import { startTestGatehouse, type TestGatehouse } from '../../test/harness';

/*
 * The unfiltered employee list's totalCount is read from a per-account counter kept by
 * triggers; it must equal a real count after every kind of write, in every account.
 */
let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

async function counted(accountId: string): Promise<{ counter: number; real: number }> {
  const [row]: { counter: string | null; real: string }[] = await t.db.query(
    'SELECT (SELECT employees FROM employee_counts WHERE account_id = $1) AS counter, (SELECT count(*) FROM employees WHERE account_id = $1) AS real',
    [accountId],
  );
  return { counter: Number(row?.counter ?? 0), real: Number(row?.real ?? 0) };
}

describe('the per-account employee counter', () => {
  it('follows single inserts, bulk inserts and bulk deletes, per account', async () => {
    const a = await buildAccount(t.db);
    const b = await buildAccount(t.db);
    const admin = await buildEmployee(t.db, a, { role: 'ACCOUNT_ADMIN' });
    for (let i = 0; i < 3; i++) await buildEmployee(t.db, a);
    await buildEmployee(t.db, b);
    expect(await counted(a)).toEqual({ counter: 4, real: 4 });
    expect(await counted(b)).toEqual({ counter: 1, real: 1 });

    await t.db.query(
      `WITH i AS (INSERT INTO identities (email) SELECT 'bulk' || g || '.' || $1::text || '@example.com' FROM generate_series(1, 250) g RETURNING id, email)
       INSERT INTO employees (account_id, identity_id, email, first_name, surname, role) SELECT $1::uuid, id, email, 'Bulk', 'Person', 'GENERAL' FROM i`,
      [a],
    );
    expect(await counted(a)).toEqual({ counter: 254, real: 254 });
    await t.db.query("DELETE FROM employees WHERE account_id = $1 AND first_name = 'Bulk' AND email LIKE 'bulk1%'", [a]);
    const after = await counted(a);
    expect(after.counter).toBe(after.real);
    expect(after.real).toBeLessThan(254);

    const client = await t.as(admin);
    const answer = await client.gql('{ employees(first: 1) { totalCount } }');
    expect(answer.data).toEqual({ employees: { totalCount: after.real } });
    expect(await counted(b)).toEqual({ counter: 1, real: 1 });
  });

  it('is exact when the list is filtered too (a filter counts its rows)', async () => {
    const a = await buildAccount(t.db);
    const admin = await buildEmployee(t.db, a, { role: 'ACCOUNT_ADMIN' });
    await buildEmployee(t.db, a, { isActive: false });
    const answer = await (await t.as(admin)).gql('{ all: employees(first: 0) { totalCount } inactive: employees(first: 0, filter: { isActive: false }) { totalCount } }');
    expect(answer.data).toEqual({ all: { totalCount: 2 }, inactive: { totalCount: 1 } });
  });
});
