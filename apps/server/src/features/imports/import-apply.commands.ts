import { systemClock, type Clock } from '../../platform/clock';
import type { Reader } from '../../platform/db/reader';
import type { Tx, UnitOfWork } from '../../platform/db/unit-of-work';
import { DomainError } from '../../platform/graphql/domain-error';
import { revokeSessionsOfEmployees } from '../auth';
import { actorName, issueInvitations, lockAccountAsActor, lockAccountAdmins } from '../employees';
import * as a from './import-apply.queries';
import type { Importer } from './import-preview.commands';
import { jobById, type ImportJobRow } from './import.queries';

/**
 * Rows per apply step; progress is reported between steps. Each step runs every statement of the
 * apply once, so larger steps mean fewer statements (and statement-level triggers) per row.
 */
const APPLY_STEP = 25_000;

/** New people invited per statement batch: bounds the tokens and emails held in memory at once. */
const INVITE_BATCH = 5_000;

/**
 * Claims a READY job for applying. Refused when it has problems, is not READY, or another job
 * of the account is applying (imports of one account never interleave).
 */
export async function claimImport(uow: UnitOfWork, importer: Importer, jobId: string): Promise<ImportJobRow> {
  const accountId = importer.principal.accountId;
  const claimed = await uow(async (tx) => {
    try {
      return await a.claimJob(tx, accountId, jobId);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('IMPORT_BUSY', 'jobId', 'Another import of this account is being applied; try again when it has finished.');
      throw error;
    }
  });
  if (claimed === null) {
    const job = await uow((tx) => jobById(tx, accountId, jobId));
    if (job === null) throw new DomainError('NOT_FOUND', 'jobId', 'No such import.');
    if (job.state === 'READY' && job.error_rows > 0) throw new DomainError('IMPORT_HAS_ERRORS', 'jobId', `The file has ${job.error_rows} rows with problems; fix them and upload it again.`);
    throw new DomainError('IMPORT_NOT_READY', 'jobId', `This import is ${job.state.toLowerCase()}; only a previewed import can be applied, once.`);
  }
  return claimed;
}

/**
 * Applies a claimed job all or nothing, in one unit of work: the job becomes APPLIED in the same
 * transaction as the data, or FAILED (with nothing written) when anything refuses. `progressDb`
 * is read outside the transaction so pollers see progress while it runs.
 */
export async function runApply(uow: UnitOfWork, progressDb: Reader, importer: Importer, job: ImportJobRow, clock: Clock = systemClock): Promise<void> {
  try {
    await uow((tx) => applyInTransaction(tx, progressDb, importer, job, clock));
  } catch (error) {
    const message = error instanceof DomainError ? error.message : 'The import failed unexpectedly; nothing of it was written.';
    await uow((tx) => a.markFailed(tx, job.id, message));
    throw error;
  }
  await uow((tx) => a.dropStagedRows(tx, job.id));
}

async function applyInTransaction(tx: Tx, progressDb: Reader, importer: Importer, job: ImportJobRow, clock: Clock): Promise<void> {
  const accountId = importer.principal.accountId;
  const state = await a.lockJobForApply(tx, job.id);
  if (state !== 'APPLYING') throw new DomainError('IMPORT_NOT_READY', 'jobId', 'This import is no longer being applied.');
  if (importer.employeeId === null) await lockAccountAdmins(tx, accountId);
  else await lockAccountAsActor(tx, importer.principal);
  if ((await a.countStagedRows(tx, job.id)) !== job.total_rows) {
    throw new DomainError('IMPORT_STALE', 'jobId', 'The staged rows of this import are gone; upload the file again.');
  }
  const adminsBefore = await a.countActiveAccountAdmins(tx, accountId);
  const stale = await a.countStaleRows(tx, job.id, accountId, job.create_missing);
  if (stale > 0) throw new DomainError('IMPORT_STALE', 'jobId', `${stale} of the people in the file changed since the preview; upload the file again to preview it anew.`);

  if (job.create_missing) {
    const departments = await a.createMissingDepartments(tx, job.id, accountId);
    const groups = await a.createMissingGroups(tx, job.id, accountId);
    await tx.auditMany([
      ...departments.map((d) => ({ action: 'department.created' as const, targetId: d.id, data: { name: d.name, importJobId: job.id } })),
      ...groups.map((g) => ({ action: 'user_group.created' as const, targetId: g.id, data: { name: g.name, importJobId: job.id } })),
    ]);
  }
  const columns = new Set(job.columns);
  const present: a.PresentColumns = {
    firstName: columns.has('firstName'),
    surname: columns.has('surname'),
    role: columns.has('role'),
    isActive: columns.has('isActive'),
    department: columns.has('department'),
  };
  // Data rows are numbered from 2 (the header is row 1); a step covers APPLY_STEP of them.
  const lastRow = job.total_rows + 1;
  const progress = progressReporter(progressDb, job.id);
  for (let from = 2; from <= lastRow; from += APPLY_STEP) {
    const range = { from, to: from + APPLY_STEP };
    if (job.creates > 0) await a.insertCreatedEmployees(tx, job.id, accountId, range);
    if (job.updates > 0) await a.updateChangedEmployees(tx, job.id, accountId, present, range);
    await a.replaceChangedPermissions(tx, job.id, accountId, range);
    await a.replaceChangedGroups(tx, job.id, accountId, range);
    await a.auditChangedRows(tx, job.id, accountId, importer.employeeId, range);
    const done = Math.round(((Math.min(range.to, lastRow + 1) - 2) / job.total_rows) * (job.creates + job.updates));
    progress(done);
  }
  if (job.send_invites && job.creates > 0) await inviteCreatedPeople(tx, importer, job.id, clock());
  await revokeSessionsOfEmployees(tx, accountId, await a.inactivatedIds(tx, job.id), 'inactivated');
  // The same rule as every single change: an account that has an active account admin keeps one.
  if (adminsBefore > 0 && (await a.countActiveAccountAdmins(tx, accountId)) === 0) {
    throw new DomainError('LAST_ACCOUNT_ADMIN', 'jobId', 'The import would leave the account without an active account admin.');
  }
  await a.markApplied(tx, job.id);
}

/**
 * Invites the active people the apply created, as "Send invites" does: links, INVITED state,
 * one email each through the outbox and an audit event each, all in the apply's transaction, so
 * nobody is mailed about an import that rolled back.
 */
async function inviteCreatedPeople(tx: Tx, importer: Importer, jobId: string, now: Date): Promise<void> {
  const accountId = importer.principal.accountId;
  const invitedBy = importer.employeeId === null ? null : await actorName(tx, importer.principal);
  for (let after = 0; ; ) {
    const people = await a.createdInvitees(tx, jobId, after, INVITE_BATCH);
    await issueInvitations(tx, { accountId, invitedBy, now, people });
    const last = people.at(-1);
    if (last === undefined || people.length < INVITE_BATCH) return;
    after = last.row_number;
  }
}

/** Marks jobs whose apply died with a stopped server as FAILED; run at start. */
export function recoverInterruptedImports(uow: UnitOfWork): Promise<string[]> {
  return uow((tx) => a.failAbandonedApplies(tx));
}

/** How long a preview may wait to be applied; afterwards it expires and its staged rows go. */
export const IMPORT_PREVIEW_TTL_MS = 24 * 60 * 60 * 1000;

/** Expires the previews older than IMPORT_PREVIEW_TTL_MS (any instance may run it; it is idempotent). */
export function expireStalePreviews(uow: UnitOfWork, now: Date): Promise<string[]> {
  return uow((tx) => a.expireStalePreviews(tx, new Date(now.getTime() - IMPORT_PREVIEW_TTL_MS)));
}

/**
 * Writes progress outside the transaction, one write at a time (a newer figure replaces one
 * still waiting), never awaited: on the embedded database's single connection it can only run
 * once the apply's transaction ends, so awaiting it there would wait forever.
 */
function progressReporter(db: Reader, jobId: string): (done: number) => void {
  let writing = false;
  let next: number | null = null;
  const write = (done: number) => {
    writing = true;
    a.reportProgress(db, jobId, done)
      .catch(() => undefined)
      .finally(() => {
        writing = false;
        const queued = next;
        next = null;
        if (queued !== null) write(queued);
      });
  };
  return (done) => {
    if (writing) next = done;
    else write(done);
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === '23505';
}
