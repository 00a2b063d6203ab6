import http from 'node:http';

/**
 * Login load in its own process (the client's work must land neither on the server's event
 * loop nor in the CPU time the benchmark charges to the server): per job, `concurrency` lanes,
 * each logging in as the next person of the list, until the deadline. A login counts when the
 * payload has no userErrors. One process serves every job of a run: starting one per slice
 * charged the fork to the server's CPU, a fraction of a millisecond per login.
 */
export interface LoginLoadJob {
  readonly url: string;
  /** One request body per person, used round-robin. */
  readonly bodies: readonly string[];
  readonly concurrency: number;
  readonly durationMs: number;
}

export interface LoginLoadReport {
  readonly latenciesMs: readonly number[];
  readonly errors: number;
  readonly firstError: string | null;
  readonly elapsedMs: number;
}

/** Checks the process's input (IPC hands it over untyped). */
export function isLoginLoadJob(v: unknown): v is LoginLoadJob {
  if (typeof v !== 'object' || v === null) return false;
  const r: Record<string, unknown> = { ...v };
  return typeof r.url === 'string' && Array.isArray(r.bodies) && typeof r.concurrency === 'number' && typeof r.durationMs === 'number';
}

const OK = '"userErrors":[]';

function once(url: string, body: string, agent: http.Agent): Promise<string | null> {
  return new Promise((resolve) => {
    const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
    const req = http.request(url, { method: 'POST', headers, agent, timeout: 30_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve(res.statusCode === 200 && text.includes(OK) ? null : `HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
      res.on('error', (e) => resolve(e.message));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (e) => resolve(e.message));
    req.end(body);
  });
}

async function run(job: LoginLoadJob): Promise<LoginLoadReport> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const started = performance.now();
  const deadline = started + job.durationMs;
  const lane = async () => {
    while (performance.now() < deadline) {
      const body = job.bodies[next++ % job.bodies.length] ?? '';
      const t0 = performance.now();
      const error = await once(job.url, body, agent);
      if (error === null) latencies.push(performance.now() - t0);
      else {
        errors += 1;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, lane));
  agent.destroy();
  return { latenciesMs: latencies, errors, firstError, elapsedMs: performance.now() - started };
}

// Started by the benchmark with fork(): jobs over IPC, one report back for each; it ends when the benchmark disconnects.
process.on('message', (job: unknown) => {
  if (!isLoginLoadJob(job)) throw new Error('login-worker: bad job');
  void run(job).then((report) => process.send?.(report));
});
process.once('disconnect', () => process.exit(0));
