import type { TestClient, TestGatehouse } from './harness';
import { IMPORT_PATHS } from '../features/imports';

/** What the import tests read back of a job. */
export interface JobView {
  id: string;
  state: string;
  totalRows: number;
  creates: number;
  updates: number;
  unchanged: number;
  errorRows: number;
  errorCount: number;
  newDepartments: number;
  newGroups: number;
  progressDone: number;
  progressTotal: number;
  message: string | null;
  errors: { totalCount: number; edges: { node: { rowNumber: number; column: string; code: string; message: string } }[] };
}

const JOB = `query($id: ID!) { employeeImport(id: $id) { id state totalRows creates updates unchanged errorRows errorCount newDepartments newGroups
  progressDone progressTotal message errors(first: 200) { totalCount edges { node { rowNumber column code message } } } } }`;
const APPLY = `mutation($input: ApplyEmployeeImportInput!) { applyEmployeeImport(input: $input) { employeeImport { id state } userErrors { code field message } } }`;

function cookieOf(client: TestClient): string {
  return [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** POSTs a file to the upload route as the admin app does. */
export async function upload(t: TestGatehouse, client: TestClient, body: string | Buffer, query: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const search = new URLSearchParams({ fileName: 'people.csv', ...query }).toString();
  const response = await t.gatehouse.app.inject({
    method: 'POST',
    url: `${IMPORT_PATHS.upload}?${search}`,
    payload: body,
    headers: { 'content-type': 'text/csv', 'apollo-require-preflight': 'true', cookie: cookieOf(client), ...headers },
  });
  const json = response.json() as { jobId?: string; state?: string; error?: string; message?: string };
  return { status: response.statusCode, ...json };
}

/** Downloads a CSV route (export or template) with the client's cookies. */
export async function download(t: TestGatehouse, client: TestClient, url: string) {
  const response = await t.gatehouse.app.inject({ method: 'GET', url, headers: { cookie: cookieOf(client) } });
  return { status: response.statusCode, body: response.body };
}

/** The job as GraphQL shows it. */
export async function job(client: TestClient, id: string): Promise<JobView> {
  const result = await client.gql(JOB, { id });
  const view = result.data?.employeeImport as JobView | null | undefined;
  if (!view) throw new Error(`no import ${id}: ${JSON.stringify(result.errors)}`);
  return view;
}

/** Starts the apply; returns its userError codes (empty when it started). */
export async function startApply(client: TestClient, jobId: string): Promise<string[]> {
  const result = await client.gql(APPLY, { input: { jobId } });
  const payload = result.data?.applyEmployeeImport as { userErrors: { code: string }[] } | undefined;
  if (!payload) throw new Error(JSON.stringify(result.errors));
  return payload.userErrors.map((e) => e.code);
}

/** Waits until the job leaves APPLYING. */
export async function settled(client: TestClient, jobId: string): Promise<JobView> {
  for (let i = 0; i < 600; i += 1) {
    const view = await job(client, jobId);
    if (view.state !== 'APPLYING') return view;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`import ${jobId} still applying`);
}

/** Applies and waits: the final job. */
export async function applyAndWait(client: TestClient, jobId: string): Promise<{ codes: string[]; view: JobView }> {
  const codes = await startApply(client, jobId);
  return { codes, view: await settled(client, jobId) };
}

/** A CSV text from rows of cells (no quoting needed by the callers' cells unless they include it). */
export function csv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
