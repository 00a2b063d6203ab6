import { headerOf } from '@gatehouse/contracts';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { connectionOf } from '../../platform/graphql/connection';
import { registerDescribedEnum } from '../../platform/graphql/enum-values';
import { UserError } from '../../platform/graphql/user-error.type';
import { IMPORT_STATES, type ImportState } from './import-job.entity';
import type { ImportErrorRow } from './import-errors.queries';
import type { ImportJobRow } from './import.queries';

export const ImportStateEnum = registerDescribedEnum(IMPORT_STATES, 'EmployeeImportState', 'Where an employee import is.', {
  REJECTED: 'The file could not be used at all (not UTF-8, not CSV, unknown columns); `message` and the errors say why.',
  READY: 'Read and previewed: the counts and errors are final. Apply it when it has no errors.',
  APPLYING: 'Being applied; `progressDone` of `progressTotal` rows are written.',
  APPLIED: 'Applied: every create and update was written in one transaction.',
  FAILED: 'Applying was refused or interrupted; nothing of it was written. `message` says why.',
  EXPIRED: 'Previewed but not applied in time (24 hours): its staged rows are gone, so upload the file again to apply it.',
});

@ObjectType('EmployeeImportError', { description: 'One problem of an import file: its row, column and reason.', simpleResolvers: true })
export class EmployeeImportErrorType {
  @Field(() => Int, { description: 'The row as a spreadsheet numbers it: the header is row 1, the first person row 2; 0 for the file as a whole.' })
  rowNumber: number;

  @Field({ description: 'The column key (`email`, `JOBS.seeLevels`), or empty for the whole row or file.' })
  column: string;

  @Field({ description: 'The column as the template heads it, or empty.' })
  columnHeader: string;

  @Field({ description: 'What kind of problem (a user error code, e.g. DUPLICATE_EMAIL, NOT_FOUND, ONLY_ACCOUNT_ADMIN).' })
  code: string;

  @Field({ description: 'What is wrong, in a sentence.' })
  message: string;
}

export const EmployeeImportErrorConnection = connectionOf(EmployeeImportErrorType, 'EmployeeImportError', 'import problem');

@ObjectType('EmployeeImport', { description: 'An employee CSV import: its preview counts, its state and its progress.', simpleResolvers: true })
export class EmployeeImportType {
  @Field(() => ID, { description: 'The import.' })
  id: string;

  @Field({ description: 'The name of the uploaded file.' })
  fileName: string;

  @Field(() => ImportStateEnum, { description: 'Where the import is.' })
  state: ImportState;

  @Field({ description: 'Departments and groups the file names that do not exist are created by the apply.' })
  createMissing: boolean;

  @Field({ description: 'The apply sends an invitation email to each new active person.' })
  sendInvites: boolean;

  @Field(() => [String], { description: 'The column keys the file has; known people change only in these.' })
  columns: string[];

  @Field(() => Int, { description: 'Person rows in the file.' })
  totalRows: number;

  @Field(() => Int, { description: 'Rows that create a new employee.' })
  creates: number;

  @Field(() => Int, { description: 'Rows that change a known employee.' })
  updates: number;

  @Field(() => Int, { description: 'Rows that match a known employee exactly.' })
  unchanged: number;

  @Field(() => Int, { description: 'Rows with at least one problem; the import applies only when this is 0.' })
  errorRows: number;

  @Field(() => Int, { description: 'Problems in all.' })
  errorCount: number;

  @Field(() => Int, { description: 'Departments the apply will create (with createMissing).' })
  newDepartments: number;

  @Field(() => Int, { description: 'User groups the apply will create (with createMissing).' })
  newGroups: number;

  @Field(() => Int, { description: 'Rows written so far by a running apply.' })
  progressDone: number;

  @Field(() => Int, { description: 'Rows the apply writes in all (creates + updates).' })
  progressTotal: number;

  @Field(() => String, { nullable: true, description: 'Why it was rejected or failed; null otherwise.' })
  message: string | null;

  @Field({ description: 'When it was uploaded.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was applied, failed or rejected.' })
  finishedAt: Date | null;
}

/** The job as the API shows it. */
export function presentImport(row: ImportJobRow): EmployeeImportType {
  return {
    id: row.id,
    fileName: row.file_name,
    state: row.state,
    createMissing: row.create_missing,
    sendInvites: row.send_invites,
    columns: row.columns,
    totalRows: row.total_rows,
    creates: row.creates,
    updates: row.updates,
    unchanged: row.unchanged,
    errorRows: row.error_rows,
    errorCount: row.error_count,
    newDepartments: row.new_departments,
    newGroups: row.new_groups,
    progressDone: row.progress_done,
    progressTotal: row.progress_total,
    message: row.message,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/** A problem as the API shows it. */
export function presentImportError(row: ImportErrorRow): EmployeeImportErrorType {
  return {
    rowNumber: row.row_number,
    column: row.column,
    columnHeader: row.column === '' ? '' : headerOf(row.column),
    code: row.code,
    message: row.message,
  };
}

@InputType({ description: 'Narrows the problems of an import.' })
export class EmployeeImportErrorFilter {
  @Field(() => String, { nullable: true, description: 'Only problems of this column key (empty string: problems of a whole row or the file).' })
  @MaxLength(100)
  column?: string | null;
}

@InputType({ description: 'Applies a previewed import.' })
export class ApplyEmployeeImportInput {
  @Field(() => ID, { description: 'The import to apply; it must be READY without errors.' })
  jobId: string;
}

@ObjectType({ description: 'Result of applyEmployeeImport: the import, now APPLYING (poll it), or userErrors.' })
export class ApplyEmployeeImportPayload {
  @Field(() => EmployeeImportType, { nullable: true, description: 'The import being applied; null when refused.' })
  employeeImport?: EmployeeImportType | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}
