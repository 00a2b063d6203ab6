import type { FastifyInstance } from 'fastify';

/** How long a stop lets requests in flight finish before their connections are cut. */
export const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Closes the app the way a process manager's stop expects: no new requests, the ones in
 * flight finish, then every connection goes. Fastify closes the connections that are idle
 * when the close starts; a browser's keep-alive connection that was busy then stays open
 * after its answer, and would hold the stop until the browser let go of it. So idle
 * connections are closed again as they fall idle, and after the drain time all of them.
 */
export async function closeGracefully(app: FastifyInstance, drainMs = DRAIN_TIMEOUT_MS): Promise<void> {
  const server = app.server;
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const cutOff = setTimeout(() => server.closeAllConnections(), drainMs);
  try {
    await app.close();
  } finally {
    clearInterval(sweep);
    clearTimeout(cutOff);
  }
}
