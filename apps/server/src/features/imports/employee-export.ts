import {
  EMPLOYEE_CSV_COLUMNS,
  formatGroupNames,
  formatLevels,
  formatYesNo,
  neutralizeCell,
  type CsvColumn,
} from '@gatehouse/contracts';
import { effectivePermission, type ModulePermission, type Role } from '@gatehouse/access';
import { stringify } from 'csv-stringify/sync';
import type { Reader } from '../../platform/db/reader';
import { SqlParams } from '../../platform/db/sql-params';
import { employeeFilterSql, type EmployeeFilterValues } from '../employees';

/** Rows per statement while exporting; memory holds one batch whatever the account's size. */
const EXPORT_BATCH = 2000;

interface ExportRow {
  email: string;
  first_name: string;
  surname: string;
  department: string | null;
  role: Role;
  is_active: boolean;
  groups: string[];
  permissions: ModulePermission[];
}

/** The next batch of the filtered list after `afterEmail`, ordered by email (the email order index). */
function exportBatch(db: Reader, accountId: string, filter: EmployeeFilterValues, afterEmail: string | null): Promise<ExportRow[]> {
  const p = new SqlParams();
  const where = employeeFilterSql(accountId, filter, p);
  const after = afterEmail === null ? '' : `AND e.email > ${p.add(afterEmail)}`;
  return db.query(
    `SELECT e.email, e.first_name, e.surname, d.name AS department, e.role, e.is_active,
            ARRAY(SELECT g.name FROM user_group_members m JOIN user_groups g ON g.id = m.group_id WHERE m.employee_id = e.id ORDER BY g.name_key) AS groups,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('module', p.module, 'canAccess', p.can_access, 'isModuleAdmin', p.is_module_admin,
                      'seeScope', p.see_scope, 'editScope', p.edit_scope, 'seeLevels', to_jsonb(p.see_levels), 'editLevels', to_jsonb(p.edit_levels))), '[]'::jsonb)
               FROM employee_module_permissions p WHERE p.employee_id = e.id) AS permissions
       FROM employees e LEFT JOIN departments d ON d.id = e.department_id
      WHERE ${where} ${after}
      ORDER BY e.email LIMIT ${p.add(EXPORT_BATCH)}`,
    p.values,
  );
}

/** One cell of an exported row, before neutralisation. Permissions are effective (role ∪ stored), as the admin app shows them. */
function cellOf(column: CsvColumn, row: ExportRow): string {
  if (column.kind === 'permission') {
    const p = effectivePermission(row.role, row.permissions.find((x) => x.module === column.module), column.module);
    const value = p[column.part];
    if (typeof value === 'boolean') return formatYesNo(value);
    if (Array.isArray(value)) return formatLevels(value);
    return String(value);
  }
  switch (column.key) {
    case 'email':
      return row.email;
    case 'firstName':
      return row.first_name;
    case 'surname':
      return row.surname;
    case 'department':
      return row.department ?? '';
    case 'role':
      return row.role;
    case 'groups':
      return formatGroupNames(row.groups);
    case 'isActive':
      return formatYesNo(row.is_active);
  }
}

/** The CSV text of rows (with the header when asked): every cell neutralised against spreadsheet formulas. */
function csvText(rows: readonly string[][]): string {
  return stringify(rows.map((cells) => cells.map(neutralizeCell)), { eof: true, record_delimiter: '\r\n' });
}

/** The template: the header row only. */
export function templateCsv(): string {
  return csvText([EMPLOYEE_CSV_COLUMNS.map((c) => c.header)]);
}

/**
 * The filtered employee list as CSV chunks, in the import's format: importing the file back
 * changes nothing. Starts with a UTF-8 byte-order mark so spreadsheets read it as UTF-8.
 */
export async function* exportEmployeesCsv(db: Reader, accountId: string, filter: EmployeeFilterValues): AsyncGenerator<string> {
  yield `\uFEFF${templateCsv()}`;
  let after: string | null = null;
  for (;;) {
    const rows = await exportBatch(db, accountId, filter, after);
    const last = rows.at(-1);
    if (last === undefined) return;
    yield csvText(rows.map((row) => EMPLOYEE_CSV_COLUMNS.map((column) => cellOf(column, row))));
    if (rows.length < EXPORT_BATCH) return;
    after = last.email;
  }
}
