import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../platform/graphql/user-error.type';

@ObjectType('Account', { description: 'A tenant: one venue operator.', simpleResolvers: true })
export class AccountType {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: "The operator's name, shown in the header and in emails." })
  name: string;
}

@InputType({ description: 'A new name for the account the session acts in.' })
export class RenameAccountInput {
  @Field({ description: "The operator's name." })
  name: string;
}

@ObjectType({ description: 'Result of renaming the account.' })
export class RenameAccountPayload {
  @Field(() => AccountType, { nullable: true, description: 'The account as renamed; null when it failed.' })
  account?: AccountType | null;

  @Field(() => [UserError], { description: 'Why it failed; empty on success.' })
  userErrors: UserError[];
}
