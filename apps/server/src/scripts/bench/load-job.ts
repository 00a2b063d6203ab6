/** One timed run of the load generator against one URL. */
export interface LoadJob {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null;
  /** Requests in flight at any moment. */
  readonly concurrency: number;
  /** No new request starts after this; those in flight finish and count. */
  readonly durationMs: number;
  /** A good answer starts with this (a 200 carrying GraphQL `errors` is a failure). */
  readonly expectPrefix: string;
}

export interface LoadReport {
  /** Per completed request, in milliseconds. */
  readonly latenciesMs: Float64Array;
  readonly errors: number;
  readonly firstError: string | null;
  readonly elapsedMs: number;
}

/** Checks the worker's input (worker_threads hands it over untyped). */
export function isLoadJob(v: unknown): v is LoadJob {
  if (typeof v !== 'object' || v === null) return false;
  const r: Record<string, unknown> = { ...v };
  return (
    typeof r.url === 'string' &&
    (r.method === 'GET' || r.method === 'POST') &&
    typeof r.headers === 'object' && r.headers !== null &&
    (r.body === null || typeof r.body === 'string') &&
    typeof r.concurrency === 'number' &&
    typeof r.durationMs === 'number' &&
    typeof r.expectPrefix === 'string'
  );
}

/** Checks the worker's answer. */
export function isLoadReport(v: unknown): v is LoadReport {
  if (typeof v !== 'object' || v === null) return false;
  const r: Record<string, unknown> = { ...v };
  return r.latenciesMs instanceof Float64Array && typeof r.errors === 'number' && typeof r.elapsedMs === 'number' && (r.firstError === null || typeof r.firstError === 'string');
}
