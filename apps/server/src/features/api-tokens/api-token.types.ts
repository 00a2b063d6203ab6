import type { Role } from '@gatehouse/access';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../platform/graphql/access-enums';
import { connectionOf } from '../../platform/graphql/connection';
import { registerDescribedEnum } from '../../platform/graphql/enum-values';
import { UserError } from '../../platform/graphql/user-error.type';
import type { ApiTokenRow } from './api-token.queries';

export const API_TOKEN_STATUSES = ['ACTIVE', 'EXPIRED', 'REVOKED'] as const;
export type ApiTokenStatus = (typeof API_TOKEN_STATUSES)[number];

export const ApiTokenStatusEnum = registerDescribedEnum(API_TOKEN_STATUSES, 'ApiTokenStatus', 'Whether an API token still works.', {
  ACTIVE: 'It authenticates requests.',
  EXPIRED: 'Its expiry has passed; requests with it are UNAUTHENTICATED.',
  REVOKED: 'An admin revoked it; requests with it are UNAUTHENTICATED.',
});

@ObjectType('ApiTokenCreator', { description: 'The person who created an API token.', simpleResolvers: true })
export class ApiTokenCreatorType {
  @Field(() => ID, { description: 'Their employee id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Their name now; null once the employee is deleted.' })
  fullName: string | null;
}

@ObjectType('ApiToken', {
  description: 'A client app’s credential for this API, sent as `Authorization: Bearer`. The secret itself is shown only once, when it is created.',
  simpleResolvers: true,
})
export class ApiTokenType {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'What the token is for, e.g. the client app’s name.' })
  name: string;

  @Field(() => RoleEnum, { description: 'The role whose rights the token has in this account (never ACCOUNT_ADMIN).' })
  role: Role;

  @Field(() => ApiTokenStatusEnum, { description: 'Whether it still works.' })
  status: ApiTokenStatus;

  @Field(() => ApiTokenCreatorType, { nullable: true, description: 'Who created it; null when that employee was deleted.' })
  createdBy: ApiTokenCreatorType | null;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it stops working; null: never.' })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last used, to the minute; null: never used.' })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it is not.' })
  revokedAt: Date | null;
}

export const ApiTokenConnection = connectionOf(ApiTokenType, 'ApiToken', 'API token');

/** Whitelists what the API shows of a token (never its hash); the status is judged at `now`. */
export function presentApiToken(row: ApiTokenRow, now: Date): ApiTokenType {
  const status: ApiTokenStatus =
    row.revoked_at !== null ? 'REVOKED' : row.expires_at !== null && row.expires_at.getTime() <= now.getTime() ? 'EXPIRED' : 'ACTIVE';
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    status,
    createdBy: row.created_by_id ? { id: row.created_by_id, fullName: row.created_by_name } : null,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What it is for, e.g. the client app’s name.' })
  name: string;

  @Field(() => RoleEnum, { description: 'The role whose rights it gets; ACCOUNT_ADMIN is refused (ROLE_NOT_ALLOWED).' })
  role: Role;

  @Field(() => Date, { nullable: true, description: 'When it stops working (in the future); omit or null: never.' })
  expiresAt?: Date | null;
}

@InputType({ description: 'Revoke an API token.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'The token.' })
  id: string;
}

@ObjectType({ description: 'Result of creating an API token.' })
export class CreateApiTokenPayload {
  @Field(() => ApiTokenType, { nullable: true, description: 'The token as saved; null when nothing was written.' })
  apiToken?: ApiTokenType | null;

  @Field(() => String, {
    nullable: true,
    description: 'The secret to send as `Authorization: Bearer <token>`. Shown only in this answer: only its hash is stored.',
  })
  token?: string | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of revoking an API token.' })
export class RevokeApiTokenPayload {
  @Field(() => ApiTokenType, { nullable: true, description: 'The token, now revoked; null when nothing was found.' })
  apiToken?: ApiTokenType | null;

  @Field(() => [UserError], { description: 'Why nothing was revoked; empty on success.' })
  userErrors: UserError[];
}
