import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { createUnitOfWork, type Tx } from '../db/unit-of-work';
import { consumeAttempts, resetAndRefund, type ThrottleVerdict } from './throttle';

/*
 * The statements that take and give back several buckets' attempts at once: each bucket
 * behaves as its own, a refusal changes nothing once rolled back, and the commit setting they
 * carry applies to their transaction only.
 */
let tdb: TestDatabase;
let db: DataSource;
beforeAll(async () => {
  tdb = await createTestDatabase();
  db = tdb.db;
});
afterAll(async () => tdb.drop());

const LIMIT = { capacity: 2, windowMs: 60 * 60 * 1000 };
const WIDE = { capacity: 50, windowMs: 60 * 60 * 1000 };

async function tokens(key: string): Promise<number | null> {
  const rows: { tokens: number }[] = await db.query('SELECT tokens FROM throttle_buckets WHERE key = $1', [key]);
  return rows[0] === undefined ? null : Math.round(rows[0].tokens);
}

class Refused extends Error {}

/** Takes from both buckets in a unit of work that rolls back when refused, as a login does. */
function take(a: string, b: string): Promise<ThrottleVerdict> {
  return createUnitOfWork(db, null)(async (tx) => {
    const verdict = await consumeAttempts(tx, [{ key: a, limit: LIMIT }, { key: b, limit: WIDE }], { commitWithoutWaitingForDisk: true });
    if (!verdict.allowed) throw Object.assign(new Refused(), { verdict });
    return verdict;
  }).catch((error: unknown) => {
    if (error instanceof Refused && 'verdict' in error) return error.verdict as ThrottleVerdict;
    throw error;
  });
}

async function synchronousCommit(tx: Tx): Promise<string | undefined> {
  const rows: { synchronous_commit: string }[] = await tx.query('SHOW synchronous_commit');
  return rows[0]?.synchronous_commit;
}

describe('consumeAttempts', () => {
  it('takes one attempt from each bucket, and a refusal by one leaves the other as it was', async () => {
    expect(await take('t:email:a', 't:ip:a')).toEqual({ allowed: true });
    expect(await take('t:email:a', 't:ip:a')).toEqual({ allowed: true });
    expect([await tokens('t:email:a'), await tokens('t:ip:a')]).toEqual([0, 48]);
    const refused = await take('t:email:a', 't:ip:a');
    expect(refused.allowed).toBe(false);
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(0);
    // Nothing changed: the IP bucket's attempt was rolled back with the refusal.
    expect([await tokens('t:email:a'), await tokens('t:ip:a')]).toEqual([0, 48]);
  });

  it('lets exactly the capacity through under parallel calls', async () => {
    const verdicts = await Promise.all(Array.from({ length: 8 }, () => take('t:email:p', 't:ip:p')));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(2);
    expect(await tokens('t:ip:p')).toBe(48);
  });

  it('refuses one key given twice, and changes nothing', async () => {
    await expect(
      createUnitOfWork(db, null)((tx) => consumeAttempts(tx, [{ key: 't:same', limit: LIMIT }, { key: 't:same', limit: LIMIT }], { commitWithoutWaitingForDisk: false })),
    ).rejects.toThrow('its own key');
    expect(await tokens('t:same')).toBeNull();
  });

  it('sets its transaction to commit without waiting for the disk only when asked', async () => {
    const settings = await createUnitOfWork(db, null)(async (tx) => {
      const before = await synchronousCommit(tx);
      await consumeAttempts(tx, [{ key: 't:flush:a', limit: WIDE }], { commitWithoutWaitingForDisk: true });
      return [before, await synchronousCommit(tx)];
    });
    expect(settings).toEqual(['on', 'off']);
    const untouched = await createUnitOfWork(db, null)(async (tx) => {
      await consumeAttempts(tx, [{ key: 't:flush:b', limit: WIDE }], { commitWithoutWaitingForDisk: false });
      return synchronousCommit(tx);
    });
    expect(untouched).toBe('on');
  });
});

describe('resetAndRefund', () => {
  it('forgets one bucket and gives one attempt back to the other, never above capacity, in one transaction', async () => {
    expect(await take('t:email:r', 't:ip:r')).toEqual({ allowed: true });
    const setting = await createUnitOfWork(db, null)(async (tx) => {
      await resetAndRefund(tx, 't:email:r', { key: 't:ip:r', limit: WIDE }, { commitWithoutWaitingForDisk: true });
      return synchronousCommit(tx);
    });
    expect(setting).toBe('off');
    expect([await tokens('t:email:r'), await tokens('t:ip:r')]).toEqual([null, 50]);
    await createUnitOfWork(db, null)((tx) => resetAndRefund(tx, 't:email:r', { key: 't:ip:r', limit: WIDE }, { commitWithoutWaitingForDisk: false }));
    expect(await tokens('t:ip:r')).toBe(50);
  });

  it('refuses one key as both, and changes nothing', async () => {
    expect(await take('t:email:s', 't:ip:s')).toEqual({ allowed: true });
    await expect(
      createUnitOfWork(db, null)((tx) => resetAndRefund(tx, 't:ip:s', { key: 't:ip:s', limit: WIDE }, { commitWithoutWaitingForDisk: false })),
    ).rejects.toThrow('must differ');
    expect(await tokens('t:ip:s')).toBe(49);
  });
});
