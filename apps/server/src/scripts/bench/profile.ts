import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

/**
 * Runs `work` under the V8 CPU profiler of this thread (where both servers run; the load
 * worker is another thread and is not sampled) and writes `<dir>/<name>.cpuprofile`, which
 * Chrome DevTools and speedscope open.
 */
export async function profiled<T>(dir: string, name: string, work: () => Promise<T>): Promise<{ result: T; file: string }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    // 200 µs: fine enough for a request of a few milliseconds, coarse enough not to slow it.
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const result = await work();
    const { profile } = await session.post('Profiler.stop');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    return { result, file };
  } finally {
    session.disconnect();
  }
}

/**
 * Runs `work` under V8's sampling heap profiler, counting objects the garbage collector has
 * already freed as well, and writes `<dir>/<name>.heapprofile` (Chrome DevTools opens it):
 * which functions allocate the garbage a request leaves, by bytes.
 */
export async function allocationProfiled<T>(dir: string, name: string, work: () => Promise<T>): Promise<{ result: T; file: string }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', { samplingInterval: 16 * 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    const result = await work();
    const { profile } = await session.post('HeapProfiler.stopSampling');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name}.heapprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    return { result, file };
  } finally {
    session.disconnect();
  }
}
