import type { InvitationState } from '@gatehouse/contracts';
import type { Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';

/** An invitation with what opening its link needs to know about the person and the account. */
export interface InvitationLinkRow {
  id: string;
  account_id: string;
  account_name: string;
  employee_id: string;
  identity_id: string;
  email: string;
  first_name: string;
  surname: string;
  is_active: boolean;
  invitation_state: InvitationState;
  has_password: boolean;
  expires_at: Date;
  used_at: Date | null;
  superseded_at: Date | null;
}

const LINK_SELECT = `
  SELECT i.id, i.account_id, a.name AS account_name, i.employee_id, e.identity_id, e.email, e.first_name, e.surname,
         e.is_active, e.invitation_state, (id_.password_hash IS NOT NULL) AS has_password,
         i.expires_at, i.used_at, i.superseded_at
    FROM invitations i
    JOIN employees e ON e.id = i.employee_id AND e.account_id = i.account_id
    JOIN accounts a ON a.id = i.account_id
    JOIN identities id_ ON id_.id = e.identity_id
   WHERE i.token_hash = $1`;

/** The invitation whose token has this hash, with its person and account; null for an unknown token. */
export async function findInvitationLink(db: Reader, tokenHash: string): Promise<InvitationLinkRow | null> {
  const rows: InvitationLinkRow[] = await db.query(LINK_SELECT, [tokenHash]);
  return rows[0] ?? null;
}

/**
 * The same, locking the invitation and the employee: two accepts of one link queue here, and
 * the second sees the first one's used_at.
 */
export async function lockInvitationLink(tx: Tx, tokenHash: string): Promise<InvitationLinkRow | null> {
  const rows: InvitationLinkRow[] = await tx.query(`${LINK_SELECT} FOR UPDATE OF i, e`, [tokenHash]);
  return rows[0] ?? null;
}

/** Ends every live invitation of these employees (only the newest link may work); returns whose were ended. */
export async function supersedeLiveInvitations(tx: Tx, accountId: string, employeeIds: readonly string[], at: Date): Promise<Set<string>> {
  const rows: { employee_id: string }[] = await tx.query(
    `UPDATE invitations SET superseded_at = $3
      WHERE account_id = $1 AND employee_id = ANY($2::uuid[]) AND used_at IS NULL AND superseded_at IS NULL
      RETURNING employee_id`,
    [accountId, employeeIds, at],
  );
  return new Set(rows.map((r) => r.employee_id));
}

/** Stores new invitations (hashes only), one statement however many. */
export async function insertInvitations(
  tx: Tx,
  accountId: string,
  rows: readonly { employeeId: string; tokenHash: string }[],
  sentAt: Date,
  expiresAt: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO invitations (account_id, employee_id, token_hash, created_at, expires_at)
     SELECT $1, r.employee_id, r.token_hash, $3, $4
       FROM jsonb_to_recordset($2::jsonb) AS r(employee_id uuid, token_hash text)`,
    [accountId, JSON.stringify(rows.map((r) => ({ employee_id: r.employeeId, token_hash: r.tokenHash }))), sentAt, expiresAt],
  );
}

/** Marks employees invited, with the time the invitation was sent. */
export async function markEmployeesInvited(tx: Tx, accountId: string, employeeIds: readonly string[], at: Date): Promise<void> {
  await tx.query(
    `UPDATE employees SET invitation_state = 'INVITED', invited_at = $3, updated_at = now()
      WHERE account_id = $1 AND id = ANY($2::uuid[])`,
    [accountId, employeeIds, at],
  );
}

/** Uses up an invitation and makes the membership usable. */
export async function acceptInvitationRow(tx: Tx, invitation: Pick<InvitationLinkRow, 'id' | 'account_id' | 'employee_id'>, at: Date): Promise<void> {
  await tx.query('UPDATE invitations SET used_at = $2 WHERE id = $1', [invitation.id, at]);
  await tx.query(
    `UPDATE employees SET invitation_state = 'ACCEPTED', updated_at = now() WHERE account_id = $1 AND id = $2`,
    [invitation.account_id, invitation.employee_id],
  );
}
