import type { Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';
import type { KeysetCursor } from '../../platform/graphql/connection';

export interface FailedMailRow {
  id: string;
  recipient: string;
  template: string;
  data: Record<string, unknown>;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  failed_at: Date | null;
  /** Null for mail about a login (it belongs to no account). */
  account_name: string | null;
  /** Full-precision created_at for the cursor. */
  at_key: string;
}

/**
 * Which failed mail an account's admins see: the account's own, and mail about a login (a
 * password reset, which belongs to no account) addressed to one of the account's employees.
 * `m` is the outbox row, $1 the account.
 */
const OWN_FAILED = `m.account_id = $1 AND m.state = 'FAILED'`;
const LOGIN_FAILED_TO_EMPLOYEE = `m.account_id IS NULL AND m.state = 'FAILED'
  AND EXISTS (SELECT 1 FROM employees e WHERE e.account_id = $1 AND e.email = m.recipient)`;

/**
 * The account's failed mail, newest first, keyset-paginated (limit + 1 rows): two backward range
 * reads, each stopping at a page, merged. The account's own mail reads (account_id, state,
 * created_at, id); failed login mail reads the small partial index of such mail, keeping what
 * is addressed to the account's people.
 */
export function listFailedMail(db: Reader, accountId: string, args: { after: KeysetCursor | null; limit: number }): Promise<FailedMailRow[]> {
  const after = args.after ? `AND (m.created_at, m.id) < ($3::timestamptz, $4::uuid)` : '';
  const branch = (where: string) => `(SELECT m.* FROM mail_outbox m WHERE ${where} ${after} ORDER BY m.created_at DESC, m.id DESC LIMIT $2)`;
  return db.query(
    `SELECT m.id, m.recipient, m.template, m.data, m.attempts, m.last_error, m.created_at, m.failed_at, m.created_at::text AS at_key,
            (SELECT a.name FROM accounts a WHERE a.id = m.account_id) AS account_name
       FROM (${branch(OWN_FAILED)} UNION ALL ${branch(LOGIN_FAILED_TO_EMPLOYEE)}) m
      ORDER BY m.created_at DESC, m.id DESC
      LIMIT $2`,
    args.after ? [accountId, args.limit + 1, args.after.value, args.after.id] : [accountId, args.limit + 1],
  );
}

/** How many of the account's emails failed (its own and login mail to its people): index-only counts. */
export async function countFailedMail(db: Reader, accountId: string): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM mail_outbox m WHERE ${OWN_FAILED} UNION ALL SELECT 1 FROM mail_outbox m WHERE ${LOGIN_FAILED_TO_EMPLOYEE}) failed`,
    [accountId],
  );
  return rows[0]?.n ?? 0;
}

/** The failed mail of the account (as listed) among `ids`, locked for the retry. */
export function failedMailForUpdate(tx: Tx, accountId: string, ids: readonly string[]): Promise<{ id: string; recipient: string }[]> {
  return tx.query(
    `SELECT m.id, m.recipient FROM mail_outbox m WHERE m.id = ANY($2::uuid[]) AND ((${OWN_FAILED}) OR (${LOGIN_FAILED_TO_EMPLOYEE})) FOR UPDATE OF m`,
    [accountId, ids],
  );
}

/** Puts failed mail back in the outbox as new: due now, with all its tries again. */
export async function requeueMail(tx: Tx, accountId: string, ids: readonly string[]): Promise<void> {
  await tx.query(
    `UPDATE mail_outbox m SET state = 'PENDING', attempts = 0, next_attempt_at = now(), failed_at = NULL, last_error = NULL
      WHERE m.id = ANY($2::uuid[]) AND ((${OWN_FAILED}) OR (${LOGIN_FAILED_TO_EMPLOYEE}))`,
    [accountId, ids],
  );
}

export interface MailboxRow {
  id: string;
  sender: string;
  recipient: string;
  subject: string;
  links: string[];
  created_at: Date;
  at_key: string;
}

export interface MailboxMessageRow extends MailboxRow {
  html: string;
  text: string;
}

/** The development mailbox of the account, newest first (limit + 1 rows); the parts themselves are left out of the list. */
export function listMailbox(db: Reader, accountId: string, args: { after: KeysetCursor | null; limit: number }): Promise<MailboxRow[]> {
  const after = args.after ? `AND (d.created_at, d.id) < ($3::timestamptz, $4::uuid)` : '';
  return db.query(
    `SELECT d.id, d.sender, d.recipient, d.subject, d.links, d.created_at, d.created_at::text AS at_key
       FROM dev_mailbox d
      WHERE d.account_id = $1 ${after}
      ORDER BY d.created_at DESC, d.id DESC
      LIMIT $2`,
    args.after ? [accountId, args.limit + 1, args.after.value, args.after.id] : [accountId, args.limit + 1],
  );
}

export async function countMailbox(db: Reader, accountId: string): Promise<number> {
  const rows = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM dev_mailbox WHERE account_id = $1`, [accountId]);
  return rows[0]?.n ?? 0;
}

/** One message of the account's development mailbox, with both parts. */
export async function mailboxMessageById(db: Reader, accountId: string, id: string): Promise<MailboxMessageRow | null> {
  const rows = await db.query<MailboxMessageRow>(
    `SELECT id, sender, recipient, subject, links, html, text, created_at, created_at::text AS at_key FROM dev_mailbox WHERE account_id = $1 AND id = $2`,
    [accountId, id],
  );
  return rows[0] ?? null;
}

/** The employee's address and first name, to send them a test email. */
export async function employeeAddress(db: Reader, accountId: string, employeeId: string): Promise<{ email: string; first_name: string } | null> {
  const rows = await db.query<{ email: string; first_name: string }>(`SELECT email, first_name FROM employees WHERE account_id = $1 AND id = $2`, [accountId, employeeId]);
  return rows[0] ?? null;
}
