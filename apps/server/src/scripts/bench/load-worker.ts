import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { isLoadJob, type LoadJob, type LoadReport } from './load-job';

/**
 * The load generator, on its own thread: sharing the server's event loop would add the
 * client's work to every measured latency and cap both endpoints at the same ceiling.
 * Keep-alive sockets, a fixed number of requests in flight, bounded by time, loopback only.
 */

const REQUEST_TIMEOUT_MS = 30_000;

function once(job: LoadJob, agent: http.Agent): Promise<string | null> {
  return new Promise((resolve) => {
    const req = http.request(job.url, { method: job.method, headers: job.headers, agent, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      let head = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (head.length < job.expectPrefix.length) head += chunk;
      });
      res.on('end', () => {
        if (res.statusCode !== 200) resolve(`HTTP ${res.statusCode}: ${head.slice(0, 300)}`);
        else resolve(head.startsWith(job.expectPrefix) ? null : `unexpected body: ${head.slice(0, 300)}`);
      });
      res.on('error', (e) => resolve(e.message));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (e) => resolve(e.message));
    req.end(job.body ?? undefined);
  });
}

async function run(job: LoadJob): Promise<LoadReport> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const deadline = started + job.durationMs;
  const lane = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const error = await once(job, agent);
      if (error === null) latencies.push(performance.now() - t0);
      else {
        errors += 1;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, lane));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { latenciesMs: Float64Array.from(latencies), errors, firstError, elapsedMs };
}

if (!isLoadJob(workerData)) throw new Error('load-worker: bad job');
void run(workerData).then((report) => parentPort?.postMessage(report));
