import { Client } from 'pg';
import { cpuSpentMs } from './postgres-cpu';
import { cpuMsOfStatText, statCpuMs } from './proc-cpu';

/*
 * CPU seconds, not wall time: on a machine shared with other work, wall time measures the
 * neighbours as much as the code, while the CPU a phase consumes does not depend on who else
 * runs. The bench runs beside a loopback PostgreSQL (it refuses any other), so the database's
 * backends are processes of this machine whose CPU /proc reports.
 */

/** utime + stime in seconds from the text of a /proc/<pid>/stat file. */
export function cpuSecondsOfStat(stat: string): number {
  return (cpuMsOfStatText(stat) ?? 0) / 1000;
}

/** CPU seconds used so far by every backend connected to the database, keyed by process id (0 for one that has gone). */
export async function backendCpu(adminUrl: string, database: string): Promise<Map<number, number>> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const rows = await c.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    return new Map(rows.rows.map((r) => [r.pid, (statCpuMs(`/proc/${r.pid}/stat`) ?? 0) / 1000]));
  } finally {
    await c.end();
  }
}

/**
 * CPU seconds the database's backends used between two samples. A backend that closed in between
 * is missed, so this is a lower bound; the server's pool keeps its connections while it works.
 */
export function backendCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  return cpuSpentMs(before, after) ?? 0;
}

/** This process's CPU seconds (user + system) since `since`, from process.cpuUsage. */
export function processCpuSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}
