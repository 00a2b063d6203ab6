import type { Gatehouse } from '../server';

/**
 * Mail in server tests. Mail queued with `tx.mail(...)` is delivered by the server's own
 * worker; these helpers make that deterministic and read what arrived. Without MAILGUN_* in
 * the test's env (the default), mail lands in the development mailbox:
 *
 *   await deliverQueuedMail(t.gatehouse);
 *   const mail = await latestMailTo(t.gatehouse, 'ann@example.com');
 *   expect(mail.subject).toContain('invited');
 *   await client.gql(ACCEPT, { input: { token: tokenFromLink(mail.links[0]) } });
 */

/** One email as the development mailbox kept it. */
export interface DeliveredMail {
  readonly to: string;
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The links it carries, the call to action first. */
  readonly links: readonly string[];
  /** The account whose mailbox shows it (null: mail about a login to an address no account has). */
  readonly accountId: string | null;
}

/**
 * Sends every queued email that is due now and waits until none is being sent; answers how
 * many it sent or gave up on. `includeRetries` also waits out retries (tests with a short
 * retry back-off).
 */
export function deliverQueuedMail(gatehouse: Gatehouse, opts: { includeRetries?: boolean; timeoutMs?: number } = {}): Promise<number> {
  return gatehouse.mail.deliverDue(opts);
}

interface MailRow {
  recipient: string;
  sender: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
  account_id: string | null;
}

/**
 * The newest email the development mailbox received for `email` (any case), after delivering
 * what is queued; throws when there is none, so a test reads `(await latestMailTo(...)).links[0]`.
 */
export async function latestMailTo(gatehouse: Gatehouse, email: string): Promise<DeliveredMail> {
  const [mail] = await mailTo(gatehouse, email);
  if (mail === undefined) throw new Error(`no mail to ${email} in the development mailbox`);
  return mail;
}

/** Every email the development mailbox received for `email`, newest first, after delivering what is queued. */
export async function mailTo(gatehouse: Gatehouse, email: string): Promise<DeliveredMail[]> {
  await deliverQueuedMail(gatehouse);
  const rows = await gatehouse.db.query<MailRow[]>(
    `SELECT recipient, sender, subject, text, html, links, account_id FROM dev_mailbox WHERE lower(recipient) = lower($1) ORDER BY created_at DESC, id DESC`,
    [email],
  );
  return rows.map((r) => ({ to: r.recipient, from: r.sender, subject: r.subject, text: r.text, html: r.html, links: r.links, accountId: r.account_id }));
}

/** The raw token of a link built by the mail templates (`…/page#token=…`). */
export function tokenFromLink(link: string | undefined): string {
  const token = new URL(link ?? 'about:blank').hash.match(/token=([^&]+)/)?.[1];
  if (token === undefined) throw new Error(`no token in ${link}`);
  return decodeURIComponent(token);
}
