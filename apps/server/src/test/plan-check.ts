import type { DataSource, Logger } from 'typeorm';

/** One statement as the server sent it. */
export interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** A TypeORM logger that records the statements (with their parameters) a piece of work sends. */
export class StatementCapture implements Logger {
  private statements: Statement[] = [];
  private capturing = false;

  async during<T>(run: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
    this.statements = [];
    this.capturing = true;
    try {
      const result = await run();
      return { result, statements: [...this.statements] };
    } finally {
      this.capturing = false;
    }
  }

  logQuery(query: string, parameters?: unknown[]): void {
    if (this.capturing) this.statements.push({ sql: query, params: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

function isPlanNode(v: unknown): v is PlanNode {
  return typeof v === 'object' && v !== null && 'Node Type' in v;
}

/** The root plan node of `EXPLAIN (ANALYZE, FORMAT JSON)`, whichever way the driver hands the JSON back. */
async function explain(db: DataSource, s: Statement): Promise<PlanNode> {
  const rows: Record<string, unknown>[] = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${s.sql}`, [...s.params]);
  const raw = rows[0]?.['QUERY PLAN'];
  const parsed: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
  const root: unknown = Array.isArray(parsed) && typeof parsed[0] === 'object' && parsed[0] !== null && 'Plan' in parsed[0] ? parsed[0].Plan : undefined;
  if (!isPlanNode(root)) throw new Error(`no plan for: ${s.sql}`);
  return root;
}

function* nodes(n: PlanNode): Generator<PlanNode> {
  yield n;
  for (const child of n.Plans ?? []) yield* nodes(child);
}

/** Rows a node produced over all its loops. */
const produced = (n: PlanNode): number => (n['Actual Rows'] ?? 0) * (n['Actual Loops'] ?? 1);

/** Rows a scan node looked at: what it returned plus what its filter and recheck threw away. */
const examined = (n: PlanNode): number => produced(n) + ((n['Rows Removed by Filter'] ?? 0) + (n['Rows Removed by Index Recheck'] ?? 0)) * (n['Actual Loops'] ?? 1);

export interface PlanLimits {
  /** Tables that grow with the account: never read whole. */
  readonly bigTables: readonly string[];
  /** A Sort may order at most this many rows (a page, or a small filtered set); more is sorting the account. */
  readonly maxSortedRows: number;
  /** Rows a page statement may examine in big tables (the page, plus what a filter skips). */
  readonly maxRowsRead: number;
  /** Count statements must be served from indexes alone (no heap reads of big tables). */
  readonly countsIndexOnly: boolean;
}

/**
 * What is wrong with the plans of these statements, as readable lines (empty when nothing):
 * a sequential scan of a big table, a Sort over more than a small set, a page that examines
 * more rows than its limit, a count that reads table rows.
 */
export async function planProblems(db: DataSource, statements: readonly Statement[], limits: PlanLimits): Promise<string[]> {
  const problems: string[] = [];
  for (const s of statements) {
    if (!/^\s*(WITH|SELECT)\b/i.test(s.sql)) continue;
    const before = problems.length;
    const root = await explain(db, s);
    const isCount = /^\s*SELECT count\(\*\)/i.test(s.sql);
    const where = `${s.sql.replace(/\s+/g, ' ').slice(0, 160)}…`;
    let read = 0;
    for (const n of nodes(root)) {
      const table = n['Relation Name'];
      const big = table !== undefined && limits.bigTables.includes(table);
      if (big && n['Node Type'] === 'Seq Scan') problems.push(`Seq Scan on ${table}: ${where}`);
      if (big && !isCount) read += examined(n);
      if (big && isCount && limits.countsIndexOnly && n['Node Type'] !== 'Index Only Scan') problems.push(`count reads ${table} rows (${n['Node Type']}): ${where}`);
      if (n['Node Type'] === 'Sort') {
        const input = (n.Plans ?? []).reduce((sum, c) => sum + produced(c), 0);
        if (input > limits.maxSortedRows) problems.push(`Sort over ${input} rows: ${where}`);
      }
    }
    if (read > limits.maxRowsRead) problems.push(`page examines ${read} rows of big tables: ${where}`);
    if (problems.length > before) {
      // The plan itself, so a failure says what the database did.
      const text: Record<string, string>[] = await db.query(`EXPLAIN (ANALYZE) ${s.sql}`, [...s.params]);
      problems.push(`plan with ${JSON.stringify(s.params)}:\n${text.map((r) => Object.values(r).join('')).join('\n')}`);
    }
  }
  return problems;
}
