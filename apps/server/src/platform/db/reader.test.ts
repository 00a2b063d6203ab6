import { isSingleSession } from './data-source';
import { poolReader } from './reader';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(async () => {
  await t.drop();
});

const SQL = 'SELECT $1::int * 2 AS doubled, now() AS at';

describe('poolReader.queryPrepared', () => {
  it('answers each call with its own parameters and fresh values', async () => {
    const read = poolReader(t.db);
    const answers: { doubled: number; at: Date }[] = [];
    // More calls than the pool has connections and than PostgreSQL's five custom plans.
    for (let i = 0; i < 25; i++) answers.push(...(await read.queryPrepared<{ doubled: number; at: Date }>('reader_test_double', SQL, [i])));
    expect(answers.map((a) => a.doubled)).toEqual([...Array(25).keys()].map((i) => i * 2));
    expect(answers.every((a) => a.at instanceof Date)).toBe(true);
  });

  it('on PostgreSQL, keeps the statement on the connection instead of parsing it again', async () => {
    const read = poolReader(t.db);
    await Promise.all([...Array(12).keys()].map((i) => read.queryPrepared('reader_test_kept', SQL, [i])));
    const kept = await Promise.all([...Array(12).keys()].map(() => read.queryPrepared<{ n: number }>('reader_test_count', "SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name = 'reader_test_kept'", [])));
    const connectionsKeepingIt = kept.filter(([row]) => row?.n === 1).length;
    if (isSingleSession(t.db)) expect(connectionsKeepingIt).toBe(0);
    else expect(connectionsKeepingIt).toBeGreaterThan(0);
  });
});
