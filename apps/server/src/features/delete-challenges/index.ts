import { DeleteChallengeEntity } from './delete-challenge.entity';

export { CHALLENGE_MAX_WRONG_NUMBERS, CHALLENGE_TTL_MS, deleteConfirmed, requestChallenge, type DeletionOf } from './confirmed-deletion';
export { DeleteChallengePayload, DeleteChallengeType, presentChallenge } from './delete-challenge.types';
export type { DeleteSubject } from './delete-subject';
export type { DeleteChallengeRow } from './delete-challenge.queries';

/** The tables this feature owns, for the data source. */
export const DELETE_CHALLENGE_ENTITIES = [DeleteChallengeEntity];
