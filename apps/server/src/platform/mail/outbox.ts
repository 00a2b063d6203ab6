import type { Reader } from '../db/reader';
import type { MailTemplateData, MailTemplateName } from './mail-templates';

/** One email to send; the template name and its data are checked together. */
export type OutgoingMail = {
  readonly [K in MailTemplateName]: {
    /** The account it is sent for (its name is in the email); null for mail about a login. */
    readonly accountId: string | null;
    readonly to: string;
    readonly template: K;
    readonly data: MailTemplateData[K];
  };
}[MailTemplateName];

/**
 * Queues emails in the caller's transaction (one statement however many): they are sent
 * only if the change that causes them commits, and a worker delivers them afterwards.
 */
export async function enqueueMail(db: Reader, mails: readonly OutgoingMail[]): Promise<void> {
  if (mails.length === 0) return;
  const rows = mails.map((m) => ({ account_id: m.accountId, recipient: m.to, template: m.template, data: m.data }));
  await db.query(
    `INSERT INTO mail_outbox (account_id, recipient, template, data)
     SELECT r.account_id, r.recipient, r.template, r.data
       FROM jsonb_to_recordset($1::jsonb) AS r(account_id uuid, recipient text, template text, data jsonb)`,
    [JSON.stringify(rows)],
  );
}

/**
 * Who wants to hear that mail was queued on a database: the worker of each Gatehouse on it in
 * this process. Keyed by the DataSource, so a second instance in the same process (tests) hears
 * only its own, exactly as separate processes would.
 */
const queuedListeners = new WeakMap<object, Set<() => void>>();

/** Calls `listener` whenever a unit of work on `db` that queued mail has committed; answers the unsubscribe. */
export function onMailQueued(db: object, listener: () => void): () => void {
  let set = queuedListeners.get(db);
  if (set === undefined) {
    set = new Set();
    queuedListeners.set(db, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}

/** Tells the workers on `db` that committed mail is waiting (called by the unit of work after COMMIT). */
export function mailQueued(db: object): void {
  for (const listener of queuedListeners.get(db) ?? []) listener();
}
