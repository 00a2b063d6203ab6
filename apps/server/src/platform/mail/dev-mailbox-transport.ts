import type { UnitOfWork } from '../db/unit-of-work';
import type { MailTransport, OutgoingMessage } from './mail-transport';

/** What the development mailbox logs with: one JSON line per link, so a developer can open it from the terminal. */
export interface MailLog {
  info(fields: Record<string, unknown>, message: string): void;
}

/**
 * The transport when no Mailgun key is configured: nothing leaves the machine. The rendered
 * message is kept in `dev_mailbox` for the admin app's Mailbox page and the tests, and each
 * link is logged. Mail about a login (no account) is filed in every account where the address
 * belongs to an employee, since that is where its reader would look.
 */
export function devMailboxTransport(uow: UnitOfWork, log: MailLog): MailTransport {
  return {
    kind: 'dev-mailbox',
    async send(m: OutgoingMessage): Promise<string> {
      const rows = await uow((tx) =>
        tx.query<{ id: string }>(
          `INSERT INTO dev_mailbox (account_id, outbox_id, sender, recipient, subject, html, text, links)
           SELECT a.account_id, $2, $3, $4, $5, $6, $7, $8::text[]
             FROM (SELECT $1::uuid AS account_id WHERE $1::uuid IS NOT NULL
                   UNION
                   SELECT DISTINCT e.account_id FROM employees e WHERE $1::uuid IS NULL AND e.email = lower($4)) a
           RETURNING id`,
          [m.accountId, m.outboxId, m.from, m.to, m.subject, m.html, m.text, [...m.links]],
        ),
      );
      for (const url of m.links) log.info({ mail: { to: m.to, subject: m.subject, url } }, `development mailbox: ${m.to}: ${url}`);
      if (m.links.length === 0) log.info({ mail: { to: m.to, subject: m.subject } }, `development mailbox: ${m.to}: ${m.subject}`);
      return `dev-mailbox:${rows[0]?.id ?? m.outboxId}`;
    },
  };
}
