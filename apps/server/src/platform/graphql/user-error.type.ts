import { USER_ERROR_CODES, type UserErrorCode } from '@gatehouse/contracts';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

const UserErrorCodeEnum = Object.fromEntries(USER_ERROR_CODES.map((c) => [c, c])) as { [K in UserErrorCode]: K };
registerEnumType(UserErrorCodeEnum, {
  name: 'UserErrorCode',
  description: 'Why an expected failure happened; stable for clients to switch on.',
  valuesConfig: Object.fromEntries(
    USER_ERROR_CODES.map((c) => [c, { description: `The ${c.toLowerCase().replace(/_/g, ' ')} failure.` }]),
  ),
});

@ObjectType({ description: 'An expected failure (validation, duplicate, a rule of the permission model). Nothing was written.', simpleResolvers: true })
export class UserError {
  @Field(() => String, { nullable: true, description: 'The input field the error belongs to (dotted path), or null for the whole input.' })
  field: string | null;

  @Field({ description: 'A sentence for people.' })
  message: string;

  @Field(() => UserErrorCodeEnum, { description: 'A code for programs.' })
  code: UserErrorCode;
}
