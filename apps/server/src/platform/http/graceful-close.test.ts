import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { closeGracefully } from './graceful-close';

/** One request over a keep-alive agent; resolves with the status once the body is read. */
function get(port: number, path: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
  });
}

describe('closeGracefully', () => {
  it('lets a request in flight finish, then closes its keep-alive connection instead of waiting for the client', async () => {
    const app = Fastify();
    let entered!: () => void;
    const inFlight = new Promise<void>((resolve) => (entered = resolve));
    app.get('/slow', async () => {
      entered();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { ok: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    // A browser keeps its connections open for minutes; this agent keeps them as long as it is alive.
    const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 60_000 });
    try {
      const answer = get(port, '/slow', agent);
      await inFlight;
      const started = Date.now();
      await closeGracefully(app, 30_000);
      const took = Date.now() - started;
      expect(await answer).toBe(200);
      expect(took).toBeLessThan(5_000);
    } finally {
      agent.destroy();
    }
  });

  it('cuts connections that are still busy after the drain time', async () => {
    const app = Fastify();
    let entered!: () => void;
    const inFlight = new Promise<void>((resolve) => (entered = resolve));
    app.get('/stuck', async () => {
      entered();
      await new Promise((resolve) => setTimeout(resolve, 60_000).unref());
      return { ok: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const agent = new http.Agent({ keepAlive: true });
    try {
      const answer = get(port, '/stuck', agent).catch((error: Error) => error.message);
      await inFlight;
      const started = Date.now();
      await closeGracefully(app, 500);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await answer).toMatch(/socket hang up|ECONNRESET/);
    } finally {
      agent.destroy();
    }
  });
});
