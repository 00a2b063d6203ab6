import type { Tx } from './unit-of-work';

/**
 * What `commitWithoutWaitingForDisk` (below) sets, as an SQL expression for a statement the unit of work runs anyway to
 * select (`SELECT …, ${WITHOUT_WAITING_FOR_DISK} AS …`): the setting is read at COMMIT, so any
 * statement of the transaction may make it, and a hot path saves a round trip.
 */
export const WITHOUT_WAITING_FOR_DISK = "set_config('synchronous_commit', 'off', true)";

/**
 * Lets this unit of work's COMMIT return before PostgreSQL has flushed its WAL to disk
 * (`synchronous_commit = off` for this transaction only). Other sessions see the commit at
 * once and its row locks are released at once; only its durability is deferred, by at most
 * three WAL-writer cycles (well under a second). A crash of the database in that window
 * loses this transaction and nothing else: never half of it, never another one.
 *
 * For writes whose loss is harmless, on paths where waiting for the disk while holding a row
 * lock makes everyone queue: a throttle's count (a lost attempt is one more guess allowed
 * after a database crash) and a login's new session (a lost one means logging in again).
 * Anything a person would miss if it vanished (their data, audit, mail) commits durably.
 */
export async function commitWithoutWaitingForDisk(tx: Tx): Promise<void> {
  await tx.query('SET LOCAL synchronous_commit = off');
}
