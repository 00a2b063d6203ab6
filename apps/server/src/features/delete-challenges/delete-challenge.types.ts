import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../platform/graphql/user-error.type';
import type { DeleteChallengeRow } from './delete-challenge.queries';

@ObjectType({ description: 'A code the admin must type to confirm a deletion.' })
export class DeleteChallengeType {
  @Field(() => ID, { description: 'Pass to the matching delete mutation (deleteEmployees or deleteExternalUsers).' })
  id: string;

  @Field({ description: 'The number to show and have typed back.' })
  code: string;

  @Field({ description: 'After this the challenge no longer works.' })
  expiresAt: Date;

  @Field(() => Int, { description: 'How many people would be deleted.' })
  count: number;
}

@ObjectType({ description: 'Result of asking for a delete challenge.' })
export class DeleteChallengePayload {
  @Field(() => DeleteChallengeType, { nullable: true, description: 'The challenge; null when the deletion is not allowed.' })
  challenge?: DeleteChallengeType | null;

  @Field(() => [UserError], { description: 'Why no challenge was made; empty on success.' })
  userErrors: UserError[];
}

/** What the API shows of a challenge (never whom it was issued to). */
export function presentChallenge(c: DeleteChallengeRow): { challenge: DeleteChallengeType } {
  return { challenge: { id: c.id, code: c.code, expiresAt: c.expires_at, count: c.subject_ids.length } };
}
