import {
  checkCreateEmployee,
  checkUpdateEmployee,
  effectivePermission,
  emptyPermission,
  MODULES,
  storedFromSubmitted,
  toLevels,
  validatePermission,
  type EmployeePrincipal,
  type ModuleKey,
  type ModulePermission,
  type Role,
} from '@gatehouse/access';
import { type AuditAction, type CsvColumnKey, type PermissionCells } from '@gatehouse/contracts';
import { employeeUpdateAction } from '../employees';
import type { ImportProblem, RowDecision, StagedRow } from './import.queries';

/**
 * The per-row rules of an import: the same functions the Add and Edit employee commands use
 * (validatePermission, storedFromSubmitted, checkCreateEmployee, checkUpdateEmployee), applied
 * to a staged row and its person's current state. Pure: the preview feeds it batches.
 */

/** The seq numbers of the problems this module writes (set-based checks use lower ones). */
const RULE_SEQ = 200;

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Cells of one module laid over a base permission: the permission as API input would give it. */
function mergeCells(base: ModulePermission, cells: PermissionCells) {
  return { ...base, ...cells, module: base.module };
}

/** Where an escalation field shows in the file: `permissions.JOBS.seeLevels` is the column `JOBS.seeLevels`. */
function columnOf(field: string): string {
  if (field.startsWith('permissions.')) return field.slice('permissions.'.length);
  return field === 'employeeId' ? '' : field;
}

function sortedKeys(names: readonly string[]): string[] {
  return names.map((n) => n.toLowerCase()).sort();
}

/** The decision for one row and the problems it adds. */
export function decideRow(actor: EmployeePrincipal, present: ReadonlySet<CsvColumnKey>, jobId: string, r: StagedRow): { decision: RowDecision; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const problem = (column: string, code: string, message: string) =>
    problems.push({ rowNumber: r.row_number, seq: RULE_SEQ + problems.length, column, code, message });
  const isCreate = r.action === 'CREATE';
  const role: Role = r.role ?? r.cur_role ?? 'GENERAL';
  const beforeRole: Role = r.cur_role ?? role;
  const isActive = r.is_active ?? r.cur_is_active ?? true;
  const storedBefore: readonly ModulePermission[] = r.cur_permissions ?? [];

  // Permissions: the file's cells over what the admin app shows today (role ∪ stored).
  let permissionsChanged = false;
  const storedAfter = new Map<ModuleKey, ModulePermission>(storedBefore.map((p) => [p.module, p]));
  for (const module of MODULES) {
    const cells = r.permissions[module];
    if (cells === undefined) continue;
    const base = isCreate ? emptyPermission(module) : effectivePermission(beforeRole, storedBefore.find((p) => p.module === module), module);
    const merged = mergeCells(base, cells);
    const invalid = validatePermission(merged);
    for (const p of invalid) problem(`${module}.${p.field}`, p.code, p.message);
    if (invalid.length > 0) continue;
    const next = storedFromSubmitted(role, { ...merged, seeLevels: toLevels(merged.seeLevels), editLevels: toLevels(merged.editLevels) });
    storedAfter.set(module, next);
    const was = effectivePermission(beforeRole, storedBefore.find((p) => p.module === module), module);
    if (isCreate || !sameJson(effectivePermission(role, next, module), was)) permissionsChanged = true;
  }
  const permissionsAfter = MODULES.flatMap((m) => storedAfter.get(m) ?? []);

  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const note = (key: string, from: unknown, to: unknown) => {
    if (!sameJson(from, to)) changes[key] = { from, to };
  };
  if (!isCreate) {
    if (present.has('firstName')) note('firstName', r.cur_first_name, r.first_name);
    if (present.has('surname')) note('surname', r.cur_surname, r.surname);
    if (present.has('role')) note('role', r.cur_role, role);
    if (present.has('isActive')) note('isActive', r.cur_is_active, isActive);
    if (present.has('department') && (r.cur_department?.toLowerCase() ?? null) !== (r.department?.toLowerCase() ?? null)) {
      changes.department = { from: r.cur_department, to: r.department };
    }
  }
  const groupsChanged = present.has('groups') && (isCreate ? (r.groups ?? []).length > 0 : !sameJson(sortedKeys(r.cur_groups ?? []), sortedKeys(r.groups ?? [])));
  if (groupsChanged && !isCreate) changes.groups = { from: r.cur_groups, to: r.groups };
  if (permissionsChanged && !isCreate) changes.permissions = { from: storedBefore, to: permissionsAfter };
  const changed = isCreate || Object.keys(changes).length > 0;

  // Only a real change is checked against the importer's powers: an exported row of an account
  // admin, imported back unchanged by a user admin, asks nothing of them.
  if (changed) {
    const draft = { role, isActive, permissions: permissionsChanged ? permissionsAfter : storedBefore };
    const violations = isCreate
      ? checkCreateEmployee(actor, draft)
      : checkUpdateEmployee(actor, { employeeId: r.employee_id, role: beforeRole, isActive: r.cur_is_active ?? true, permissions: storedBefore }, draft);
    for (const v of violations) problem(columnOf(v.field), v.code, v.message);
  }

  const hasError = r.has_error || problems.length > 0;
  const name = `${r.first_name ?? r.cur_first_name ?? ''} ${r.surname ?? r.cur_surname ?? ''}`.trim();
  const auditAction: AuditAction | null = !changed ? null : isCreate ? 'employee.created' : employeeUpdateAction({ role: beforeRole, isActive: r.cur_is_active ?? true }, role, isActive);
  const auditData = !changed
    ? null
    : isCreate
      ? { targetName: name, email: r.email, role, isActive, department: r.department, groups: r.groups ?? [], permissions: permissionsAfter, importJobId: jobId }
      : { targetName: name, ...changes, importJobId: jobId };
  return {
    problems,
    decision: {
      row_number: r.row_number,
      action: isCreate ? 'CREATE' : changed ? 'UPDATE' : 'UNCHANGED',
      has_error: hasError,
      stored_permissions: permissionsChanged ? permissionsAfter : null,
      groups_changed: groupsChanged,
      audit_action: auditAction,
      audit_data: auditData,
    },
  };
}

