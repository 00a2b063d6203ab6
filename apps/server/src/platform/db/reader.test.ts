import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { isSingleSession } from './data-source';
import { poolReader, preparedSql } from './reader';
import { isUniqueViolation } from './unique-violation';
import { createUnitOfWork } from './unit-of-work';

/* Prepared statements: planned once per connection on PostgreSQL, plain text on PGlite, and failing as any other statement does. */
let tdb: TestDatabase;
let db: DataSource;
beforeAll(async () => {
  tdb = await createTestDatabase();
  db = tdb.db;
});
afterAll(async () => tdb.drop());

const BUCKET_TOKENS = preparedSql('test.bucketTokens', 'SELECT tokens FROM throttle_buckets WHERE key = $1');
const INSERT_BUCKET = preparedSql('test.insertBucket', "INSERT INTO throttle_buckets (key, tokens, updated_at, full_at) VALUES ($1, $2, now(), now()) RETURNING key");

describe('prepared statements', () => {
  it('answer the same rows as the text, in and out of a unit of work', async () => {
    await createUnitOfWork(db, null)((tx) => tx.query(INSERT_BUCKET, ['prepared:a', 3]));
    const read = poolReader(db);
    expect(await read.query(BUCKET_TOKENS, ['prepared:a'])).toEqual(await read.query(BUCKET_TOKENS.text, ['prepared:a']));
    expect(await read.query(BUCKET_TOKENS, ['prepared:a'])).toEqual([{ tokens: 3 }]);
  });

  it('are prepared on the PostgreSQL connection that ran them (PGlite runs the text)', async () => {
    const names = await createUnitOfWork(db, null)(async (tx) => {
      await tx.query(BUCKET_TOKENS, ['prepared:a']);
      const rows: { name: string }[] = await tx.query('SELECT name FROM pg_prepared_statements');
      return rows.map((r) => r.name);
    });
    expect(names.includes('test.bucketTokens')).toBe(!isSingleSession(db));
  });

  it('fail as TypeORM statements do, so constraint checks still recognise the error, and change nothing', async () => {
    const failure = await createUnitOfWork(db, null)((tx) => tx.query(INSERT_BUCKET, ['prepared:a', 9])).catch((error: unknown) => error);
    expect(isUniqueViolation(failure, 'PK_36e08342fdd33ed74c58e52153d')).toBe(true);
    expect(await poolReader(db).query(BUCKET_TOKENS, ['prepared:a'])).toEqual([{ tokens: 3 }]);
  });

  it('keep one text per name', () => {
    expect(preparedSql('test.bucketTokens', BUCKET_TOKENS.text)).toEqual(BUCKET_TOKENS);
    expect(() => preparedSql('test.bucketTokens', 'SELECT 1')).toThrow('one name, two texts');
  });
});

describe('a prepared statement called many times', () => {
  const DOUBLED = preparedSql('test.doubled', 'SELECT $1::int * 2 AS doubled, now() AS at');

  it('answers each call with its own parameters and fresh values, past the pool size and the five custom plans', async () => {
    const read = poolReader(db);
    const answers: { doubled: number; at: Date }[] = [];
    for (let i = 0; i < 25; i++) answers.push(...(await read.query<{ doubled: number; at: Date }>(DOUBLED, [i])));
    expect(answers.map((a) => a.doubled)).toEqual([...Array(25).keys()].map((i) => i * 2));
    expect(answers.every((a) => a.at instanceof Date)).toBe(true);
  });
});
