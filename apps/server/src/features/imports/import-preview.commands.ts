import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EmployeePrincipal } from '@gatehouse/access';
import { parseEmployeeRow, readHeader, type CsvColumn, type CsvColumnKey, type ParsedEmployeeRow } from '@gatehouse/contracts';
import type { Tx, UnitOfWork } from '../../platform/db/unit-of-work';
import { ImportFileError, readCsv } from './csv-reader';
import { decideRow } from './import-rules';
import * as q from './import.queries';

/** Who imports: the principal whose powers bound the import (an operator acts as an account admin). */
export interface Importer {
  readonly principal: EmployeePrincipal;
  /** The employee audited as the actor; null for an operator on the command line. */
  readonly employeeId: string | null;
}

export interface ImportFile {
  readonly fileName: string;
  readonly createMissing: boolean;
  /** The apply sends an invitation to each new active person. */
  readonly sendInvites?: boolean;
  readonly body: Readable;
}

/** Rows per batch while reading (one lookup, one insert); memory holds two batches (one read while the other is written). */
const STAGE_BATCH = 1000;

/** Seq numbers of the set-based problems (parse problems count from 0, per-row rules from 200). */
const SEQ = { duplicate: 100, department: 101, groups: 102, firstName: 103, surname: 104, externalUser: 105 } as const;

/** Header problems end the read: the file is refused as a whole. */
class HeaderRefused extends Error {}

/**
 * Reads an uploaded CSV into a new job of the account and previews it: every row checked by
 * the shared rules, counts of creates, updates, unchanged and problems. Nothing outside the
 * job's own tables is written. A file that cannot be read leaves a REJECTED job saying why.
 */
export async function previewImport(uow: UnitOfWork, importer: Importer, file: ImportFile): Promise<string> {
  const accountId = importer.principal.accountId;
  const jobId = await uow((tx) => q.insertJob(tx, { accountId, createdBy: importer.employeeId, fileName: file.fileName, createMissing: file.createMissing, sendInvites: file.sendInvites === true }));
  try {
    const columns = await stage(uow, importer.principal, jobId, file.body);
    await uow((tx) => validate(tx, accountId, jobId, columns, file.createMissing));
  } catch (error) {
    if (error instanceof ImportFileError || error instanceof HeaderRefused) {
      const message = error.message;
      await uow(async (tx) => {
        if (error instanceof ImportFileError) await q.insertProblems(tx, jobId, [{ rowNumber: 0, seq: 0, column: '', code: 'INVALID_INPUT', message }]);
        await q.rejectJob(tx, jobId, message);
      });
      if (error instanceof ImportFileError) throw error;
      return jobId;
    }
    throw error;
  }
  return jobId;
}

type ParsedBatch = { rowNumber: number; row: ParsedEmployeeRow; hasError: boolean }[];

/**
 * Streams the file into staged rows, a short transaction per batch: each batch reads the
 * current state of its people by email (one statement), runs the per-row rules on it and
 * stages the rows with their decisions. One batch is written while the next is read, so the
 * database and this process work at the same time; memory holds two batches. Returns the
 * header's columns.
 */
async function stage(uow: UnitOfWork, actor: EmployeePrincipal, jobId: string, body: Readable): Promise<CsvColumn[]> {
  let columns: CsvColumn[] | null = null;
  let present = new Set<CsvColumnKey>();
  let batch: ParsedBatch = [];
  let problems: q.ImportProblem[] = [];
  const write = (rows: ParsedBatch, found: q.ImportProblem[]) =>
    uow(async (tx) => {
      const emails = rows.flatMap((r) => (r.row.email ? [r.row.email] : []));
      const current = new Map((await q.currentEmployees(tx, actor.accountId, emails)).map((e) => [e.email, e]));
      const decided = rows.map(({ rowNumber, row, hasError }) => {
        const cur = row.email === undefined ? undefined : current.get(row.email);
        const staged = stagedRow(rowNumber, row, hasError, cur);
        const { decision, problems: ruleProblems } = decideRow(actor, present, jobId, staged);
        found.push(...ruleProblems);
        return { staged, decision, beforeUpdatedAt: cur?.updated_at ?? null };
      });
      await q.insertDecidedRows(tx, jobId, decided);
      await q.insertProblems(tx, jobId, found);
    });
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const rows = batch;
    const found = problems;
    batch = [];
    problems = [];
    await writing;
    writing = write(rows, found);
    // Awaited by the next flush or at the end; until then its failure must not count as unhandled.
    writing.catch(() => undefined);
  };
  try {
    for await (const record of readCsv(body)) {
      if (columns === null) {
        const header = readHeader(record.cells);
        if (header.problems.length > 0) {
          await uow((tx) => q.insertProblems(tx, jobId, header.problems.map((p, i) => ({ rowNumber: 1, seq: i, column: '', code: 'INVALID_INPUT', message: p.message }))));
          throw new HeaderRefused(header.problems.length === 1 ? (header.problems[0]?.message ?? '') : 'The header row has problems; see the list.');
        }
        columns = header.columns;
        present = new Set(columns.map((c) => c.key));
        continue;
      }
      const { row, problems: found } = parseEmployeeRow(columns, record.cells);
      const rowProblems: q.ImportProblem[] = found.map((p, i) => ({
        rowNumber: record.rowNumber,
        seq: i,
        column: p.column,
        code: p.column.includes('.') ? 'INVALID_PERMISSION' : 'INVALID_INPUT',
        message: p.message,
      }));
      if (record.cells.length !== columns.length) {
        rowProblems.push({ rowNumber: record.rowNumber, seq: rowProblems.length, column: '', code: 'INVALID_INPUT', message: `This row has ${record.cells.length} cells; the header has ${columns.length}.` });
      }
      batch.push({ rowNumber: record.rowNumber, row, hasError: rowProblems.length > 0 });
      problems.push(...rowProblems);
      if (batch.length >= STAGE_BATCH) await flush();
    }
    if (columns === null) throw new ImportFileError(400, 'The file is empty: it needs a header row and at least one row of people.');
    await flush();
    await writing;
  } finally {
    // A refused file drops its staged rows: no batch may still be writing when it does.
    await writing.catch(() => undefined);
  }
  return columns;
}

/** A parsed row beside its person's current state (none for a new email, which gets the id its create will use). */
function stagedRow(rowNumber: number, row: ParsedEmployeeRow, hasError: boolean, cur: q.CurrentEmployee | undefined): q.StagedRow {
  return {
    row_number: rowNumber,
    action: cur ? 'UPDATE' : 'CREATE',
    employee_id: cur?.id ?? randomUUID(),
    email: row.email ?? null,
    first_name: row.firstName ?? null,
    surname: row.surname ?? null,
    department: row.department ?? null,
    role: row.role ?? null,
    groups: row.groups ?? null,
    is_active: row.isActive ?? null,
    permissions: row.permissions,
    has_error: hasError,
    cur_first_name: cur?.first_name ?? null,
    cur_surname: cur?.surname ?? null,
    cur_role: cur?.role ?? null,
    cur_is_active: cur?.is_active ?? null,
    cur_department: cur?.department ?? null,
    cur_groups: cur?.groups ?? null,
    cur_permissions: cur?.permissions ?? null,
  };
}

/** Set-based checks over the whole staged file (repeats, lookups, names new people need); the job becomes READY. */
async function validate(tx: Tx, accountId: string, jobId: string, columns: readonly CsvColumn[], createMissing: boolean): Promise<void> {
  const present = new Set<CsvColumnKey>(columns.map((c) => c.key));
  await q.flagDuplicateEmails(tx, jobId, SEQ.duplicate);
  await q.flagExternalUserEmails(tx, jobId, accountId, SEQ.externalUser);
  if (present.has('department') && !createMissing) await q.flagUnknownDepartments(tx, jobId, accountId, SEQ.department);
  if (present.has('groups') && !createMissing) await q.flagUnknownGroups(tx, jobId, accountId, SEQ.groups);
  if (!present.has('firstName')) await q.flagCreatesWithout(tx, jobId, 'firstName', SEQ.firstName);
  if (!present.has('surname')) await q.flagCreatesWithout(tx, jobId, 'surname', SEQ.surname);
  await q.markRowsWithProblems(tx, jobId);
  const missing = createMissing ? await q.countMissing(tx, jobId, accountId) : { departments: 0, groups: 0 };
  await q.finishPreview(tx, jobId, [...present], missing);
}
