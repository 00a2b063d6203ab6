import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One message as the server received it: the multipart fields of Mailgun's messages API. */
export interface ReceivedMessage {
  readonly id: string;
  readonly domain: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The `h:X-Gatehouse-Outbox-Id` header field: which outbox row this was. */
  readonly outboxId: string;
}

/**
 * The text fields of a multipart/form-data body. Mailgun's client sends only text fields for a
 * message without attachments; a plain split on the boundary is all this needs, and costs far
 * less than a general parser when the benchmark pushes hundreds of messages a second through.
 */
export function multipartFields(body: string, contentType: string): Map<string, string> {
  const fields = new Map<string, string>();
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (boundary === null) return fields;
  const delimiter = `--${boundary[1] ?? boundary[2] ?? ''}`;
  for (const part of body.split(delimiter)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const name = /name="([^"]*)"/i.exec(part.slice(0, split))?.[1];
    // The value runs to the CRLF that precedes the next delimiter.
    if (name !== undefined) fields.set(name, part.slice(split + 4, part.endsWith('\r\n') ? -2 : undefined));
  }
  return fields;
}

/** The status to fail a call with, or null to accept it; told the call number (1-based) and the outbox id the message carries. */
export type FailureRule = (callNumber: number, outboxId: string) => number | null;

/**
 * A local HTTP server that speaks the part of Mailgun's API Gatehouse uses (`POST
 * /v3/<domain>/messages`, multipart form, basic auth `api:<key>`, answering `{ id, message }`),
 * and fails on demand with any status. The real `mailgun.js` client is pointed at it with
 * MAILGUN_URL, in tests and in `pnpm bench:mail`.
 */
export class MailgunCompatibleServer {
  readonly messages: ReceivedMessage[] = [];
  /** Every POST, accepted or not. */
  calls = 0;
  /** TCP connections clients opened (keep-alive clients open few and reuse them). */
  connections = 0;
  private failure: FailureRule = () => null;
  private server: http.Server | null = null;

  constructor(
    readonly apiKey = 'key-test',
    readonly domain = 'mg.example.test',
  ) {}

  /** The base URL to give as MAILGUN_URL. */
  url = '';

  /** Answers the next `count` calls with `status`, then accepts again. */
  failNext(count: number, status = 503): void {
    const until = this.calls + count;
    this.failure = (n) => (n <= until ? status : null);
  }

  /** Answers every call with `status` until told otherwise. */
  failAlways(status = 503): void {
    this.failure = () => status;
  }

  /** Fails calls by a rule; null accepts. */
  failWhen(rule: FailureRule): void {
    this.failure = rule;
  }

  recover(): void {
    this.failure = () => null;
  }

  /** Messages received for one address. */
  to(address: string): ReceivedMessage[] {
    return this.messages.filter((m) => m.to === address);
  }

  /** How many outbox rows arrived more than once (must stay 0). */
  duplicates(): number {
    const seen = new Set<string>();
    let duplicates = 0;
    for (const m of this.messages) {
      if (seen.has(m.outboxId)) duplicates += 1;
      seen.add(m.outboxId);
    }
    return duplicates;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', () => {
      this.connections += 1;
    });
    // Many concurrent sends from the client's keep-alive pool.
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === null) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = null;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const reply = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    const match = /^\/v3\/([^/]+)\/messages$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return reply(404, { message: 'Not found' });
    const expected = `Basic ${Buffer.from(`api:${this.apiKey}`).toString('base64')}`;
    if (req.headers.authorization !== expected) return reply(401, { message: 'Invalid private key' });
    this.calls += 1;
    const call = this.calls;
    const form = multipartFields(Buffer.concat(chunks).toString('utf8'), req.headers['content-type'] ?? '');
    const field = (name: string) => form.get(name) ?? '';
    const failStatus = this.failure(call, field('h:X-Gatehouse-Outbox-Id'));
    if (failStatus !== null) return reply(failStatus, { message: `Failing on purpose (${failStatus})` });
    if (field('from') === '' || field('to') === '' || field('subject') === '') return reply(400, { message: "'from', 'to' and 'subject' are required" });
    const domain = decodeURIComponent(match[1] ?? '');
    const id = `<${Date.now()}.${randomUUID()}@${domain}>`;
    this.messages.push({ id, domain, from: field('from'), to: field('to'), subject: field('subject'), text: field('text'), html: field('html'), outboxId: field('h:X-Gatehouse-Outbox-Id') });
    reply(200, { id, message: 'Queued. Thank you.' });
  }
}
