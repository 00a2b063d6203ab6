import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@gatehouse/contracts';
import type { SettingsArea } from '@gatehouse/access';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { SettingsAreaEnum } from '../../platform/graphql/access-enums';
import { UserError } from '../../platform/graphql/user-error.type';
import { AccountType } from '../accounts';
import { EmployeeType } from '../employees';

@ObjectType('Viewer', { description: 'The logged-in person, in the account their session is acting in.' })
export class ViewerType {
  @Field(() => ID, { description: 'Their login (one across all their accounts).' })
  identityId: string;

  @Field({ description: 'Their login email.' })
  email: string;

  @Field(() => AccountType, { description: 'The account the session acts in.' })
  account: AccountType;

  @Field(() => [AccountType], { description: 'Every account they may switch to.' })
  accounts: AccountType[];

  @Field(() => EmployeeType, { description: 'Their employee record in the current account.' })
  employee: EmployeeType;

  @Field(() => [SettingsAreaEnum], { description: 'The settings areas their role may manage (menus follow this).' })
  settingsAreas: SettingsArea[];

  @Field({ description: "True until they accept the account's current terms of use (`termsOfUse`, then `acceptTerms`); meanwhile every other operation is refused with TERMS_NOT_ACCEPTED." })
  mustAcceptTerms: boolean;
}

@InputType({ description: 'Email and password.' })
export class LoginInput {
  @Field({ description: 'Login email (any case).' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field({ description: 'Password.' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType({ description: 'Switch the session to another of your accounts.' })
export class SwitchAccountInput {
  @Field(() => ID, { description: 'One of Viewer.accounts.' })
  accountId: string;
}

@ObjectType({ description: 'Result of logging in, setting up, or switching account.' })
export class ViewerPayload {
  @Field(() => ViewerType, { nullable: true, description: 'The logged-in person; null when it failed.' })
  viewer?: ViewerType | null;

  @Field(() => [UserError], { description: 'Why it failed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of logging out.' })
export class LogoutPayload {
  @Field({ description: 'True once the session has ended.' })
  ok: boolean;

  @Field(() => [UserError], { description: 'Always empty; present for the payload convention.' })
  userErrors: UserError[];
}
