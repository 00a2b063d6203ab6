import { WITHOUT_WAITING_FOR_DISK } from '../db/commit-flush';
import { preparedSql, type PreparedSql } from '../db/reader';
import type { Tx } from '../db/unit-of-work';

/** A limit: at most `capacity` attempts at once, refilled at `capacity` per `windowMs`. */
export interface ThrottleLimit {
  readonly capacity: number;
  readonly windowMs: number;
}

export type ThrottleVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** Refill per second of a limit. */
function rate(limit: ThrottleLimit): number {
  return limit.capacity / (limit.windowMs / 1000);
}

/**
 * The bucket `b` after refilling since its last change, capped at capacity; `capacity` and
 * `rate` (refill per second) are the statement's parameter placeholders for them.
 */
const refilled = (capacity: string, rate: string) => `LEAST(${capacity}::float8, b.tokens + EXTRACT(EPOCH FROM (now() - b.updated_at)) * ${rate}::float8)`;

/** The statement that takes one attempt from bucket `key` or leaves it alone (no row returned); placeholders as in `refilled`. */
function takeSql(key: string, capacity: string, rate: string): string {
  const left = refilled(capacity, rate);
  return `INSERT INTO throttle_buckets AS b (key, tokens, updated_at, full_at)
     VALUES (${key}, ${capacity}::float8 - 1, now(), now() + make_interval(secs => 1 / ${rate}::float8))
     ON CONFLICT (key) DO UPDATE
        SET tokens = ${left} - 1,
            updated_at = now(),
            full_at = now() + make_interval(secs => (${capacity}::float8 - (${left} - 1)) / ${rate}::float8)
      WHERE ${left} >= 1
     RETURNING b.tokens`;
}

/** The verdict for a bucket that had no attempt left: when the next one will be there. */
async function refusal(tx: Tx, key: string, limit: ThrottleLimit): Promise<ThrottleVerdict> {
  const r = rate(limit);
  const left: { tokens: number }[] = await tx.query(`SELECT ${refilled('$2', '$3')} AS tokens FROM throttle_buckets b WHERE b.key = $1`, [key, limit.capacity, r]);
  const tokens = left[0]?.tokens ?? 0;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / r)) };
}

/**
 * Takes one attempt from the key's bucket, or refuses. One statement, so the check and the
 * consumption are atomic: concurrent requests queue on the row lock and each sees the count
 * the previous one left, whatever the number of server instances. Call it (and commit)
 * before doing the work it guards.
 */
export async function consumeAttempt(tx: Tx, key: string, limit: ThrottleLimit): Promise<ThrottleVerdict> {
  const rows: { tokens: number }[] = await tx.query(takeSql('$1', '$2', '$3'), [key, limit.capacity, rate(limit)]);
  return rows.length > 0 ? { allowed: true } : refusal(tx, key, limit);
}

const takeAllStatements = new Map<string, PreparedSql>();

/** The statement of `consumeAttempts` for `count` buckets (prepared: logins run it all the time). */
function takeAllSql(count: number, withoutWaitingForDisk: boolean): PreparedSql {
  const name = `throttle.take${count}${withoutWaitingForDisk ? '.noDiskWait' : ''}`;
  const known = takeAllStatements.get(name);
  if (known !== undefined) return known;
  const ctes = Array.from({ length: count }, (_, i) => `t${i} AS (${takeSql(`$${3 * i + 1}`, `$${3 * i + 2}`, `$${3 * i + 3}`)})`);
  // Scalar subqueries run in the order of the select list: that is the order the rows are locked in.
  const taken = ctes.map((_, i) => `(SELECT count(*) FROM t${i})::int AS taken${i}`);
  if (withoutWaitingForDisk) taken.push(`${WITHOUT_WAITING_FOR_DISK} AS commit_without_waiting_for_disk`);
  const statement = preparedSql(name, `WITH ${ctes.join(', ')} SELECT ${taken.join(', ')}`);
  takeAllStatements.set(name, statement);
  return statement;
}

/** A bucket and its limit. */
export interface ThrottleBucket {
  readonly key: string;
  readonly limit: ThrottleLimit;
}

/**
 * Takes one attempt from each bucket in one statement (each bucket atomically, as
 * `consumeAttempt`). PostgreSQL runs each bucket's upsert when the select list first reads it,
 * so the rows are locked in the order given and concurrent callers with the same buckets
 * queue; were two ever to deadlock, PostgreSQL would fail one of them, which takes nothing
 * (its transaction rolls back), never more. When any refuses, its verdict comes back (the
 * first refusing bucket in the order given) and the caller must roll back, which returns the
 * attempts the others gave. `commitWithoutWaitingForDisk` applies that setting to the unit of
 * work from within this same statement.
 */
export async function consumeAttempts(tx: Tx, buckets: readonly ThrottleBucket[], options: { commitWithoutWaitingForDisk: boolean }): Promise<ThrottleVerdict> {
  // One statement must not change a row twice: with a key given twice, one attempt would be lost.
  if (new Set(buckets.map((b) => b.key)).size !== buckets.length) throw new Error('consumeAttempts: every bucket must have its own key');
  const params = buckets.flatMap((bucket) => [bucket.key, bucket.limit.capacity, rate(bucket.limit)]);
  const rows: Record<string, number>[] = await tx.query(takeAllSql(buckets.length, options.commitWithoutWaitingForDisk), params);
  const row = rows[0];
  for (const [i, bucket] of buckets.entries()) if (row?.[`taken${i}`] !== 1) return refusal(tx, bucket.key, bucket.limit);
  return { allowed: true };
}

/** Gives one attempt back (a login that succeeded was not a failure), never above capacity. */
export async function refundAttempt(tx: Tx, key: string, limit: ThrottleLimit): Promise<void> {
  const after = `LEAST($2::float8, ${refilled('$2', '$3')} + 1)`;
  await tx.query(
    `UPDATE throttle_buckets b
        SET tokens = ${after}, updated_at = now(),
            full_at = now() + make_interval(secs => ($2::float8 - ${after}) / $3::float8)
      WHERE b.key = $1`,
    [key, limit.capacity, rate(limit)],
  );
}

/** Forgets a key: its bucket is full again. */
export async function resetThrottle(tx: Tx, key: string): Promise<void> {
  await tx.query('DELETE FROM throttle_buckets WHERE key = $1', [key]);
}

/**
 * After the guarded work succeeded: forgets `reset` (its bucket is full again) and gives one
 * attempt back to `refund`, never above capacity, in one statement. The keys must differ.
 * `commitWithoutWaitingForDisk` as in `consumeAttempts`.
 */
export async function resetAndRefund(tx: Tx, reset: string, refund: ThrottleBucket, options: { commitWithoutWaitingForDisk: boolean }): Promise<void> {
  // One statement must not change a row twice: with one key, which change won would be undefined.
  if (reset === refund.key) throw new Error('resetAndRefund: the reset and the refunded key must differ');
  const statement = options.commitWithoutWaitingForDisk ? RESET_AND_REFUND_WITHOUT_WAITING_FOR_DISK : RESET_AND_REFUND;
  await tx.query(statement, [reset, refund.key, refund.limit.capacity, rate(refund.limit)]);
}

function resetAndRefundSql(withoutWaitingForDisk: boolean): string {
  const after = `LEAST($3::float8, ${refilled('$3', '$4')} + 1)`;
  const extra = withoutWaitingForDisk ? `, ${WITHOUT_WAITING_FOR_DISK} AS commit_without_waiting_for_disk` : '';
  return `WITH reset AS (DELETE FROM throttle_buckets WHERE key = $1 RETURNING 1),
          refund AS (
            UPDATE throttle_buckets b
               SET tokens = ${after}, updated_at = now(),
                   full_at = now() + make_interval(secs => ($3::float8 - ${after}) / $4::float8)
             WHERE b.key = $2 RETURNING 1)
     SELECT (SELECT count(*) FROM reset) AS reset, (SELECT count(*) FROM refund) AS refund${extra}`;
}

// Prepared: every successful login runs one of them.
const RESET_AND_REFUND = preparedSql('throttle.resetAndRefund', resetAndRefundSql(false));
const RESET_AND_REFUND_WITHOUT_WAITING_FOR_DISK = preparedSql('throttle.resetAndRefund.noDiskWait', resetAndRefundSql(true));

/** Deletes buckets that have refilled: a full bucket is the same as no row. */
export async function pruneThrottles(tx: Tx): Promise<number> {
  const rows: { key: string }[] = await tx.query('DELETE FROM throttle_buckets WHERE full_at < now() RETURNING key');
  return rows.length;
}
