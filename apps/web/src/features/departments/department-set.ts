import type { DepartmentFieldsFragment } from '../../gql/graphql';
import type { EmployeeSet } from '../employee-sets';
import {
  useChangeDepartmentMembers,
  useDeleteDepartment,
  useDepartment,
  useDepartmentList,
  useSaveDepartment,
} from './hooks/department-operations';

/** Departments as an employee set: one name each; an employee is in at most one. */
export const departmentSet: EmployeeSet<DepartmentFieldsFragment> = {
  path: 'departments',
  labels: {
    table: 'Departments',
    search: 'Search departments',
    add: '+ Add department',
    loading: 'Loading departments',
    empty: 'No departments yet.',
    addTitle: 'Add department',
    added: 'Department added.',
    saved: 'Department renamed.',
    deleteButton: 'Delete department',
    deleteMessage: (memberCount) => `${memberCount} member(s) will be left without a department.`,
    back: '← All departments',
    fallbackName: 'Department',
  },
  editAction: { label: 'Rename', path: 'rename' },
  formValues: (department) => ({ name: department?.name ?? '' }),
  memberFilter: (departmentId) => ({ departmentId }),
  isMember: (employee, departmentId) => employee.department?.id === departmentId,
  useList: useDepartmentList,
  useOne: useDepartment,
  useSave: useSaveDepartment,
  useDelete: useDeleteDepartment,
  useChangeMembers: useChangeDepartmentMembers,
};
