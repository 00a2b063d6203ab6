import { EmployeeCountEntity } from './employee-count.entity';
import { EmployeeEntity } from './employee.entity';
import { InvitationEntity } from './invitation.entity';
import { ModulePermissionEntity } from './module-permission.entity';
import { UserGroupMemberEntity } from './user-group-member.entity';

export { EmployeeEntity };
export { onEmployeesRemoved, type EmployeeRemovalStep } from './employee-removal';
export { EmployeeResolver } from './employee.resolver';
export { GroupMembersResolver } from './group-members.resolver';
export { employeeViewsByIds } from './employee-view.queries';
export { insertEmployee, replaceGroups, replacePermissions } from './employee.queries';
export { EmployeeType, presentEmployee } from './employee.types';
export { employeeUpdateAction } from './save-employee.commands';
export { lockAccountAsActor } from './employee.guards';
export { lockAccountAdmins } from './employee.queries';
export { employeeFilterSql, countOtherActiveAccountAdmins, type EmployeeFilterValues } from './employee.queries';
export { EmployeeFilter } from './employee.inputs';
export { NewEmployeeFieldsInput } from './employee.inputs';
export { addEmployeeInUnitOfWork } from './save-employee.commands';
export type { EmployeeViewRow } from './employee-view.queries';

export { issueInvitations, INVITATION_TTL_MS, type Invitee } from './issue-invitations';
export { actorName } from './send-invitations.commands';
export { acceptInvitationRow, findInvitationLink, lockInvitationLink, type InvitationLinkRow } from './invitation.queries';

/** The tables this feature owns, for the data source. */
export const EMPLOYEE_ENTITIES = [EmployeeEntity, ModulePermissionEntity, UserGroupMemberEntity, EmployeeCountEntity, InvitationEntity];
