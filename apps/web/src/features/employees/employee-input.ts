import { ROLES, type EmployeeSnapshot, type Role } from '@gatehouse/access';
import { cleanName, normalizeEmail } from '@gatehouse/contracts';
import type { CreateEmployeeInput, EmployeeDetailFieldsFragment, NewEmployeeFieldsInput, UpdateEmployeeInput } from '../../gql/graphql';
import type { EmployeeFormValues } from './components/employee-form';
import { permissionRows, toPermissionInputs } from './permission-rows';

/** New employees start with the least powerful role (ROLES lists the most powerful first). */
const NEW_EMPLOYEE_ROLE: Role = ROLES[ROLES.length - 1] ?? ROLES[0];

/** A blank Add Employee form: active, general role, nothing granted. */
export function blankEmployeeValues(): EmployeeFormValues {
  return {
    isActive: true,
    firstName: '',
    surname: '',
    email: '',
    departmentId: '',
    role: NEW_EMPLOYEE_ROLE,
    groupIds: [],
    permissions: permissionRows(),
  };
}

/** The Edit Employee form for an employee as the API returns it (effective permissions). */
export function employeeValues(e: EmployeeDetailFieldsFragment): EmployeeFormValues {
  return {
    isActive: e.isActive,
    firstName: e.firstName,
    surname: e.surname,
    email: e.email,
    departmentId: e.department?.id ?? '',
    role: e.role,
    groupIds: e.userGroups.map((g) => g.id),
    permissions: permissionRows(e.permissions),
  };
}

/** The employee as saved, for the escalation rules that shape the form. */
export function employeeSnapshot(e: EmployeeDetailFieldsFragment): EmployeeSnapshot {
  return { employeeId: e.id, role: e.role, isActive: e.isActive, permissions: permissionRows(e.permissions) };
}

/** A new employee's fields from the form, without the email (Promote to employee sends these). */
export function toNewEmployeeFields(v: EmployeeFormValues): NewEmployeeFieldsInput {
  return {
    isActive: v.isActive,
    firstName: cleanName(v.firstName),
    surname: cleanName(v.surname),
    departmentId: v.departmentId || null,
    role: v.role,
    groupIds: v.groupIds,
    permissions: toPermissionInputs(v.role, v.permissions),
  };
}

/** createEmployee's input from the form. */
export function toCreateInput(v: EmployeeFormValues): CreateEmployeeInput {
  return { ...toNewEmployeeFields(v), email: normalizeEmail(v.email) };
}

/** updateEmployee's input; permissions only when the matrix or the role changed. */
export function toUpdateInput(id: string, v: EmployeeFormValues, changed: { permissions: boolean }): UpdateEmployeeInput {
  return {
    id,
    isActive: v.isActive,
    firstName: cleanName(v.firstName),
    surname: cleanName(v.surname),
    departmentId: v.departmentId || null,
    role: v.role,
    groupIds: v.groupIds,
    ...(changed.permissions ? { permissions: toPermissionInputs(v.role, v.permissions) } : {}),
  };
}
