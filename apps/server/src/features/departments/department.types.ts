import { SEARCH_MAX_LENGTH } from '@gatehouse/contracts';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { connectionOf } from '../../platform/graphql/connection';
import { UserError } from '../../platform/graphql/user-error.type';
import type { DepartmentRow } from './department.queries';

@ObjectType('Department', { description: 'A named unit of the account; employees belong to at most one.', simpleResolvers: true })
export class DepartmentType {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Unique in the account, regardless of case.' })
  name: string;

  /** Set when the query that loaded it already counted members; else the field resolver counts. */
  knownMemberCount?: number | null;
}

export const DepartmentConnection = connectionOf(DepartmentType, 'Department', 'department');

/** Whitelists what the API shows of a department. */
export function presentDepartment(row: DepartmentRow): DepartmentType {
  return { id: row.id, name: row.name, knownMemberCount: row.member_count };
}

@InputType({ description: 'Narrows the department list.' })
export class DepartmentFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive.' })
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;
}

@InputType({ description: 'A new department.' })
export class CreateDepartmentInput {
  @Field({ description: 'Its name.' })
  name: string;
}

@InputType({ description: 'Rename a department.' })
export class UpdateDepartmentInput {
  @Field(() => ID, { description: 'The department.' })
  id: string;

  @Field({ description: 'The new name.' })
  name: string;
}

@InputType({ description: 'Delete a department; its employees stay, without a department.' })
export class DeleteDepartmentInput {
  @Field(() => ID, { description: 'The department.' })
  id: string;
}

@ObjectType({ description: 'Result of creating or renaming a department.' })
export class DepartmentPayload {
  @Field(() => DepartmentType, { nullable: true, description: 'The department as saved; null when nothing was written.' })
  department?: DepartmentType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of deleting a department.' })
export class DeleteDepartmentPayload {
  @Field(() => ID, { nullable: true, description: 'The id deleted; null when nothing was deleted.' })
  deletedId?: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  userErrors: UserError[];
}
