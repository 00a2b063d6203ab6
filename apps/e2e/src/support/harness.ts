import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { Artifacts } from './artifacts';
import { launchBrowser, type BrowserSession } from './browser';
import { createStorage, type StorageKind, type StorageTarget } from './database';
import type { Admin } from './flows';
import { GatehouseServer } from './server';

/** Everything one e2e test file works with; `server` changes when the test restarts it. */
export interface E2E {
  readonly artifacts: Artifacts;
  readonly storage: StorageTarget;
  server: GatehouseServer;
  readonly browser: BrowserSession;
  readonly page: Page;
  /** Screenshot of the current page, numbered in order: LOOK at them after a run. */
  screenshot(step: string): Promise<string>;
  /** Stops the server with SIGTERM and starts it again on the same port and data; `whileStopped` runs in between. */
  restartServer(whileStopped?: () => Promise<void>): Promise<GatehouseServer>;
}

/**
 * Jest hooks for a describe block: a server on fresh storage and a fresh browser before
 * its tests, both gone after. Artifacts land in `.e2e-artifacts/<name>-<kind>/`.
 */
export function useGatehouse(name: string, kind: StorageKind, options: { readonly env?: () => Readonly<Record<string, string>> } = {}): () => E2E {
  let e2e: E2E | undefined;
  const servers: GatehouseServer[] = [];

  beforeAll(async () => {
    const artifacts = new Artifacts(`${name}-${kind}`);
    const storage = await createStorage(kind);
    let logCount = 0;
    const logFile = () => artifacts.file(`server-${++logCount}.log`);
    // The environment is read now, after the file's own beforeAll hooks (a local mail server's URL).
    const env = options.env?.();
    const server = await GatehouseServer.start({ storage, logFile: logFile(), ...(env ? { env } : {}) });
    servers.push(server);
    const browser = await launchBrowser();
    const state: E2E = {
      artifacts,
      storage,
      server,
      browser,
      page: browser.page,
      screenshot: (step) => artifacts.screenshot(browser.page, step),
      async restartServer(whileStopped) {
        const code = await state.server.stop();
        if (code !== 0) throw new Error(`server exited with ${code} on SIGTERM`);
        await whileStopped?.();
        state.server = await GatehouseServer.start({ ...state.server.options, logFile: logFile() });
        servers.push(state.server);
        return state.server;
      },
    };
    e2e = state;
  });

  afterAll(async () => {
    if (e2e !== undefined) fs.writeFileSync(e2e.artifacts.file('browser-problems.txt'), e2e.browser.problems.join('\n'));
    await e2e?.browser.close();
    for (const server of servers) {
      await server.stop().catch(() => server.kill());
    }
    await e2e?.storage.dispose();
  });

  return () => {
    if (e2e === undefined) throw new Error('useGatehouse: beforeAll has not run (or failed: see its error above)');
    return e2e;
  };
}

const COMPLETE_SETUP = `mutation CompleteSetup($input: CompleteSetupInput!) {
  completeSetup(input: $input) { viewer { email } userErrors { code field message } }
}`;

/**
 * First-run setup over HTTP, for tests about something else (employees…) that start logged out
 * on a set-up Gatehouse. The setup flow itself is tested through the UI in first-run.e2e.test.ts.
 */
export async function completeSetupByApi(server: GatehouseServer, admin: Admin): Promise<void> {
  const setupUrl = server.setupUrl;
  if (setupUrl === undefined) throw new Error('the server printed no setup link (is the database already set up?)');
  const token = new URL(setupUrl).searchParams.get('token');
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: COMPLETE_SETUP, variables: { input: { token, ...admin, acceptTerms: true } } }),
  });
  const body = (await response.json()) as { data?: { completeSetup: { userErrors: unknown[] } }; errors?: unknown };
  if (body.errors !== undefined || body.data?.completeSetup.userErrors.length !== 0) {
    throw new Error(`completeSetup failed: ${JSON.stringify(body)}`);
  }
}
