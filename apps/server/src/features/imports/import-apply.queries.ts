import { AUDIT_ACTION_TARGETS } from '@gatehouse/contracts';
import type { Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';
import type { Invitee } from '../employees';
import { JOB_COLUMNS, type ImportJobRow } from './import.queries';

/*
 * The apply: set-based statements from the staged rows into the account's tables, each over
 * a range of row numbers so the job can report progress between them. Rows with problems are
 * never applied (a job with any is refused before), UNCHANGED rows are skipped.
 */

/** The advisory lock class of a running apply: held for its transaction, so a start-up can tell a dead apply from a live one. */
const APPLY_LOCK_CLASS = 7_341_001;

/**
 * Takes the job's apply lock and re-reads its state under it. The job row itself stays
 * unlocked until the end, so progress written from outside the transaction never waits.
 */
export async function lockJobForApply(tx: Tx, jobId: string): Promise<ImportJobRow['state'] | null> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2::text))', [APPLY_LOCK_CLASS, jobId]);
  const rows: { state: ImportJobRow['state'] }[] = await tx.query('SELECT state FROM employee_import_jobs WHERE id = $1', [jobId]);
  return rows[0]?.state ?? null;
}

/** READY (and without problems) → APPLYING; the unique partial index refuses a second APPLYING job of the account. */
export async function claimJob(tx: Tx, accountId: string, jobId: string): Promise<ImportJobRow | null> {
  const rows: ImportJobRow[] = await tx.query(
    `UPDATE employee_import_jobs SET state = 'APPLYING', message = NULL, progress_done = 0, progress_total = creates + updates
      WHERE account_id = $1 AND id = $2 AND state = 'READY' AND error_rows = 0
      RETURNING ${JOB_COLUMNS}`,
    [accountId, jobId],
  );
  return rows[0] ?? null;
}

/** How many staged rows no longer match the database they were previewed against. */
export async function countStaleRows(tx: Tx, jobId: string, accountId: string, createMissing: boolean): Promise<number> {
  const rows: { n: number }[] = await tx.query(
    `SELECT count(*)::int AS n
       FROM employee_import_rows r
       LEFT JOIN employees e ON e.account_id = $2 AND e.email = r.email
      WHERE r.job_id = $1
        AND ((r.action IN ('UPDATE', 'UNCHANGED') AND (e.id IS DISTINCT FROM r.employee_id OR e.updated_at IS DISTINCT FROM r.before_updated_at))
          OR (r.action = 'CREATE' AND e.id IS NOT NULL)
          OR (NOT $3 AND r.action <> 'UNCHANGED' AND r.department IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM departments d WHERE d.account_id = $2 AND d.name_key = lower(r.department))))`,
    [jobId, accountId, createMissing],
  );
  return rows[0]?.n ?? 0;
}

/** How many rows the job still has staged (an unlogged or cleaned-up staging would show fewer). */
export async function countStagedRows(tx: Tx, jobId: string): Promise<number> {
  const rows: { n: number }[] = await tx.query('SELECT count(*)::int AS n FROM employee_import_rows WHERE job_id = $1', [jobId]);
  return rows[0]?.n ?? 0;
}

/*
 * The names to create are the few distinct spellings of a column that repeats on every row:
 * they are grouped first (a hash over the file), and only those few sorted to pick each name's
 * spelling on its first row, instead of sorting every row of the file.
 */

/** Creates the departments the file names and the account lacks; returns them for the audit. */
export function createMissingDepartments(tx: Tx, jobId: string, accountId: string): Promise<{ id: string; name: string }[]> {
  return tx.query(
    `INSERT INTO departments (account_id, name, name_key)
     SELECT DISTINCT ON (x.name_key) $2::uuid, x.name, x.name_key
       FROM (SELECT lower(r.department) AS name_key, r.department AS name, min(r.row_number) AS first_row
               FROM employee_import_rows r WHERE r.job_id = $1 AND r.action <> 'UNCHANGED' AND r.department IS NOT NULL
              GROUP BY 1, 2) x
      ORDER BY x.name_key, x.first_row
     ON CONFLICT (account_id, name_key) DO NOTHING RETURNING id, name`,
    [jobId, accountId],
  );
}

/** Creates the user groups the file names and the account lacks; returns them for the audit. */
export function createMissingGroups(tx: Tx, jobId: string, accountId: string): Promise<{ id: string; name: string }[]> {
  return tx.query(
    `INSERT INTO user_groups (account_id, name, name_key, description)
     SELECT DISTINCT ON (x.name_key) $2::uuid, x.name, x.name_key, ''
       FROM (SELECT lower(n.name) AS name_key, n.name, min(r.row_number) AS first_row
               FROM employee_import_rows r CROSS JOIN LATERAL unnest(r.groups) AS n(name)
              WHERE r.job_id = $1 AND r.groups_changed
              GROUP BY 1, 2) x
      ORDER BY x.name_key, x.first_row
     ON CONFLICT (account_id, name_key) DO NOTHING RETURNING id, name`,
    [jobId, accountId],
  );
}

/** The row-number range of one step: [from, to). */
export interface RowRange {
  readonly from: number;
  readonly to: number;
}

/*
 * Statements that touch the account's big tables (employees, their permissions and group
 * memberships) name the people of the range as `= ANY(ARRAY(SELECT …))` or look them up one
 * by one: the planner's statistics do not yet count the rows this transaction added, and a
 * join would let it hash a whole table that grows with every step.
 */

/**
 * Identities and employees for the CREATE rows of the range. The department order key is
 * written with the row (the statement-level check then finds nothing to correct). Imports never
 * set passwords: new people are invited.
 */
export async function insertCreatedEmployees(tx: Tx, jobId: string, accountId: string, range: RowRange): Promise<void> {
  await tx.query(
    `INSERT INTO identities (email)
     SELECT r.email FROM employee_import_rows r
      WHERE r.job_id = $1 AND r.action = 'CREATE' AND r.row_number >= $2 AND r.row_number < $3
     ON CONFLICT (email) DO NOTHING`,
    [jobId, range.from, range.to],
  );
  await tx.query(
    `INSERT INTO employees (id, account_id, identity_id, email, first_name, surname, is_active, department_id, department_sort, role)
     SELECT r.employee_id, $2, (SELECT i.id FROM identities i WHERE i.email = r.email), r.email, r.first_name, r.surname,
            coalesce(r.is_active, true), d.id, coalesce(d.name_key, ''), coalesce(r.role, 'GENERAL')::employee_role
       FROM employee_import_rows r
       LEFT JOIN departments d ON d.account_id = $2 AND d.name_key = lower(r.department)
      WHERE r.job_id = $1 AND r.action = 'CREATE' AND r.row_number >= $3 AND r.row_number < $4`,
    [jobId, accountId, range.from, range.to],
  );
}

/** Which plain columns the file has: only these change on known people. */
export interface PresentColumns {
  readonly firstName: boolean;
  readonly surname: boolean;
  readonly role: boolean;
  readonly isActive: boolean;
  readonly department: boolean;
}

/** Updates the plain columns of the UPDATE rows of the range. */
export async function updateChangedEmployees(tx: Tx, jobId: string, accountId: string, present: PresentColumns, range: RowRange): Promise<void> {
  await tx.query(
    `UPDATE employees e SET
            first_name = CASE WHEN $5 THEN r.first_name ELSE e.first_name END,
            surname = CASE WHEN $6 THEN r.surname ELSE e.surname END,
            role = CASE WHEN $7 THEN r.role::employee_role ELSE e.role END,
            is_active = CASE WHEN $8 THEN r.is_active ELSE e.is_active END,
            department_id = CASE WHEN $9 THEN d.id ELSE e.department_id END,
            department_sort = CASE WHEN $9 THEN coalesce(d.name_key, '') ELSE e.department_sort END,
            updated_at = now()
       FROM employee_import_rows r
       LEFT JOIN departments d ON d.account_id = $2 AND d.name_key = lower(r.department)
      WHERE r.job_id = $1 AND r.action = 'UPDATE' AND r.row_number >= $3 AND r.row_number < $4
        AND e.account_id = $2 AND e.id = r.employee_id
        AND e.id = ANY(ARRAY(SELECT x.employee_id FROM employee_import_rows x
                              WHERE x.job_id = $1 AND x.action = 'UPDATE' AND x.row_number >= $3 AND x.row_number < $4))`,
    [jobId, accountId, range.from, range.to, present.firstName, present.surname, present.role, present.isActive, present.department],
  );
}

/** Replaces the stored permissions of the rows of the range whose permissions change. */
export async function replaceChangedPermissions(tx: Tx, jobId: string, accountId: string, range: RowRange): Promise<void> {
  await tx.query(
    `DELETE FROM employee_module_permissions p
      WHERE p.account_id = $2
        AND p.employee_id = ANY(ARRAY(SELECT r.employee_id FROM employee_import_rows r
                                       WHERE r.job_id = $1 AND r.action = 'UPDATE' AND r.stored_permissions IS NOT NULL
                                         AND r.row_number >= $3 AND r.row_number < $4))`,
    [jobId, accountId, range.from, range.to],
  );
  await tx.query(
    `INSERT INTO employee_module_permissions (employee_id, module, account_id, can_access, is_module_admin, see_scope, edit_scope, see_levels, edit_levels)
     SELECT r.employee_id, x.module::module_key, $2, x."canAccess", x."isModuleAdmin", x."seeScope"::see_scope, x."editScope"::edit_scope,
            translate(x."seeLevels"::text, '[]', '{}')::smallint[], translate(x."editLevels"::text, '[]', '{}')::smallint[]
       FROM employee_import_rows r
      CROSS JOIN LATERAL jsonb_to_recordset(r.stored_permissions) AS x(module text, "canAccess" boolean, "isModuleAdmin" boolean,
            "seeScope" text, "editScope" text, "seeLevels" jsonb, "editLevels" jsonb)
      WHERE r.job_id = $1 AND r.action IN ('CREATE', 'UPDATE') AND r.stored_permissions IS NOT NULL AND r.row_number >= $3 AND r.row_number < $4`,
    [jobId, accountId, range.from, range.to],
  );
}

/** Sets exactly the file's groups on the rows of the range whose groups change. */
export async function replaceChangedGroups(tx: Tx, jobId: string, accountId: string, range: RowRange): Promise<void> {
  await tx.query(
    `DELETE FROM user_group_members m
      WHERE m.account_id = $2
        AND m.employee_id = ANY(ARRAY(SELECT r.employee_id FROM employee_import_rows r
                                       WHERE r.job_id = $1 AND r.action = 'UPDATE' AND r.groups_changed
                                         AND r.row_number >= $3 AND r.row_number < $4))`,
    [jobId, accountId, range.from, range.to],
  );
  await tx.query(
    `INSERT INTO user_group_members (group_id, employee_id, account_id)
     SELECT g.id, r.employee_id, $2
       FROM employee_import_rows r
      CROSS JOIN LATERAL unnest(r.groups) AS n(name)
       JOIN user_groups g ON g.account_id = $2 AND g.name_key = lower(n.name)
      WHERE r.job_id = $1 AND r.action IN ('CREATE', 'UPDATE') AND r.groups_changed AND r.row_number >= $3 AND r.row_number < $4
     ON CONFLICT DO NOTHING`,
    [jobId, accountId, range.from, range.to],
  );
}

/** One audit event per created or changed person of the range, one statement. */
export async function auditChangedRows(tx: Tx, jobId: string, accountId: string, actorEmployeeId: string | null, range: RowRange): Promise<void> {
  await tx.query(
    `INSERT INTO audit_events (account_id, actor_employee_id, action, target_type, target_id, data)
     SELECT $2, $3, r.audit_action, $6, r.employee_id, r.audit_data
       FROM employee_import_rows r
      WHERE r.job_id = $1 AND r.audit_action IS NOT NULL AND r.row_number >= $4 AND r.row_number < $5
      ORDER BY r.row_number`,
    [jobId, accountId, actorEmployeeId, range.from, range.to, AUDIT_ACTION_TARGETS['employee.updated']],
  );
}

/** New people to invite, a page at a time in row order: the active ones the import creates. */
export function createdInvitees(tx: Tx, jobId: string, afterRow: number, limit: number): Promise<(Invitee & { row_number: number })[]> {
  return tx.query(
    `SELECT r.row_number, r.employee_id AS id, r.email, r.first_name, r.surname
       FROM employee_import_rows r
      WHERE r.job_id = $1 AND r.action = 'CREATE' AND NOT r.has_error AND coalesce(r.is_active, true) AND r.row_number > $2
      ORDER BY r.row_number LIMIT $3`,
    [jobId, afterRow, limit],
  );
}

/** The people the import inactivates: their sessions end. */
export async function inactivatedIds(tx: Tx, jobId: string): Promise<string[]> {
  const rows: { employee_id: string }[] = await tx.query(
    `SELECT employee_id FROM employee_import_rows WHERE job_id = $1 AND audit_action = 'employee.inactivated'`,
    [jobId],
  );
  return rows.map((r) => r.employee_id);
}

/** Active account admins of the account (the apply refuses to leave none). */
export async function countActiveAccountAdmins(tx: Tx, accountId: string): Promise<number> {
  const rows: { n: number }[] = await tx.query(`SELECT count(*)::int AS n FROM employees WHERE account_id = $1 AND role = 'ACCOUNT_ADMIN' AND is_active`, [accountId]);
  return rows[0]?.n ?? 0;
}

/** APPLYING → APPLIED, in the apply's own transaction: the job says applied exactly when the data is. */
export async function markApplied(tx: Tx, jobId: string): Promise<void> {
  await tx.query(`UPDATE employee_import_jobs SET state = 'APPLIED', progress_done = progress_total, finished_at = now() WHERE id = $1`, [jobId]);
}

/** APPLYING → FAILED with the reason; nothing of the job was written, and it cannot be applied again, so its staged rows go. */
export async function markFailed(tx: Tx, jobId: string, message: string): Promise<void> {
  await tx.query(`UPDATE employee_import_jobs SET state = 'FAILED', message = $2, finished_at = now() WHERE id = $1 AND state = 'APPLYING'`, [jobId, message]);
  await dropStagedRows(tx, jobId);
}

/** Progress of a running apply, written outside its transaction so pollers see it. */
export async function reportProgress(db: Reader, jobId: string, done: number): Promise<void> {
  await db.query(`UPDATE employee_import_jobs SET progress_done = $2 WHERE id = $1 AND state = 'APPLYING'`, [jobId, done]);
}

/** Staged rows are only needed until the apply: afterwards the job keeps its counts and problems. */
export async function dropStagedRows(tx: Tx, jobId: string): Promise<void> {
  await tx.query('DELETE FROM employee_import_rows WHERE job_id = $1', [jobId]);
}

/**
 * Jobs left APPLYING by a server that stopped: an apply holds its advisory lock for its whole
 * transaction, so a job whose lock is free has no live apply. Its transaction never committed
 * (the commit would have made it APPLIED), so nothing of it was written.
 */
export async function failAbandonedApplies(tx: Tx): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `UPDATE employee_import_jobs SET state = 'FAILED', finished_at = now(),
            message = 'The server stopped while applying this import; nothing of it was written. Upload the file again to apply it.'
      WHERE state = 'APPLYING' AND pg_try_advisory_xact_lock($1, hashtext(id::text)) RETURNING id`,
    [APPLY_LOCK_CLASS],
  );
  const ids = rows.map((r) => r.id);
  if (ids.length > 0) await tx.query('DELETE FROM employee_import_rows WHERE job_id = ANY($1::uuid[])', [ids]);
  return ids;
}

/**
 * Previews nobody applied within the time to live: READY → EXPIRED, and their staged rows (the
 * bulk of an import's storage) go. The counts and problems stay, so the job still says what it was.
 */
export async function expireStalePreviews(tx: Tx, createdBefore: Date): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `UPDATE employee_import_jobs SET state = 'EXPIRED', finished_at = now(),
            message = 'This preview was not applied in time and has expired. Upload the file again to apply it.'
      WHERE state = 'READY' AND created_at < $1 RETURNING id`,
    [createdBefore],
  );
  const ids = rows.map((r) => r.id);
  if (ids.length > 0) await tx.query('DELETE FROM employee_import_rows WHERE job_id = ANY($1::uuid[])', [ids]);
  // A preview cut off by a stopped server stays REJECTED ("not read to the end") with the rows it staged.
  await tx.query(
    `DELETE FROM employee_import_rows r USING employee_import_jobs j
      WHERE j.id = r.job_id AND j.state IN ('REJECTED', 'FAILED') AND j.created_at < $1`,
    [createdBefore],
  );
  return ids;
}
