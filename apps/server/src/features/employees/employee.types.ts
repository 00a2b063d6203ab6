import { effectivePermission, lockedParts, MODULES, ROLES, type EditScope, type ModuleKey, type ModulePermission, type Role, type SeeScope } from '@gatehouse/access';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EditScopeEnum, ModuleKeyEnum, RoleEnum, SeeScopeEnum } from '../../platform/graphql/access-enums';
import { connectionOf } from '../../platform/graphql/connection';
import { registerDescribedEnum } from '../../platform/graphql/enum-values';
import { DepartmentType } from '../departments';
import { UserGroupType } from '../user-groups';
import type { EmployeeViewRow } from './employee-view.queries';
import { INVITATION_STATES, type InvitationState } from '@gatehouse/contracts';

export const InvitationStateEnum = registerDescribedEnum(INVITATION_STATES, 'InvitationState', 'Where an employee is in the invitation flow.', {
  NOT_INVITED: 'No invitation has been sent.',
  INVITED: 'An invitation was sent and not yet accepted.',
  ACCEPTED: 'The person accepted an invitation (or set the account up): the membership is usable.',
});

@ObjectType({ description: 'Which parts of a module permission the role already includes; the admin app shows them greyed out.', simpleResolvers: true })
export class LockedPartsType {
  @Field({ description: 'The role includes module access.' })
  canAccess: boolean;

  @Field({ description: 'The role includes module admin (archive and delete items).' })
  isModuleAdmin: boolean;

  @Field({ description: 'The role fixes the see scope.' })
  seeScope: boolean;

  @Field({ description: 'The role fixes the edit scope.' })
  editScope: boolean;

  @Field(() => [Int], { description: 'Confidential levels the role lets the person see.' })
  seeLevels: readonly number[];

  @Field(() => [Int], { description: 'Confidential levels the role lets the person edit.' })
  editLevels: readonly number[];
}

@ObjectType({ description: "An employee's effective permission in one module: what the role includes ∪ what was granted.", simpleResolvers: true })
export class ModulePermissionType {
  @Field(() => ModuleKeyEnum, { description: 'The module.' })
  module: ModuleKey;

  @Field({ description: 'May use the module at all.' })
  canAccess: boolean;

  @Field({ description: 'May archive and delete items.' })
  isModuleAdmin: boolean;

  @Field(() => SeeScopeEnum, { description: 'Which items they see.' })
  seeScope: SeeScope;

  @Field(() => EditScopeEnum, { description: 'Which items they edit.' })
  editScope: EditScope;

  @Field(() => [Int], { description: 'Confidential levels (1–10) they see; items without a level are always visible.' })
  seeLevels: readonly number[];

  @Field(() => [Int], { description: 'Confidential levels they edit; always among the see levels.' })
  editLevels: readonly number[];

  @Field(() => LockedPartsType, { description: 'The parts the role includes and that cannot be changed here.' })
  locked: LockedPartsType;
}

@ObjectType('Employee', { description: "A person's membership of the account.", simpleResolvers: true })
export class EmployeeType {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Inactive employees cannot log in; their sessions ended when they were inactivated.' })
  isActive: boolean;

  @Field({ description: 'Given name.' })
  firstName: string;

  @Field({ description: 'Family name.' })
  surname: string;

  @Field({ description: 'First name and surname.' })
  fullName: string;

  @Field({ description: 'Login email, lower-cased; fixed once the employee exists.' })
  email: string;

  @Field(() => RoleEnum, { description: 'The one role of the employee.' })
  role: Role;

  @Field(() => InvitationStateEnum, { description: 'Invitation progress.' })
  invitationState: InvitationState;

  @Field(() => Date, { nullable: true, description: 'When their latest invitation was sent; null when none was.' })
  invitedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When they last logged in to this account.' })
  lastLoginAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When they last accepted the terms of use.' })
  termsAcceptedAt: Date | null;

  @Field(() => Int, { nullable: true, description: "The version of the account's terms of use they last accepted; null if none." })
  termsAcceptedVersion: number | null;

  @Field({ description: 'When the employee was added.' })
  createdAt: Date;

  @Field(() => DepartmentType, { nullable: true, description: 'Their department, if any.' })
  department: DepartmentType | null;

  @Field(() => [UserGroupType], { description: 'The user groups they belong to, by name.' })
  userGroups: UserGroupType[];

  @Field(() => [ModulePermissionType], { description: 'Effective module permissions (role ∪ granted), one per module.' })
  permissions: ModulePermissionType[];
}

export const EmployeeConnection = connectionOf(EmployeeType, 'Employee', 'employee');

/** What each role locks in each module, computed once: it depends on nothing else. */
const LOCKED: ReadonlyMap<Role, ReadonlyMap<ModuleKey, LockedPartsType>> = new Map(
  ROLES.map((role) => [role, new Map(MODULES.map((module) => [module, lockedParts(role, module)]))]),
);

/** One module's effective permission with what the role locks, as one object literal of a fixed shape. */
function presentPermission(role: Role, stored: ModulePermission | undefined, module: ModuleKey): ModulePermissionType {
  const p = effectivePermission(role, stored, module);
  return {
    module: p.module,
    canAccess: p.canAccess,
    isModuleAdmin: p.isModuleAdmin,
    seeScope: p.seeScope,
    editScope: p.editScope,
    seeLevels: p.seeLevels,
    editLevels: p.editLevels,
    locked: LOCKED.get(role)?.get(module) ?? lockedParts(role, module),
  };
}

/**
 * A module without a stored row shows what the role includes: the same for every employee of
 * that role, so it is built once and shared (frozen, so no reader can change it for the rest).
 * Most employees store rows for few modules, so most of a page's permissions come from here.
 */
const ROLE_ONLY: ReadonlyMap<Role, ReadonlyMap<ModuleKey, ModulePermissionType>> = new Map(
  ROLES.map((role) => [role, new Map(MODULES.map((module) => [module, deepFreeze(presentPermission(role, undefined, module))]))]),
);

function deepFreeze(p: ModulePermissionType): ModulePermissionType {
  Object.freeze(p.seeLevels);
  Object.freeze(p.editLevels);
  Object.freeze(p.locked);
  return Object.freeze(p);
}

/** Role ∪ stored for every module, in MODULES order, with what the role locks. */
function presentPermissions(role: Role, stored: readonly ModulePermission[]): ModulePermissionType[] {
  const roleOnly = ROLE_ONLY.get(role);
  const shown: ModulePermissionType[] = [];
  for (const module of MODULES) {
    let own: ModulePermission | undefined;
    for (const p of stored) if (p.module === module) own = own ?? p;
    shown.push(own === undefined ? (roleOnly?.get(module) ?? presentPermission(role, undefined, module)) : presentPermission(role, own, module));
  }
  return shown;
}

/** Whitelists what the API shows of an employee (no column leaks by accident). */
export function presentEmployee(row: EmployeeViewRow): EmployeeType {
  return {
    id: row.id,
    isActive: row.is_active,
    firstName: row.first_name,
    surname: row.surname,
    fullName: `${row.first_name} ${row.surname}`.trim(),
    email: row.email,
    role: row.role,
    invitationState: row.invitation_state,
    invitedAt: row.invited_at,
    lastLoginAt: row.last_login_at,
    termsAcceptedAt: row.terms_accepted_at,
    termsAcceptedVersion: row.terms_accepted_version,
    createdAt: row.created_at,
    department: row.department_id !== null && row.department_name !== null ? { id: row.department_id, name: row.department_name } : null,
    // The query builds each group with exactly these keys (json_build_object): no copy needed.
    userGroups: row.groups,
    permissions: presentPermissions(row.role, row.permissions),
  };
}
