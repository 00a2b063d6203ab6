import fs from 'node:fs';
import { Artifacts } from './support/artifacts';
import { createStorage, storageKinds, type StorageTarget } from './support/database';
import { DEFAULT_ADMIN } from './support/flows';
import { completeSetupByApi } from './support/harness';
import { GatehouseServer } from './support/server';

/**
 * A server killed (SIGKILL) while it applies an import: after the restart the database holds
 * either none of the file or all of it, and the job says which (FAILED or APPLIED).
 */

const ROWS = 20_000;

async function gql<T>(server: GatehouseServer, cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; cookie: string }> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.data === undefined || body.errors !== undefined) throw new Error(JSON.stringify(body.errors));
  const setCookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { data: body.data, cookie: setCookie || cookie };
}

function peopleCsv(rows: number): string {
  const lines = ['Email,First name,Surname,Role,Active'];
  for (let i = 0; i < rows; i += 1) lines.push(`restart${i}@riverside.example,Restart,Person${i},GENERAL,yes`);
  return `${lines.join('\r\n')}\r\n`;
}

describe.each(storageKinds())('an import interrupted by a killed server (%s)', (kind) => {
  let storage: StorageTarget;
  const servers: GatehouseServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop().catch(() => server.kill());
    await storage?.dispose();
  });

  it('leaves the database untouched or fully applied, and the job says which', async () => {
    const artifacts = new Artifacts(`import-restart-${kind}`);
    storage = await createStorage(kind);
    const first = await GatehouseServer.start({ storage, logFile: artifacts.file('server-1.log') });
    servers.push(first);
    await completeSetupByApi(first, DEFAULT_ADMIN);
    const login = await gql<unknown>(first, '', 'mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }', {
      input: { email: DEFAULT_ADMIN.email, password: DEFAULT_ADMIN.password },
    });
    const cookie = login.cookie;

    const upload = await fetch(`${first.url}/api/employees/imports?fileName=restart.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'apollo-require-preflight': 'true', cookie },
      body: peopleCsv(ROWS),
    });
    const { jobId } = (await upload.json()) as { jobId: string };
    await gql(first, cookie, 'mutation($input: ApplyEmployeeImportInput!) { applyEmployeeImport(input: $input) { userErrors { code } } }', { input: { jobId } });
    // The apply runs in the background now; kill the server in the middle of it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    first.kill();

    const second = await GatehouseServer.start({ storage, logFile: artifacts.file('server-2.log'), port: first.options.port });
    servers.push(second);
    const after = await gql<{ employeeImport: { state: string; message: string | null }; employees: { totalCount: number } }>(
      second,
      cookie,
      'query($id: ID!) { employeeImport(id: $id) { state message } employees(first: 0) { totalCount } }',
      { id: jobId },
    );
    const { state } = after.data.employeeImport;
    const count = after.data.employees.totalCount;
    fs.writeFileSync(artifacts.file('outcome.txt'), `after the restart: ${state}, ${count} employees\n`);
    if (state === 'FAILED') {
      expect(count).toBe(1);
      expect(after.data.employeeImport.message).toMatch(/server stopped/);
    } else {
      expect(state).toBe('APPLIED');
      expect(count).toBe(1 + ROWS);
    }
  });
});
