import { EXTERNAL_USER_ORDER_FIELDS, MAX_IDS_PER_REQUEST as MAX_IDS, SEARCH_MAX_LENGTH, type ExternalUserOrderField } from '@gatehouse/contracts';
import { ArrayMaxSize, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { OrderDirection } from '../../platform/graphql/connection';
import { registerDescribedEnum } from '../../platform/graphql/enum-values';
import { UserError } from '../../platform/graphql/user-error.type';
import { EmployeeType, NewEmployeeFieldsInput } from '../employees';
import { ExternalUserType } from './external-user.types';

export const ExternalUserOrderFieldEnum = registerDescribedEnum(EXTERNAL_USER_ORDER_FIELDS, 'ExternalUserOrderField', 'What to sort external users by.', {
  NAME: 'Last name, then first name.',
  EMAIL: 'Email address.',
  CREATED_AT: 'When they were added.',
});

@InputType({ description: 'Narrows the external user list.' })
export class ExternalUserFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or email, case-insensitive.' })
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;
}

@InputType({ description: 'Sort order of the external user list.' })
export class ExternalUserOrder {
  @Field(() => ExternalUserOrderFieldEnum, { description: 'The sort key.' })
  field: ExternalUserOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })
  direction: OrderDirection;
}

@InputType({ description: 'A new external user.' })
export class CreateExternalUserInput {
  @Field({ description: 'Given name.' })
  firstName: string;

  @Field({ description: 'Family name.' })
  lastName: string;

  @Field({ description: 'Their email; unique in the account among employees and external users, fixed afterwards.' })
  email: string;
}

@InputType({ description: 'Changes to an external user; omitted fields stay as they are. The email cannot change.' })
export class UpdateExternalUserInput {
  @Field(() => ID, { description: 'The external user.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Given name.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name.' })
  lastName?: string | null;
}

@InputType({ description: 'Ask for a confirmation code to delete exactly these external users.' })
export class RequestExternalUserDeleteChallengeInput {
  @Field(() => [ID], { description: 'The external users to delete.' })
  @ArrayMaxSize(MAX_IDS)
  externalUserIds: string[];
}

@InputType({ description: 'Delete external users, confirmed with the code of a challenge for exactly this set.' })
export class DeleteExternalUsersInput {
  @Field(() => [ID], { description: 'The external users to delete: the same set the challenge was made for.' })
  @ArrayMaxSize(MAX_IDS)
  externalUserIds: string[];

  @Field(() => ID, { description: 'The challenge from requestExternalUserDeleteChallenge.' })
  challengeId: string;

  @Field({ description: 'The number the admin typed.' })
  @MaxLength(20)
  code: string;
}

@InputType({ description: 'Make an external user an employee: the employee gets their email; the external user is removed.' })
export class PromoteExternalUserInput {
  @Field(() => ID, { description: 'The external user to promote.' })
  externalUserId: string;

  @Field(() => NewEmployeeFieldsInput, { description: 'The employee, as for createEmployee without the email (the external user\'s is used).' })
  @ValidateNested()
  employee: NewEmployeeFieldsInput;
}

@ObjectType({ description: 'Result of creating or updating one external user.' })
export class ExternalUserPayload {
  @Field(() => ExternalUserType, { nullable: true, description: 'The external user as saved; null when nothing was written.' })
  externalUser?: ExternalUserType | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of deleteExternalUsers.' })
export class DeleteExternalUsersPayload {
  @Field(() => [ID], { nullable: true, description: 'The ids deleted; null when nothing was deleted.' })
  deletedIds?: string[] | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of promoteExternalUser.' })
export class PromoteExternalUserPayload {
  @Field(() => EmployeeType, { nullable: true, description: 'The new employee; null when nothing was written.' })
  employee?: EmployeeType | null;

  @Field(() => ID, { nullable: true, description: 'The id of the external user that was removed; null when nothing was written.' })
  removedExternalUserId?: string | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors: UserError[];
}
