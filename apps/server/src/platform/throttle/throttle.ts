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

/*
 * The bucket after refilling since its last change, capped at capacity. $2 is the capacity,
 * $3 the refill rate per second; `b` is the stored row.
 */
const REFILLED = 'LEAST($2::float8, b.tokens + EXTRACT(EPOCH FROM (now() - b.updated_at)) * $3::float8)';

/**
 * Takes one attempt from the key's bucket, or refuses. One statement, so the check and the
 * consumption are atomic: concurrent requests queue on the row lock and each sees the count
 * the previous one left, whatever the number of server instances. Call it (and commit)
 * before doing the work it guards.
 */
export async function consumeAttempt(tx: Tx, key: string, limit: ThrottleLimit): Promise<ThrottleVerdict> {
  const r = rate(limit);
  const rows: { tokens: number }[] = await tx.query(
    `INSERT INTO throttle_buckets AS b (key, tokens, updated_at, full_at)
     VALUES ($1, $2::float8 - 1, now(), now() + make_interval(secs => 1 / $3::float8))
     ON CONFLICT (key) DO UPDATE
        SET tokens = ${REFILLED} - 1,
            updated_at = now(),
            full_at = now() + make_interval(secs => ($2::float8 - (${REFILLED} - 1)) / $3::float8)
      WHERE ${REFILLED} >= 1
     RETURNING b.tokens`,
    [key, limit.capacity, r],
  );
  if (rows.length > 0) return { allowed: true };
  const left: { tokens: number }[] = await tx.query(`SELECT ${REFILLED} AS tokens FROM throttle_buckets b WHERE b.key = $1`, [key, limit.capacity, r]);
  const tokens = left[0]?.tokens ?? 0;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / r)) };
}

/** Gives one attempt back (a login that succeeded was not a failure), never above capacity. */
export async function refundAttempt(tx: Tx, key: string, limit: ThrottleLimit): Promise<void> {
  await tx.query(
    `UPDATE throttle_buckets b
        SET tokens = LEAST($2::float8, ${REFILLED} + 1), updated_at = now(),
            full_at = now() + make_interval(secs => ($2::float8 - LEAST($2::float8, ${REFILLED} + 1)) / $3::float8)
      WHERE b.key = $1`,
    [key, limit.capacity, rate(limit)],
  );
}

/** Forgets a key: its bucket is full again. */
export async function resetThrottle(tx: Tx, key: string): Promise<void> {
  await tx.query('DELETE FROM throttle_buckets WHERE key = $1', [key]);
}

/** Deletes buckets that have refilled: a full bucket is the same as no row. */
export async function pruneThrottles(tx: Tx): Promise<number> {
  const rows: { key: string }[] = await tx.query('DELETE FROM throttle_buckets WHERE full_at < now() RETURNING key');
  return rows.length;
}
