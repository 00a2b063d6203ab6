import type { Clock } from '../../platform/clock';
import type { Reader } from '../../platform/db/reader';
import type { UnitOfWork } from '../../platform/db/unit-of-work';
import { claimImport, runApply } from './import-apply.commands';
import type { Importer } from './import-preview.commands';
import type { ImportJobRow } from './import.queries';

/** Applies started by this process and not finished: closing the server waits for them. */
const running = new Set<Promise<void>>();

/**
 * Claims the job and applies it in the background: the request answers at once with the job
 * APPLYING, and the admin app polls its progress. A failure is recorded on the job (FAILED).
 */
export async function startApply(uow: UnitOfWork, progressDb: Reader, importer: Importer, jobId: string, clock: Clock): Promise<ImportJobRow> {
  const job = await claimImport(uow, importer, jobId);
  const work = runApply(uow, progressDb, importer, job, clock).catch(() => undefined).finally(() => running.delete(work));
  running.add(work);
  return job;
}

/** Resolves once every background apply of this process has finished. */
export async function settleRunningImports(): Promise<void> {
  await Promise.all([...running]);
}
