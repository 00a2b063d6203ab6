import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { isLoadReport, type LoadJob } from './load-job';

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly firstError: string | null;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** Runs one job on a worker thread (the compiled load-worker.js next to this file). */
export function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'load-worker.js'), { workerData: job });
    worker.once('error', reject);
    worker.once('message', (report: unknown) => {
      void worker.terminate();
      if (!isLoadReport(report)) return reject(new Error('load worker sent an unexpected report'));
      const sorted = report.latenciesMs.sort();
      resolve({
        requests: sorted.length,
        errors: report.errors,
        firstError: report.firstError,
        requestsPerSecond: sorted.length / (report.elapsedMs / 1000),
        p50Ms: percentile(sorted, 50),
        p99Ms: percentile(sorted, 99),
      });
    });
  });
}
