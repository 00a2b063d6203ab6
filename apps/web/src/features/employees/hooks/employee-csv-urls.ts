import type { EmployeeFilter } from '../../../gql/graphql';

/** Where the server takes employee CSV uploads and serves the template and the export. */
export const EMPLOYEE_CSV_URLS = {
  template: '/api/employees/import-template.csv',
  export: '/api/employees/export.csv',
  upload: '/api/employees/imports',
} as const;

/** The export of the list as filtered now: the same filter, as query parameters. */
export function exportUrl(filter: EmployeeFilter): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  }
  const search = query.toString();
  return search ? `${EMPLOYEE_CSV_URLS.export}?${search}` : EMPLOYEE_CSV_URLS.export;
}

export type UploadResult = { ok: true; jobId: string } | { ok: false; message: string };

/**
 * Sends the file as the request body (the server parses it while it arrives). The header
 * passes the server's CSRF rule, as Apollo's does for GraphQL.
 */
export async function uploadEmployeeCsv(file: File, options: { readonly createMissing: boolean; readonly sendInvites: boolean }): Promise<UploadResult> {
  const query = new URLSearchParams({ fileName: file.name, createMissing: String(options.createMissing), sendInvites: String(options.sendInvites) });
  try {
    const response = await fetch(`${EMPLOYEE_CSV_URLS.upload}?${query.toString()}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'text/csv', 'apollo-require-preflight': 'true' },
      body: file,
    });
    const json: unknown = await response.json().catch(() => null);
    const field = (name: string) => stringField(json, name);
    const jobId = field('jobId');
    if (response.ok && jobId) return { ok: true, jobId };
    if (response.status === 401) return { ok: false, message: 'Your session has ended; log in again and upload the file.' };
    return { ok: false, message: field('message') ?? `The upload failed (HTTP ${response.status}).` };
  } catch {
    return { ok: false, message: 'The upload did not reach the server; check the connection and try again.' };
  }
}

/** A string property of a parsed JSON answer, or null. */
function stringField(json: unknown, name: string): string | null {
  if (typeof json !== 'object' || json === null) return null;
  const value: unknown = Reflect.get(json, name);
  return typeof value === 'string' ? value : null;
}
