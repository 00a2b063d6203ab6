import { EmployeeCountEntity } from './employee-count.entity';
import { EmployeeEntity } from './employee.entity';
import { ModulePermissionEntity } from './module-permission.entity';
import { UserGroupMemberEntity } from './user-group-member.entity';

export { EmployeeEntity };
export { onEmployeesRemoved, type EmployeeRemovalStep } from './employee-removal';
export { EmployeeResolver } from './employee.resolver';
export { GroupMembersResolver } from './group-members.resolver';
export { employeeViewsByIds } from './employee-view.queries';
export { insertEmployee, replaceGroups, replacePermissions } from './employee.queries';
export { EmployeeType, presentEmployee } from './employee.types';
export { NewEmployeeFieldsInput } from './employee.inputs';
export { addEmployeeInUnitOfWork } from './save-employee.commands';
export { lockAccountAsActor } from './employee.guards';
export type { EmployeeViewRow } from './employee-view.queries';

/** The tables this feature owns, for the data source. */
export const EMPLOYEE_ENTITIES = [EmployeeEntity, ModulePermissionEntity, UserGroupMemberEntity, EmployeeCountEntity];
