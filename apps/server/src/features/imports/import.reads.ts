import type { GraphQLResolveInfo } from 'graphql';
import { authorize } from '../../platform/graphql/authorize';
import { lazyCount, pageSize, type Connection } from '../../platform/graphql/connection';
import type { RequestCtx } from '../../platform/graphql/context';
import { badUserInput } from '../../platform/graphql/top-level-errors';
import { isUuid } from '../../platform/db/uuid';
import { countImportErrors, importErrorsPage } from './import-errors.queries';
import { jobById, latestJobs } from './import.queries';
import { presentImport, presentImportError, type EmployeeImportErrorType, type EmployeeImportType } from './import.types';

/** One import of the account; another account's id reads as missing. */
export async function importById(ctx: RequestCtx, id: string): Promise<EmployeeImportType | null> {
  const actor = authorize(ctx, 'read', 'employees');
  if (!isUuid(id)) return null;
  const row = await jobById(ctx.read, actor.accountId, id);
  return row ? presentImport(row) : null;
}

/** The account's newest import: the admin app shows it when someone comes back to Import. */
export async function latestImport(ctx: RequestCtx): Promise<EmployeeImportType | null> {
  const actor = authorize(ctx, 'read', 'employees');
  const [row] = await latestJobs(ctx.read, actor.accountId, 1);
  return row ? presentImport(row) : null;
}

/** Error cursors are opaque: base64url JSON of the row and seq. */
function encodeErrorCursor(row: number, seq: number): string {
  return Buffer.from(JSON.stringify(['IMPORT_ERROR', row, seq])).toString('base64url');
}

function decodeErrorCursor(raw: string): { row: number; seq: number } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed[0] === 'IMPORT_ERROR' && Number.isInteger(parsed[1]) && Number.isInteger(parsed[2])) {
      return { row: Number(parsed[1]), seq: Number(parsed[2]) };
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw badUserInput('`after` is not a cursor of this list.', { argument: 'after' });
}

/**
 * A page of an import's problems, in row order. The job is the caller's: it was read through
 * the account. Unfiltered, the count is the job's own error count (kept with its preview).
 */
export async function importErrors(
  ctx: RequestCtx,
  job: { id: string; errorCount: number },
  args: { first?: number | null; after?: string | null; column: string | null },
  info: GraphQLResolveInfo,
): Promise<Connection<EmployeeImportErrorType>> {
  authorize(ctx, 'read', 'employees');
  const limit = pageSize(args.first);
  const after = args.after ? decodeErrorCursor(args.after) : null;
  const rows = await importErrorsPage(ctx.read, job.id, args.column, after, limit);
  const page = rows.slice(0, limit);
  const edges = page.map((r) => ({ cursor: encodeErrorCursor(r.row_number, r.seq), node: presentImportError(r) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    countTotal: lazyCount(info, () => (args.column === null ? Promise.resolve(job.errorCount) : countImportErrors(ctx.read, job.id, args.column))),
  };
}
