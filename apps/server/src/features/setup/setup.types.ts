import { PASSWORD_MAX_LENGTH } from '@gatehouse/contracts';
import { MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Whether Gatehouse still needs its first-run setup.' })
export class SetupStatusType {
  @Field({ description: 'True until the first account exists.' })
  needsSetup: boolean;
}

@InputType({ description: 'First run: the account and its first account admin.' })
export class CompleteSetupInput {
  @Field({ description: 'The token from the setup link the server printed.' })
  @MaxLength(200)
  token: string;

  @Field({ description: "The venue operator's name." })
  accountName: string;

  @Field({ description: "The admin's first name." })
  firstName: string;

  @Field({ description: "The admin's surname." })
  surname: string;

  @Field({ description: "The admin's login email." })
  email: string;

  @Field({ description: 'At least 12 characters; not a common password, not the email.' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @Field({ description: 'The admin accepts the terms of use.' })
  acceptTerms: boolean;
}

