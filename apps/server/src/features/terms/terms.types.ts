import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../platform/graphql/user-error.type';
import { ViewerType } from '../viewer';
import { TermsAudienceEnum, type TermsAudience } from './terms-audience';

@ObjectType('TermsOfUse', { description: "An account's terms of use for one audience: employees accept theirs before using the account, external users theirs in the portal.", simpleResolvers: true })
export class TermsOfUseType {
  @Field(() => TermsAudienceEnum, { description: 'Who these terms are for.' })
  audience: TermsAudience;

  @Field({ description: 'The text (plain text; blank lines separate paragraphs).' })
  text: string;

  @Field(() => Int, { description: 'Raised each time a new version is published; everyone accepts each version.' })
  version: number;

  @Field({ description: 'When this version was published.' })
  publishedAt: Date;

  @Field({ description: "True while the account has not written its own terms and Gatehouse's built-in text applies." })
  isDefault: boolean;
}

@InputType({ description: 'Accept the terms of use as read.' })
export class AcceptTermsInput {
  @Field(() => Int, { description: 'The version that was shown (`termsOfUse.version`); another version is refused.' })
  version: number;
}

@InputType({ description: "Change the account's terms of use." })
export class UpdateTermsOfUseInput {
  @Field(() => TermsAudienceEnum, { nullable: true, description: 'Whose terms: the employees’ when omitted.' })
  audience?: TermsAudience | null;

  @Field({ description: 'The full text.' })
  text: string;

  @Field({
    description:
      'True: publish as a new version, which everyone of its audience must accept again before going on. False: correct the current version (a typo) without asking anyone again.',
  })
  asNewVersion: boolean;
}

@ObjectType({ description: 'Result of accepting the terms of use.' })
export class AcceptTermsPayload {
  @Field(() => ViewerType, { nullable: true, description: 'The viewer, who may now use the account; null when it failed.' })
  viewer?: ViewerType | null;

  @Field(() => [UserError], { description: 'Why it failed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of changing the terms of use.' })
export class UpdateTermsOfUsePayload {
  @Field(() => TermsOfUseType, { nullable: true, description: 'The terms as now published; null when it failed.' })
  termsOfUse?: TermsOfUseType | null;

  @Field(() => [UserError], { description: 'Why it failed; empty on success.' })
  userErrors: UserError[];
}
