import type { EntityManager } from 'typeorm';
import { isUuid } from '../../platform/db/uuid';
import { DeleteChallengeEntity } from './delete-challenge.entity';

/** Stores a challenge and returns it. */
export async function insertChallenge(
  m: EntityManager,
  values: { accountId: string; actorEmployeeId: string; subjectType: string; subjectIds: string[]; code: string; expiresAt: Date },
): Promise<DeleteChallengeEntity> {
  const result = await m.insert(DeleteChallengeEntity, values);
  const id: unknown = result.identifiers[0]?.id;
  if (typeof id !== 'string') throw new Error('challenge insert returned no id');
  return m.findOneByOrFail(DeleteChallengeEntity, { id });
}

/** Locks the actor's own unused challenge, or null. */
export async function findChallengeForUpdate(m: EntityManager, accountId: string, actorEmployeeId: string, id: string): Promise<DeleteChallengeEntity | null> {
  if (!isUuid(id)) return null;
  return m
    .createQueryBuilder(DeleteChallengeEntity, 'c')
    .setLock('pessimistic_write')
    .where('c.id = :id AND c.account_id = :accountId AND c.actor_employee_id = :actorEmployeeId AND c.used_at IS NULL', { id, accountId, actorEmployeeId })
    .getOne();
}

/** Marks a challenge used. */
export async function markChallengeUsed(m: EntityManager, id: string): Promise<void> {
  await m.update(DeleteChallengeEntity, { id }, { usedAt: () => 'now()' });
}
