import { EMPLOYEE_ORDER_FIELDS, MAX_IDS_PER_REQUEST as MAX_IDS, SEARCH_MAX_LENGTH, type EmployeeOrderField, type InvitationState } from '@gatehouse/contracts';
import type { EditScope, ModuleKey, Role, SeeScope } from '@gatehouse/access';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EditScopeEnum, ModuleKeyEnum, RoleEnum, SeeScopeEnum } from '../../platform/graphql/access-enums';
import { OrderDirection } from '../../platform/graphql/connection';
import { registerDescribedEnum } from '../../platform/graphql/enum-values';
import { UserError } from '../../platform/graphql/user-error.type';
import { EmployeeType, InvitationStateEnum } from './employee.types';

export const EmployeeOrderFieldEnum = registerDescribedEnum(EMPLOYEE_ORDER_FIELDS, 'EmployeeOrderField', 'What to sort employees by.', {
  NAME: 'Surname, then first name.',
  EMAIL: 'Email address.',
  ROLE: 'Role, in rank order: account admin, user admin, admin, general.',
  DEPARTMENT: 'Department name; employees without one first.',
  LAST_LOGIN: 'Last login; never-logged-in first.',
  CREATED_AT: 'When they were added.',
});

@InputType({ description: 'Narrows the employee list; all given conditions must hold.' })
export class EmployeeFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or email, case-insensitive.' })
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only employees of this department.' })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only members of this user group.' })
  groupId?: string | null;

  @Field(() => RoleEnum, { nullable: true, description: 'Only employees with this role.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false) employees.' })
  isActive?: boolean | null;

  @Field(() => InvitationStateEnum, { nullable: true, description: 'Only employees in this invitation state.' })
  invitationState?: InvitationState | null;
}

@InputType({ description: 'Sort order of the employee list.' })
export class EmployeeOrder {
  @Field(() => EmployeeOrderFieldEnum, { description: 'The sort key.' })
  field: EmployeeOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })
  direction: OrderDirection;
}

@InputType({ description: 'A module permission to store for an employee. Parts the role already includes are ignored.' })
export class ModulePermissionInput {
  @Field(() => ModuleKeyEnum, { description: 'The module.' })
  module: ModuleKey;

  @Field({ description: 'May use the module.' })
  canAccess: boolean;

  @Field({ description: 'May archive and delete items.' })
  isModuleAdmin: boolean;

  @Field(() => SeeScopeEnum, { description: 'Which items they see.' })
  seeScope: SeeScope;

  @Field(() => EditScopeEnum, { description: 'Which items they edit.' })
  editScope: EditScope;

  @Field(() => [Int], { description: 'Confidential levels (1–10) to see.' })
  @ArrayMaxSize(10)
  seeLevels: number[];

  @Field(() => [Int], { description: 'Confidential levels to edit; each must also be a see level.' })
  @ArrayMaxSize(10)
  editLevels: number[];
}

/**
 * Everything of a new employee but the email: Add employee takes these with an email, Promote
 * to employee with the external user's.
 */
@InputType({ description: 'A new employee, without the email.' })
export class NewEmployeeFieldsInput {
  @Field({ defaultValue: true, description: 'Whether they may log in.' })
  isActive: boolean;

  @Field({ description: 'Given name.' })
  firstName: string;

  @Field({ description: 'Family name.' })
  surname: string;

  @Field(() => ID, { nullable: true, description: 'Their department, if any.' })
  departmentId?: string | null;

  @Field(() => RoleEnum, { description: 'Their role.' })
  role: Role;

  @Field(() => [ID], { defaultValue: [], description: 'User groups to add them to.' })
  @ArrayMaxSize(MAX_IDS)
  groupIds: string[];

  @Field(() => [ModulePermissionInput], { defaultValue: [], description: 'Module permissions beyond the role.' })
  @ArrayMaxSize(20)
  permissions: ModulePermissionInput[];
}

@InputType({ description: 'A new employee.' })
export class CreateEmployeeInput extends NewEmployeeFieldsInput {
  @Field({ description: 'Login email; unique in the account among employees and external users, fixed afterwards.' })
  email: string;
}

@InputType({ description: 'Changes to an employee; omitted fields stay as they are. The email cannot change.' })
export class UpdateEmployeeInput {
  @Field(() => ID, { description: 'The employee.' })
  id: string;

  @Field(() => Boolean, { nullable: true, description: 'Activate or inactivate.' })
  isActive?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Given name.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name.' })
  surname?: string | null;

  @Field(() => String, { nullable: true, description: 'Accepted only when unchanged: an email is fixed once the person exists.' })
  email?: string | null;

  @Field(() => ID, { nullable: true, description: 'New department; explicit null removes the department.' })
  departmentId?: string | null;

  @Field(() => RoleEnum, { nullable: true, description: 'New role.' })
  role?: Role | null;

  @Field(() => [ID], { nullable: true, description: 'The complete new set of user groups.' })
  @ArrayMaxSize(MAX_IDS)
  groupIds?: string[] | null;

  @Field(() => [ModulePermissionInput], { nullable: true, description: 'The complete new set of module permissions.' })
  @ArrayMaxSize(20)
  permissions?: ModulePermissionInput[] | null;
}

@InputType({ description: 'The same change applied to many employees, all or nothing.' })
export class BulkUpdateEmployeesInput {
  @Field(() => [ID], { description: 'The employees to change.' })
  @ArrayMaxSize(MAX_IDS)
  employeeIds: string[];

  @Field(() => ID, { nullable: true, description: 'Move them to this department.' })
  departmentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Remove them from their department.' })
  clearDepartment?: boolean | null;

  @Field(() => RoleEnum, { nullable: true, description: 'Give them this role.' })
  role?: Role | null;

  @Field(() => [ID], { nullable: true, description: 'Add them to these groups.' })
  @ArrayMaxSize(MAX_IDS)
  addGroupIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Remove them from these groups.' })
  @ArrayMaxSize(MAX_IDS)
  removeGroupIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Activate or inactivate them.' })
  isActive?: boolean | null;
}

@InputType({ description: 'Ask for a confirmation code to delete exactly these employees.' })
export class RequestDeleteChallengeInput {
  @Field(() => [ID], { description: 'The employees to delete.' })
  @ArrayMaxSize(MAX_IDS)
  employeeIds: string[];
}

@InputType({ description: 'Delete employees, confirmed with the code of a challenge for exactly this set.' })
export class DeleteEmployeesInput {
  @Field(() => [ID], { description: 'The employees to delete: the same set the challenge was made for.' })
  @ArrayMaxSize(MAX_IDS)
  employeeIds: string[];

  @Field(() => ID, { description: 'The challenge from requestDeleteChallenge.' })
  challengeId: string;

  @Field({ description: 'The number the admin typed.' })
  @MaxLength(20)
  code: string;
}

@ObjectType({ description: 'Result of creating or updating one employee.' })
export class EmployeePayload {
  @Field(() => EmployeeType, { nullable: true, description: 'The employee as saved; null when nothing was written.' })
  employee?: EmployeeType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of a bulk update.' })
export class BulkUpdateEmployeesPayload {
  @Field(() => [EmployeeType], { nullable: true, description: 'The employees as saved; null when nothing was written.' })
  employees?: EmployeeType[] | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of deleteEmployees.' })
export class DeleteEmployeesPayload {
  @Field(() => [ID], { nullable: true, description: 'The ids deleted; null when nothing was deleted.' })
  deletedIds?: string[] | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  userErrors: UserError[];
}
