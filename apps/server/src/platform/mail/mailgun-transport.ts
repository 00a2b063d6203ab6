import Mailgun from 'mailgun.js';
import { OUTBOX_ID_HEADER, PermanentMailError, type MailTransport, type OutgoingMessage } from './mail-transport';

export interface MailgunSettings {
  readonly apiKey: string;
  readonly domain: string;
  /** Another Mailgun-compatible API base (the EU region, a local test server); Mailgun's US API when unset. */
  readonly url: string | undefined;
}

/** How long one send may take. The worker's claim lease is far longer, so a slow send is never claimed twice. */
export const MAILGUN_TIMEOUT_MS = 20_000;

/** HTTP statuses that mean the message itself was refused; resending it unchanged would be refused again. */
const PERMANENT_STATUSES = new Set([400, 413, 422]);

function statusOf(error: unknown): number | null {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : null;
}

function reasonOf(error: unknown, status: number | null): string {
  const details = typeof error === 'object' && error !== null && 'details' in error && typeof error.details === 'string' ? error.details : null;
  const message = error instanceof Error ? error.message : String(error);
  return `Mailgun${status === null ? '' : ` ${status}`}: ${details ?? message}`.slice(0, 500);
}

/** Sends through Mailgun's messages API with mailgun.js: one HTTP request per message, both parts in it. */
export function mailgunTransport(settings: MailgunSettings): MailTransport {
  const client = new Mailgun(FormData).client({
    username: 'api',
    key: settings.apiKey,
    timeout: MAILGUN_TIMEOUT_MS,
    ...(settings.url !== undefined ? { url: settings.url } : {}),
  });
  return {
    kind: 'mailgun',
    async send(message: OutgoingMessage): Promise<string> {
      try {
        const result = await client.messages.create(settings.domain, {
          from: message.from,
          to: [message.to],
          subject: message.subject,
          text: message.text,
          html: message.html,
          [`h:${OUTBOX_ID_HEADER}`]: message.outboxId,
        });
        if (typeof result.id !== 'string' || result.id === '') throw new Error(`Mailgun answered without a message id (status ${result.status})`);
        return result.id;
      } catch (error) {
        const status = statusOf(error);
        const reason = reasonOf(error, status);
        throw status !== null && PERMANENT_STATUSES.has(status) ? new PermanentMailError(reason) : new Error(reason);
      }
    },
  };
}
