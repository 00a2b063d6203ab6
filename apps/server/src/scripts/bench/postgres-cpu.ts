import { statCpuMs } from './proc-cpu';

interface Queryable {
  query<R = unknown>(sql: string, params?: unknown[]): Promise<R[]>;
}

/**
 * CPU spent by the PostgreSQL backends serving this database (the server's pool), on the same
 * machine: read before and after a run, the difference is what the database did for it. Null
 * when /proc cannot be read (not Linux, or PostgreSQL elsewhere).
 */
export async function postgresBackendsCpuMs(db: Queryable): Promise<Map<number, number> | null> {
  const rows = await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = $1', ['client backend']);
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = statCpuMs(`/proc/${pid}/stat`);
    if (ms === null) return null;
    cpu.set(pid, ms);
  }
  return cpu;
}

/** CPU the backends spent between two readings (backends that appeared meanwhile count from zero). */
export function cpuSpentMs(before: ReadonlyMap<number, number> | null, after: ReadonlyMap<number, number> | null): number | null {
  if (before === null || after === null) return null;
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
