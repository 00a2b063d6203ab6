import type { Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';
import type { EmailOwnerKind } from './email-owner';

/** Who holds this (normalised) email in the account, or null when nobody does. */
export async function emailOwnerKind(db: Reader, accountId: string, email: string): Promise<EmailOwnerKind | null> {
  const rows: { owner_kind: EmailOwnerKind }[] = await db.query('SELECT owner_kind FROM account_emails WHERE account_id = $1 AND email = $2', [accountId, email]);
  return rows[0]?.owner_kind ?? null;
}

/**
 * Frees an external user's email inside the caller's transaction, so the employee they are
 * promoted to can take it in the same transaction. Until that commits, a parallel claim of the
 * email waits on the key and then fails, so nobody else can take it in between.
 */
export async function releaseExternalUserEmail(tx: Tx, accountId: string, externalUserId: string, email: string): Promise<void> {
  await tx.query(`DELETE FROM account_emails WHERE account_id = $1 AND email = $2 AND owner_kind = 'external_user' AND owner_id = $3`, [accountId, email, externalUserId]);
}
