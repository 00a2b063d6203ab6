import { Field, ID, ObjectType } from 'type-graphql';
import { connectionOf } from '../../platform/graphql/connection';
import type { ExternalUserRow } from './external-user.queries';

@ObjectType('ExternalUser', { description: 'A contractor or steward without a full login: they reach only the jobs and incidents assigned to them.', simpleResolvers: true })
export class ExternalUserType {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Given name.' })
  firstName: string;

  @Field({ description: 'Family name.' })
  lastName: string;

  @Field({ description: 'First name and last name.' })
  fullName: string;

  @Field({ description: 'Email, normalised; unique in the account among employees and external users, fixed once the external user exists.' })
  email: string;

  @Field({ description: 'When the external user was added.' })
  createdAt: Date;

  @Field({ description: 'When the external user was last changed.' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a browser of theirs last entered a correct one-time code in the portal; null if never.' })
  lastVerifiedAt: Date | null;
}

export const ExternalUserConnection = connectionOf(ExternalUserType, 'ExternalUser', 'external user');

/** Whitelists what the API shows of an external user row. */
export function presentExternalUser(row: ExternalUserRow): ExternalUserType {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    fullName: `${row.first_name} ${row.last_name}`,
    email: row.email,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastVerifiedAt: row.last_verified_at,
  };
}
