import { SEARCH_MAX_LENGTH } from '@gatehouse/contracts';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { connectionOf } from '../../platform/graphql/connection';
import { UserError } from '../../platform/graphql/user-error.type';
import type { UserGroupRow } from './user-group.queries';

@ObjectType('UserGroup', { description: 'A custom group of employees; groups own items or have items shared with them.', simpleResolvers: true })
export class UserGroupType {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Unique in the account, regardless of case.' })
  name: string;

  @Field({ description: 'What the group is for.' })
  description: string;

  /** Set when the query that loaded it already counted members; else the field resolver counts. */
  knownMemberCount?: number | null;
}

export const UserGroupConnection = connectionOf(UserGroupType, 'UserGroup', 'user group');

/** Whitelists what the API shows of a group. */
export function presentUserGroup(row: UserGroupRow): UserGroupType {
  return { id: row.id, name: row.name, description: row.description, knownMemberCount: row.member_count };
}

@InputType({ description: 'Narrows the user group list.' })
export class UserGroupFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive.' })
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;
}

@InputType({ description: 'A new user group.' })
export class CreateUserGroupInput {
  @Field({ description: 'Its name.' })
  name: string;

  @Field({ defaultValue: '', description: 'What it is for.' })
  description: string;
}

@InputType({ description: 'Change a user group; omitted fields stay.' })
export class UpdateUserGroupInput {
  @Field(() => ID, { description: 'The group.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The new name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The new description.' })
  description?: string | null;
}

@InputType({ description: 'Delete a user group; its members stay.' })
export class DeleteUserGroupInput {
  @Field(() => ID, { description: 'The group.' })
  id: string;
}

@InputType({ description: 'Add and remove members of a group.' })
export class SetUserGroupMembersInput {
  @Field(() => ID, { description: 'The group.' })
  groupId: string;

  @Field(() => [ID], { defaultValue: [], description: 'Employees to add.' })
  @ArrayMaxSize(1000)
  addEmployeeIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Employees to remove.' })
  @ArrayMaxSize(1000)
  removeEmployeeIds: string[];
}

@ObjectType({ description: 'Result of a change to a user group.' })
export class UserGroupPayload {
  @Field(() => UserGroupType, { nullable: true, description: 'The group as saved; null when nothing was written.' })
  userGroup?: UserGroupType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of deleting a user group.' })
export class DeleteUserGroupPayload {
  @Field(() => ID, { nullable: true, description: 'The id deleted; null when nothing was deleted.' })
  deletedId?: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  userErrors: UserError[];
}
