import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { isLoadReport, type LoadJob, type LoadReport } from './load-job';

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly firstError: string | null;
  readonly elapsedMs: number;
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
export function runLoad(job: LoadJob): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'load-worker.js'), { workerData: job });
    worker.once('error', reject);
    worker.once('message', (report: unknown) => {
      void worker.terminate();
      if (isLoadReport(report)) resolve(report);
      else reject(new Error('load worker sent an unexpected report'));
    });
  });
}

/** Throughput and latency over several runs of the same endpoint, as if they were one. */
export function summarize(reports: readonly LoadReport[]): LoadResult {
  const total = reports.reduce((n, r) => n + r.latenciesMs.length, 0);
  const all = new Float64Array(total);
  let at = 0;
  for (const r of reports) {
    all.set(r.latenciesMs, at);
    at += r.latenciesMs.length;
  }
  all.sort();
  const elapsedMs = reports.reduce((ms, r) => ms + r.elapsedMs, 0);
  return {
    requests: total,
    errors: reports.reduce((n, r) => n + r.errors, 0),
    firstError: reports.find((r) => r.firstError !== null)?.firstError ?? null,
    elapsedMs,
    requestsPerSecond: total / (elapsedMs / 1000),
    p50Ms: percentile(all, 50),
    p99Ms: percentile(all, 99),
  };
}
