import type { Reader } from '../../platform/db/reader';
import { SqlParams } from '../../platform/db/sql-params';

export interface ImportErrorRow {
  row_number: number;
  seq: number;
  column: string;
  code: string;
  message: string;
}

/**
 * A page of an import's problems in row order, after (row, seq): a range read of the primary
 * key, or of (job, column, row, seq) when filtered by column.
 */
export function importErrorsPage(db: Reader, jobId: string, column: string | null, after: { row: number; seq: number } | null, limit: number): Promise<ImportErrorRow[]> {
  const p = new SqlParams();
  const where = [`job_id = ${p.add(jobId)}`];
  if (column !== null) where.push(`"column" = ${p.add(column)}`);
  if (after !== null) where.push(`(row_number, seq) > (${p.add(after.row)}::int, ${p.add(after.seq)}::int)`);
  return db.query(
    `SELECT row_number, seq, "column", code, message FROM employee_import_errors WHERE ${where.join(' AND ')}
      ORDER BY row_number, seq LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
}

/** How many problems of one column (an index-only count). */
export async function countImportErrors(db: Reader, jobId: string, column: string): Promise<number> {
  const rows: { n: number }[] = await db.query(
    `SELECT count(*)::int AS n FROM employee_import_errors WHERE job_id = $1 AND "column" = $2`,
    [jobId, column],
  );
  return rows[0]?.n ?? 0;
}
