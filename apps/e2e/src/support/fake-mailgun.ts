import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Mailgun's messages API for browser tests: it accepts (`{ id, message }`)
 * or refuses with a chosen status, and counts what it accepted. Point the server at it with
 * MAILGUN_URL (see `env`). Server tests use the fuller one in apps/server/src/scripts/mail.
 */
export class FakeMailgun {
  /** Answer every message with this status; 200 accepts. */
  status = 200;
  accepted = 0;
  private server: http.Server | null = null;
  private url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const ok = req.headers.authorization === `Basic ${Buffer.from('api:key-e2e').toString('base64')}` && this.status === 200;
        if (ok) this.accepted += 1;
        res.writeHead(ok ? 200 : this.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(ok ? { id: `<e2e.${this.accepted}@mg.e2e.test>`, message: 'Queued. Thank you.' } : { message: `Refused on purpose (${this.status})` }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The server settings that send mail here. */
  env(): Record<string, string> {
    return { MAILGUN_API_KEY: 'key-e2e', MAILGUN_DOMAIN: 'mg.e2e.test', MAILGUN_URL: this.url };
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
