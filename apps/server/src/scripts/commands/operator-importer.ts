import type { Importer } from '../../features/imports';

/**
 * An operator on the command line acts for the account with an account admin's powers (they
 * hold the database itself). Their id matches nobody, so no "yourself" rule applies, and their
 * changes are audited without an actor employee.
 */
export function operatorImporter(accountId: string): Importer {
  return {
    principal: {
      kind: 'employee',
      accountId,
      employeeId: '00000000-0000-0000-0000-000000000000',
      role: 'ACCOUNT_ADMIN',
      isActive: true,
      departmentId: null,
      groupIds: [],
      permissions: [],
    },
    employeeId: null,
  };
}
