import type { AccountPrincipal } from '@gatehouse/access';
import { isUuid } from '../../platform/db/uuid';
import type { Tx } from '../../platform/db/unit-of-work';
import type { DeleteSubject } from './delete-subject';

export interface DeleteChallengeRow {
  id: string;
  subject_type: DeleteSubject;
  subject_ids: string[];
  code: string;
  expires_at: Date;
}

const COLUMNS = 'id, subject_type, subject_ids, code, expires_at';

/** The actor columns of a challenge: exactly one of employee and API token is set. */
function actorColumns(actor: AccountPrincipal): [string | null, string | null] {
  return actor.kind === 'employee' ? [actor.employeeId, null] : [null, actor.apiTokenId];
}

/** Stores a challenge and returns it. */
export async function insertChallenge(
  tx: Tx,
  values: { actor: AccountPrincipal; subjectType: DeleteSubject; subjectIds: string[]; code: string; expiresAt: Date },
): Promise<DeleteChallengeRow> {
  const rows: DeleteChallengeRow[] = await tx.query(
    `INSERT INTO delete_challenges (account_id, actor_employee_id, actor_api_token_id, subject_type, subject_ids, code, expires_at)
     VALUES ($1, $2, $3, $4, $5::uuid[], $6, $7) RETURNING ${COLUMNS}`,
    [values.actor.accountId, ...actorColumns(values.actor), values.subjectType, values.subjectIds, values.code, values.expiresAt],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('challenge insert returned no row');
  return row;
}

/** Locks the actor's own unused challenge, or null. */
export async function findChallengeForUpdate(tx: Tx, actor: AccountPrincipal, id: string): Promise<DeleteChallengeRow | null> {
  if (!isUuid(id)) return null;
  const rows: DeleteChallengeRow[] = await tx.query(
    `SELECT ${COLUMNS} FROM delete_challenges
      WHERE id = $1 AND account_id = $2 AND actor_employee_id IS NOT DISTINCT FROM $3
        AND actor_api_token_id IS NOT DISTINCT FROM $4 AND used_at IS NULL FOR UPDATE`,
    [id, actor.accountId, ...actorColumns(actor)],
  );
  return rows[0] ?? null;
}

/** Marks a challenge used. */
export async function markChallengeUsed(tx: Tx, id: string): Promise<void> {
  await tx.query('UPDATE delete_challenges SET used_at = now() WHERE id = $1', [id]);
}

/** Counts a wrong number; the challenge is burned (used) at `max`. Returns the tries left. */
export async function recordWrongNumber(tx: Tx, id: string, max: number): Promise<number> {
  const rows: { failed_attempts: number }[] = await tx.query(
    `UPDATE delete_challenges SET failed_attempts = failed_attempts + 1,
            used_at = CASE WHEN failed_attempts + 1 >= $2 THEN now() ELSE used_at END
      WHERE id = $1 RETURNING failed_attempts`,
    [id, max],
  );
  return Math.max(0, max - (rows[0]?.failed_attempts ?? max));
}
