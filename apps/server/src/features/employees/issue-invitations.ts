import { INVITATION_VALID_DAYS } from '@gatehouse/contracts';
import type { AuditActor } from '../../platform/audit/audit-writer';
import { hashToken, newToken } from '../../platform/auth/secrets';
import type { Tx } from '../../platform/db/unit-of-work';
import * as q from './invitation.queries';

/** How long an invitation link works after it is sent. */
export const INVITATION_TTL_MS = INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000;

/** Someone to invite, already checked by the caller (allowed, active, not yet accepted). */
export interface Invitee {
  readonly id: string;
  readonly email: string;
  readonly first_name: string;
  readonly surname: string;
}

/**
 * Sends invitations inside the caller's unit of work: supersedes each person's earlier live
 * link, stores the new links' hashes, marks them INVITED with the time, queues one email each
 * (the only place the raw token goes) and audits each. Nothing is sent unless it all commits.
 */
export async function issueInvitations(
  tx: Tx,
  args: { accountId: string; invitedBy: string | null; now: Date; people: readonly Invitee[]; actor?: AuditActor },
): Promise<void> {
  const { accountId, now, people } = args;
  if (people.length === 0) return;
  const ids = people.map((p) => p.id);
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const tokens = people.map((p) => ({ person: p, token: newToken() }));
  const superseded = await q.supersedeLiveInvitations(tx, accountId, ids, now);
  await q.insertInvitations(tx, accountId, tokens.map((t) => ({ employeeId: t.person.id, tokenHash: hashToken(t.token) })), now, expiresAt);
  await q.markEmployeesInvited(tx, accountId, ids, now);
  await tx.mail(
    ...tokens.map((t) => ({
      accountId,
      to: t.person.email,
      template: 'invitation' as const,
      data: { firstName: t.person.first_name, invitedBy: args.invitedBy, token: t.token, expiresAt: expiresAt.toISOString() },
    })),
  );
  await tx.auditMany(
    people.map((p) => ({
      action: 'employee.invited',
      targetId: p.id,
      data: { targetName: `${p.first_name} ${p.surname}`, email: p.email, expiresAt: expiresAt.toISOString(), resent: superseded.has(p.id) },
    })),
    args.actor,
  );
}
