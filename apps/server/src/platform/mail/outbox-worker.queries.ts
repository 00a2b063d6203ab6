import type { Reader } from '../db/reader';
import type { UnitOfWork } from '../db/unit-of-work';
import type { OutboxState } from './outbox-message.entity';

/** A claimed row, with what rendering it needs. */
export interface ClaimedMail {
  readonly id: string;
  readonly account_id: string | null;
  readonly account_name: string | null;
  readonly recipient: string;
  readonly template: string;
  readonly data: Record<string, unknown>;
  /** Tries so far, this one included: the fencing value its result is recorded with. */
  readonly attempts: number;
}

/**
 * Takes up to `limit` due messages for this worker: new ones, retries whose wait is over, and
 * ones whose claim lease ran out because the worker holding them died. SKIP LOCKED lets
 * several workers claim at once without waiting on each other or taking the same row, and
 * the lease (next_attempt_at moved into the future) keeps a row away from every other worker
 * while it is being sent. Read through the partial index of due rows.
 */
export async function claimDueMail(uow: UnitOfWork, limit: number, leaseMs: number): Promise<ClaimedMail[]> {
  return uow((tx) =>
    tx.query<ClaimedMail>(
      `WITH due AS (
         SELECT id FROM mail_outbox
          WHERE state IN ('PENDING', 'SENDING') AND next_attempt_at <= now()
          ORDER BY next_attempt_at
          LIMIT $1
          FOR UPDATE SKIP LOCKED)
       UPDATE mail_outbox m
          SET state = 'SENDING', attempts = m.attempts + 1, next_attempt_at = now() + make_interval(secs => $2::float8 / 1000)
         FROM due
        WHERE m.id = due.id
       RETURNING m.id, m.account_id, m.recipient, m.template, m.data, m.attempts,
                 (SELECT a.name FROM accounts a WHERE a.id = m.account_id) AS account_name`,
      [limit, leaseMs],
    ),
  );
}

/** What became of one claimed message. */
export type MailOutcome =
  | { readonly id: string; readonly attempts: number; readonly state: Extract<OutboxState, 'SENT'>; readonly providerMessageId: string; readonly secrets: readonly string[] }
  | { readonly id: string; readonly attempts: number; readonly state: Extract<OutboxState, 'PENDING'>; readonly error: string; readonly delayMs: number }
  | { readonly id: string; readonly attempts: number; readonly state: Extract<OutboxState, 'FAILED'>; readonly error: string };

/**
 * Records the outcomes of a batch in one statement. A row is updated only while it is still
 * the claim this worker made (same attempt, still SENDING): if its lease ran out and another
 * worker took it meanwhile, that worker's result is the one that counts. Delivered mail loses
 * its secrets (a link's raw token) here, so the outbox holds a usable link only until delivery.
 */
export async function recordOutcomes(uow: UnitOfWork, outcomes: readonly MailOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  const rows = outcomes.map((o) => ({
    id: o.id,
    attempts: o.attempts,
    state: o.state,
    provider_message_id: o.state === 'SENT' ? o.providerMessageId : null,
    error: o.state === 'SENT' ? null : o.error,
    delay_ms: o.state === 'PENDING' ? o.delayMs : 0,
    secrets: o.state === 'SENT' ? o.secrets : [],
  }));
  await uow((tx) =>
    tx.query(
      `UPDATE mail_outbox m
          SET state = r.state,
              sent_at = CASE WHEN r.state = 'SENT' THEN now() END,
              failed_at = CASE WHEN r.state = 'FAILED' THEN now() END,
              provider_message_id = r.provider_message_id,
              last_error = r.error,
              next_attempt_at = CASE WHEN r.state = 'PENDING' THEN now() + make_interval(secs => r.delay_ms / 1000) ELSE now() END,
              data = CASE WHEN r.state = 'SENT' THEN m.data - r.secrets ELSE m.data END
         FROM jsonb_to_recordset($1::jsonb)
              AS r(id uuid, attempts int, state text, provider_message_id text, error text, delay_ms float8, secrets text[])
        WHERE m.id = r.id AND m.attempts = r.attempts AND m.state = 'SENDING'`,
      [JSON.stringify(rows)],
    ),
  );
}

/** At most this many rows go in one pruning statement, so pruning never holds long locks. */
const PRUNE_CHUNK = 5_000;

/** Deletes delivered mail (and development mailbox messages) older than `keepDays`; answers how many outbox rows went. */
export async function pruneDeliveredMail(uow: UnitOfWork, keepDays: number): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await uow((tx) =>
      tx.query<{ id: string }>(
        `DELETE FROM mail_outbox WHERE id IN (
           SELECT id FROM mail_outbox WHERE state = 'SENT' AND sent_at < now() - make_interval(days => $1) LIMIT $2)
         RETURNING id`,
        [keepDays, PRUNE_CHUNK],
      ),
    );
    total += deleted.length;
    if (deleted.length < PRUNE_CHUNK) break;
  }
  await uow((tx) => tx.query(`DELETE FROM dev_mailbox WHERE created_at < now() - make_interval(days => $1)`, [keepDays]));
  return total;
}

/** The unfinished mail: being sent (lease running), due now, and waiting for a retry. */
export async function unfinishedMail(db: Reader): Promise<{ inFlight: number; due: number; waiting: number }> {
  const [row] = await db.query<{ in_flight: number; due: number; waiting: number }>(
      `SELECT count(*) FILTER (WHERE state = 'SENDING' AND next_attempt_at > now())::int AS in_flight,
              count(*) FILTER (WHERE next_attempt_at <= now())::int AS due,
              count(*) FILTER (WHERE state = 'PENDING' AND next_attempt_at > now())::int AS waiting
         FROM mail_outbox WHERE state IN ('PENDING', 'SENDING')`,
  );
  return { inFlight: row?.in_flight ?? 0, due: row?.due ?? 0, waiting: row?.waiting ?? 0 };
}
