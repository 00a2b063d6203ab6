import { readdirSync, readFileSync } from 'node:fs';

/** What `/proc/…/stat` counts CPU time in (USER_HZ: 100 on Linux's usual builds). */
const TICKS_PER_SECOND = 100;

/** User + system CPU in milliseconds from the text of a `/proc/…/stat` file; null when it holds no such fields. */
export function cpuMsOfStatText(stat: string): number | null {
  // Fields after the command name (which may hold spaces, inside parentheses): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : null;
}

/** User + system CPU in milliseconds from a `/proc/…/stat` file (a process or one of its threads); null where it cannot be read. */
export function statCpuMs(statFile: string): number | null {
  try {
    return cpuMsOfStatText(readFileSync(statFile, 'utf8'));
  } catch {
    return null;
  }
}

/** This process's CPU split by thread: the main thread (JavaScript, the event loop) and all others (libuv's pool, V8's helpers). */
export interface ThreadsCpu {
  readonly main: number;
  readonly others: number;
}

/** This process's CPU so far by thread, in milliseconds; null without /proc. Threads that ended meanwhile drop out (libuv's pool threads live as long as the process). */
export function ownThreadsCpuMs(): ThreadsCpu | null {
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  let main = 0;
  let others = 0;
  for (const tid of tids) {
    const ms = statCpuMs(`/proc/self/task/${tid}/stat`);
    if (ms === null) continue;
    if (Number(tid) === process.pid) main += ms;
    else others += ms;
  }
  return { main, others };
}
