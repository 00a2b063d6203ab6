import fs from 'node:fs';
import { Client } from 'pg';

/*
 * CPU seconds, not wall time: on a machine shared with other work, wall time measures the
 * neighbours as much as the code, while the CPU a phase consumes does not depend on who else
 * runs. The bench runs beside a loopback PostgreSQL (it refuses any other), so the database's
 * backends are processes of this machine whose CPU /proc reports.
 */

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** utime + stime in seconds from the text of a /proc/<pid>/stat file. */
export function cpuSecondsOfStat(stat: string): number {
  // Fields after the command name (which may hold spaces) start at its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** utime + stime of a process in seconds, or 0 when it has gone or /proc cannot be read. */
function processCpuSeconds(pid: number): number {
  try {
    return cpuSecondsOfStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return 0;
  }
}

/** CPU seconds used so far by every backend connected to the database, keyed by process id. */
export async function backendCpu(adminUrl: string, database: string): Promise<Map<number, number>> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const rows = await c.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    return new Map(rows.rows.map((r) => [r.pid, processCpuSeconds(r.pid)]));
  } finally {
    await c.end();
  }
}

/**
 * CPU seconds the database's backends used between two samples. A backend that closed in between
 * is missed, so this is a lower bound; the server's pool keeps its connections while it works.
 */
export function backendCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** This process's CPU seconds (user + system) since `since`, from process.cpuUsage. */
export function processCpuSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}
