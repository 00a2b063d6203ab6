import type { AccountPrincipal } from '@gatehouse/access';
import { newNumericCode, safeEqual } from '../../platform/auth/secrets';
import type { Tx } from '../../platform/db/unit-of-work';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError } from '../../platform/graphql/domain-error';
import * as challenges from './delete-challenge.queries';
import type { DeleteChallengeRow } from './delete-challenge.queries';
import type { DeleteSubject } from './delete-subject';

/** The challenge expires after 5 minutes and works once. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
/** Wrong numbers a challenge survives: guessing 4 digits must not be a matter of patience. */
export const CHALLENGE_MAX_WRONG_NUMBERS = 3;
const CODE_DIGITS = 4;

/** What a kind of people plugs into the two steps of Delete. */
export interface DeletionOf<Row> {
  readonly subject: DeleteSubject;
  /** The input field holding the ids, where a changed selection is reported. */
  readonly idsField: string;
  /** Locks the targets and checks every rule (throws DomainErrors); missing or other accounts' ids are NOT_FOUND. */
  readonly loadDeletable: (tx: Tx, actor: AccountPrincipal, ids: string[]) => Promise<Row[]>;
  /** Deletes the loaded targets and audits it. */
  readonly remove: (tx: Tx, actor: AccountPrincipal, rows: Row[]) => Promise<void>;
}

/** Step one of Delete: check the deletion is allowed now and issue a code for exactly this set. */
export function requestChallenge<Row>(ctx: RequestCtx, actor: AccountPrincipal, kind: DeletionOf<Row>, rawIds: readonly string[]): Promise<DeleteChallengeRow> {
  const ids = sortedUnique(rawIds);
  return ctx.uow(async (tx) => {
    await kind.loadDeletable(tx, actor, ids);
    return challenges.insertChallenge(tx, {
      actor,
      subjectType: kind.subject,
      subjectIds: ids,
      code: newNumericCode(CODE_DIGITS),
      expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS),
    });
  });
}

/**
 * Step two: delete with the typed code, only the set the challenge was issued for, of its
 * kind, by the actor (admin or API token) it was issued to. Returns the deleted ids.
 */
export async function deleteConfirmed<Row>(
  ctx: RequestCtx,
  actor: AccountPrincipal,
  kind: DeletionOf<Row>,
  input: { ids: readonly string[]; challengeId: string; code: string },
): Promise<string[]> {
  const ids = sortedUnique(input.ids);
  // A wrong number must be counted even though the deletion fails, so the count commits and
  // the error is raised after the unit of work instead of rolling it back.
  const outcome = await ctx.uow(async (tx): Promise<{ deleted: string[] } | { wrongNumber: DomainError }> => {
    const challenge = await challenges.findChallengeForUpdate(tx, actor, input.challengeId);
    if (!challenge || challenge.subject_type !== kind.subject) throw new DomainError('CHALLENGE_INVALID', 'challengeId', 'This confirmation is not valid; start the deletion again.');
    if (challenge.expires_at.getTime() <= Date.now()) throw new DomainError('CHALLENGE_EXPIRED', 'challengeId', 'This confirmation expired; start the deletion again.');
    if (!sameIds(challenge.subject_ids, ids)) throw new DomainError('CHALLENGE_MISMATCH', kind.idsField, 'The selection changed since the confirmation was made; start again.');
    if (!safeEqual(challenge.code, input.code.trim())) {
      const left = await challenges.recordWrongNumber(tx, challenge.id, CHALLENGE_MAX_WRONG_NUMBERS);
      const message = left > 0 ? `That is not the number shown (${left} ${left === 1 ? 'try' : 'tries'} left).` : 'That is not the number shown, and too many were wrong; start the deletion again.';
      return { wrongNumber: new DomainError('CHALLENGE_INVALID', 'code', message) };
    }
    const rows = await kind.loadDeletable(tx, actor, ids);
    await kind.remove(tx, actor, rows);
    await challenges.markChallengeUsed(tx, challenge.id);
    return { deleted: ids };
  });
  if ('wrongNumber' in outcome) throw outcome.wrongNumber;
  return outcome.deleted;
}

function sortedUnique(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
