import type { ModulePermission, Role } from '@gatehouse/access';
import type { ParsedEmployeeRow } from '@gatehouse/contracts';
import type { Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';
import type { ImportState } from './import-job.entity';

/** A job as the queries return it. */
export interface ImportJobRow {
  id: string;
  account_id: string;
  created_by_employee_id: string | null;
  file_name: string;
  state: ImportState;
  create_missing: boolean;
  send_invites: boolean;
  columns: string[];
  total_rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  error_rows: number;
  error_count: number;
  new_departments: number;
  new_groups: number;
  progress_done: number;
  progress_total: number;
  message: string | null;
  created_at: Date;
  finished_at: Date | null;
}

export const JOB_COLUMNS = `id, account_id, created_by_employee_id, file_name, state, create_missing, send_invites, columns, total_rows, creates, updates,
  unchanged, error_rows, error_count, new_departments, new_groups, progress_done, progress_total, message, created_at, finished_at`;

/** Creates a job for a file being read; it stays REJECTED unless the preview completes. */
export async function insertJob(tx: Tx, values: { accountId: string; createdBy: string | null; fileName: string; createMissing: boolean; sendInvites: boolean }): Promise<string> {
  const rows: { id: string }[] = await tx.query(
    `INSERT INTO employee_import_jobs (account_id, created_by_employee_id, file_name, state, create_missing, send_invites, message)
     VALUES ($1, $2, $3, 'REJECTED', $4, $5, 'The file was not read to the end.') RETURNING id`,
    [values.accountId, values.createdBy, values.fileName, values.createMissing, values.sendInvites],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('import job insert returned no id');
  return id;
}

/** A job of the account; another account's id reads as missing. */
export async function jobById(db: Reader, accountId: string, id: string): Promise<ImportJobRow | null> {
  const rows: ImportJobRow[] = await db.query(`SELECT ${JOB_COLUMNS} FROM employee_import_jobs WHERE account_id = $1 AND id = $2`, [accountId, id]);
  return rows[0] ?? null;
}

/** The account's newest jobs, newest first (keyset on created_at, id). */
export function latestJobs(db: Reader, accountId: string, limit: number): Promise<ImportJobRow[]> {
  return db.query(`SELECT ${JOB_COLUMNS} FROM employee_import_jobs WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`, [accountId, limit]);
}

export interface ImportProblem {
  rowNumber: number;
  seq: number;
  column: string;
  code: string;
  message: string;
}

/** Records problems, one statement. */
export async function insertProblems(tx: Tx, jobId: string, problems: readonly ImportProblem[]): Promise<void> {
  if (problems.length === 0) return;
  await tx.query(
    `INSERT INTO employee_import_errors (job_id, row_number, seq, "column", code, message)
     SELECT $1, p."rowNumber", p.seq, p."column", p.code, p.message
       FROM jsonb_to_recordset($2::jsonb) AS p("rowNumber" int, seq int, "column" text, code text, message text)`,
    [jobId, JSON.stringify(problems)],
  );
}

/*
 * Set-based checks of the preview. Each writes its problems with its own seq number (so a
 * row's problems stay distinct), and runs once over the whole staged file.
 */

/** Every repeat of an email already on an earlier row. */
export async function flagDuplicateEmails(tx: Tx, jobId: string, seq: number): Promise<void> {
  await tx.query(
    `INSERT INTO employee_import_errors (job_id, row_number, seq, "column", code, message)
     SELECT $1, d.row_number, $2, 'email', 'DUPLICATE_EMAIL', 'This email is already on row ' || d.first_row || '.'
       FROM (SELECT row_number, min(row_number) OVER (PARTITION BY email) AS first_row
               FROM employee_import_rows WHERE job_id = $1 AND email <> '') d
      WHERE d.row_number > d.first_row`,
    [jobId, seq],
  );
}

/** Rows whose email belongs to an external user of the account: one email, one person (promote them instead). */
export async function flagExternalUserEmails(tx: Tx, jobId: string, accountId: string, seq: number): Promise<void> {
  await tx.query(
    `INSERT INTO employee_import_errors (job_id, row_number, seq, "column", code, message)
     SELECT $1, r.row_number, $3, 'email', 'DUPLICATE_EMAIL', 'An external user of this account has this email: promote them to employee instead.'
       FROM employee_import_rows r
      WHERE r.job_id = $1 AND r.email <> ''
        AND EXISTS (SELECT 1 FROM external_users x WHERE x.account_id = $2 AND x.email = r.email)`,
    [jobId, accountId, seq],
  );
}

/** Rows naming a department the account lacks. */
export async function flagUnknownDepartments(tx: Tx, jobId: string, accountId: string, seq: number): Promise<void> {
  await tx.query(
    `INSERT INTO employee_import_errors (job_id, row_number, seq, "column", code, message)
     SELECT $1, r.row_number, $3, 'department', 'NOT_FOUND', 'No department is named "' || r.department || '". Create it first, or choose to create missing departments.'
       FROM employee_import_rows r
      WHERE r.job_id = $1 AND r.department IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM departments d WHERE d.account_id = $2 AND d.name_key = lower(r.department))`,
    [jobId, accountId, seq],
  );
}

/** Rows naming user groups the account lacks (one problem per row, naming them all). */
export async function flagUnknownGroups(tx: Tx, jobId: string, accountId: string, seq: number): Promise<void> {
  await tx.query(
    `INSERT INTO employee_import_errors (job_id, row_number, seq, "column", code, message)
     SELECT $1, r.row_number, $3, 'groups', 'NOT_FOUND',
            'No user group is named ' || string_agg('"' || n.name || '"', ', ' ORDER BY n.ord) || '. Create them first, or choose to create missing groups.'
       FROM employee_import_rows r CROSS JOIN LATERAL unnest(r.groups) WITH ORDINALITY AS n(name, ord)
      WHERE r.job_id = $1
        AND NOT EXISTS (SELECT 1 FROM user_groups g WHERE g.account_id = $2 AND g.name_key = lower(n.name))
      GROUP BY r.row_number`,
    [jobId, accountId, seq],
  );
}

/** New people need both names: a file without a name column cannot create anyone. */
export async function flagCreatesWithout(tx: Tx, jobId: string, column: 'firstName' | 'surname', seq: number): Promise<void> {
  const label = column === 'firstName' ? 'First name' : 'Surname';
  await tx.query(
    `INSERT INTO employee_import_errors (job_id, row_number, seq, "column", code, message)
     SELECT $1, row_number, $2, $3, 'INVALID_INPUT', $4 FROM employee_import_rows WHERE job_id = $1 AND action = 'CREATE'`,
    [jobId, seq, column, `${label} is required for a new employee, and the file has no ${label} column.`],
  );
}

/** Departments and groups the apply would create (names missing from the account). */
export async function countMissing(db: Reader, jobId: string, accountId: string): Promise<{ departments: number; groups: number }> {
  const rows: { departments: number; groups: number }[] = await db.query(
    `SELECT (SELECT count(DISTINCT lower(r.department))::int FROM employee_import_rows r
              WHERE r.job_id = $1 AND r.department IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM departments d WHERE d.account_id = $2 AND d.name_key = lower(r.department))) AS departments,
            (SELECT count(DISTINCT lower(n))::int FROM employee_import_rows r CROSS JOIN LATERAL unnest(r.groups) AS n
              WHERE r.job_id = $1 AND NOT EXISTS (SELECT 1 FROM user_groups g WHERE g.account_id = $2 AND g.name_key = lower(n))) AS groups`,
    [jobId, accountId],
  );
  return rows[0] ?? { departments: 0, groups: 0 };
}

/** A parsed row with its person's current state, as the per-row rules need it. */
export interface StagedRow {
  row_number: number;
  action: 'CREATE' | 'UPDATE';
  employee_id: string;
  email: string | null;
  first_name: string | null;
  surname: string | null;
  department: string | null;
  role: Role | null;
  groups: string[] | null;
  is_active: boolean | null;
  permissions: ParsedEmployeeRow['permissions'];
  has_error: boolean;
  cur_first_name: string | null;
  cur_surname: string | null;
  cur_role: Role | null;
  cur_is_active: boolean | null;
  cur_department: string | null;
  cur_groups: string[] | null;
  cur_permissions: ModulePermission[] | null;
}

/** The account's employees with these emails, with what the import compares (one statement). */
export interface CurrentEmployee {
  id: string;
  email: string;
  /** As text: a JavaScript Date would drop the microseconds the stale check compares. */
  updated_at: string;
  first_name: string;
  surname: string;
  role: Role;
  is_active: boolean;
  department: string | null;
  groups: string[];
  permissions: ModulePermission[];
}

export function currentEmployees(db: Reader, accountId: string, emails: readonly string[]): Promise<CurrentEmployee[]> {
  return db.query(
    `SELECT e.id, e.email, e.updated_at::text AS updated_at, e.first_name, e.surname, e.role, e.is_active, d.name AS department,
            ARRAY(SELECT g.name FROM user_group_members m JOIN user_groups g ON g.id = m.group_id
                   WHERE m.employee_id = e.id ORDER BY g.name_key) AS groups,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('module', p.module, 'canAccess', p.can_access, 'isModuleAdmin', p.is_module_admin,
                      'seeScope', p.see_scope, 'editScope', p.edit_scope, 'seeLevels', to_jsonb(p.see_levels), 'editLevels', to_jsonb(p.edit_levels))), '[]'::jsonb)
               FROM employee_module_permissions p WHERE p.employee_id = e.id) AS permissions
       FROM employees e LEFT JOIN departments d ON d.id = e.department_id
      WHERE e.account_id = $1 AND e.email = ANY($2::text[])`,
    [accountId, emails],
  );
}

export interface RowDecision {
  row_number: number;
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  has_error: boolean;
  stored_permissions: ModulePermission[] | null;
  groups_changed: boolean;
  audit_action: string | null;
  audit_data: Record<string, unknown> | null;
}

/** Stages decided rows, one statement per batch. The permission cells are not staged: the decision's stored permissions are what the apply writes. */
export async function insertDecidedRows(tx: Tx, jobId: string, rows: readonly { staged: StagedRow; decision: RowDecision; beforeUpdatedAt: string | null }[]): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map(({ staged: r, decision: d, beforeUpdatedAt }) => ({
    row_number: r.row_number,
    email: r.email,
    first_name: r.first_name,
    surname: r.surname,
    department: r.department,
    role: r.role,
    groups: r.groups,
    is_active: r.is_active,
    has_error: d.has_error,
    action: d.action,
    employee_id: r.employee_id,
    before_updated_at: beforeUpdatedAt,
    stored_permissions: d.stored_permissions,
    groups_changed: d.groups_changed,
    audit_action: d.audit_action,
    audit_data: d.audit_data,
  }));
  await tx.query(
    `INSERT INTO employee_import_rows (job_id, row_number, email, first_name, surname, department, role, groups, is_active, has_error,
            action, employee_id, before_updated_at, stored_permissions, groups_changed, audit_action, audit_data)
     SELECT $1, r.row_number, r.email, r.first_name, r.surname, r.department, r.role, r.groups, r.is_active, r.has_error,
            r.action, r.employee_id, r.before_updated_at, r.stored_permissions, r.groups_changed, r.audit_action, r.audit_data
       FROM jsonb_to_recordset($2::jsonb) AS r(row_number int, email text, first_name text, surname text, department text, role text,
            groups text[], is_active boolean, has_error boolean, action text, employee_id uuid, before_updated_at timestamptz,
            stored_permissions jsonb, groups_changed boolean, audit_action text, audit_data jsonb)`,
    [jobId, JSON.stringify(records)],
  );
}

/** Marks rows with any problem as erroneous (set-based problems are found after the rows were staged). */
export async function markRowsWithProblems(tx: Tx, jobId: string): Promise<void> {
  await tx.query(
    `UPDATE employee_import_rows r SET has_error = true
      WHERE r.job_id = $1 AND NOT r.has_error
        AND EXISTS (SELECT 1 FROM employee_import_errors x WHERE x.job_id = r.job_id AND x.row_number = r.row_number)`,
    [jobId],
  );
}

/** Fills the job's counts from its rows and problems and makes it READY. */
export async function finishPreview(tx: Tx, jobId: string, columns: readonly string[], missing: { departments: number; groups: number }): Promise<void> {
  await tx.query(
    `UPDATE employee_import_jobs j SET state = 'READY', message = NULL, columns = $2, new_departments = $3, new_groups = $4,
            total_rows = c.total, creates = c.creates, updates = c.updates, unchanged = c.unchanged, error_rows = c.error_rows,
            error_count = (SELECT count(*)::int FROM employee_import_errors x WHERE x.job_id = j.id)
       FROM (SELECT count(*)::int AS total,
                    count(*) FILTER (WHERE NOT has_error AND action = 'CREATE')::int AS creates,
                    count(*) FILTER (WHERE NOT has_error AND action = 'UPDATE')::int AS updates,
                    count(*) FILTER (WHERE NOT has_error AND action = 'UNCHANGED')::int AS unchanged,
                    count(*) FILTER (WHERE has_error)::int AS error_rows
               FROM employee_import_rows WHERE job_id = $1) c
      WHERE j.id = $1`,
    [jobId, columns, missing.departments, missing.groups],
  );
}

/** A job refused as a whole (unreadable file, bad header), with its problems already recorded; rows staged before the refusal go. */
export async function rejectJob(tx: Tx, jobId: string, message: string): Promise<void> {
  await tx.query('DELETE FROM employee_import_rows WHERE job_id = $1', [jobId]);
  await tx.query(
    `UPDATE employee_import_jobs SET state = 'REJECTED', message = $2, finished_at = now(),
            error_count = (SELECT count(*)::int FROM employee_import_errors WHERE job_id = $1)
      WHERE id = $1`,
    [jobId, message],
  );
}
