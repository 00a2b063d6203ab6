import type { AccountPrincipal } from '@gatehouse/access';
import type { Tx } from '../../platform/db/unit-of-work';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError } from '../../platform/graphql/domain-error';
import { deleteConfirmed, requestChallenge, type DeleteChallengeRow, type DeletionOf } from '../delete-challenges';
import * as q from './external-user.queries';
import { runExternalUserRemovalSteps } from './promotion-handover';
import type { ExternalUserRow } from './external-user.queries';

/** External users as the two steps of Delete see them: the same challenge as employees, of its own kind. */
const EXTERNAL_USER_DELETION: DeletionOf<ExternalUserRow> = {
  subject: 'externalUsers',
  idsField: 'externalUserIds',
  loadDeletable,
  async remove(tx, actor, rows) {
    await runExternalUserRemovalSteps(tx, actor.accountId, rows.map((r) => r.id));
    await q.deleteExternalUsers(tx, actor.accountId, rows.map((r) => r.id));
    await tx.auditMany(
      rows.map((row) => ({ action: 'external_user.deleted', targetId: row.id, data: { targetName: `${row.first_name} ${row.last_name}`, email: row.email } })),
    );
  },
};

/** Step one of Delete: issue a code for exactly these external users. */
export function requestExternalUserDeleteChallenge(ctx: RequestCtx, externalUserIds: readonly string[]): Promise<DeleteChallengeRow> {
  return requestChallenge(ctx, authorize(ctx, 'delete', 'externalUsers'), EXTERNAL_USER_DELETION, externalUserIds);
}

/** Step two: delete with the typed code. */
export function deleteExternalUsers(ctx: RequestCtx, input: { externalUserIds: readonly string[]; challengeId: string; code: string }): Promise<string[]> {
  const actor = authorize(ctx, 'delete', 'externalUsers');
  return deleteConfirmed(ctx, actor, EXTERNAL_USER_DELETION, { ids: input.externalUserIds, challengeId: input.challengeId, code: input.code });
}

/** Locks the targets; missing or other accounts' ids are NOT_FOUND. */
async function loadDeletable(tx: Tx, actor: AccountPrincipal, ids: string[]): Promise<ExternalUserRow[]> {
  if (ids.length === 0) throw new DomainError('INVALID_INPUT', 'externalUserIds', 'Select at least one external user.');
  const rows = await q.lockExternalUsers(tx, actor.accountId, ids);
  if (rows.length !== ids.length) throw new DomainError('NOT_FOUND', 'externalUserIds', 'Some of the selected external users do not exist.');
  return rows;
}
