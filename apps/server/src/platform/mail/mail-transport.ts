/** One rendered email addressed to one person, as the worker hands it to a transport. */
export interface OutgoingMessage {
  /** The outbox row: sent along as a header, so a delivered copy can be traced back to it. */
  readonly outboxId: string;
  readonly accountId: string | null;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly links: readonly string[];
}

/** Where mail goes: Mailgun, or the development mailbox. */
export interface MailTransport {
  readonly kind: 'mailgun' | 'dev-mailbox';
  /** Delivers one message and answers the provider's id for it; throws when it was not accepted. */
  send(message: OutgoingMessage): Promise<string>;
}

/**
 * A refusal that trying again cannot fix: the provider rejected the message itself (a malformed
 * address, a message too large). Anything else that fails (network, timeouts, 401 after a key
 * rotation, 429, 5xx) is retried with back-off.
 */
export class PermanentMailError extends Error {}

/** The header that carries the outbox row's id (Mailgun has no idempotency key: this lets a duplicate be recognised). */
export const OUTBOX_ID_HEADER = 'X-Gatehouse-Outbox-Id';
