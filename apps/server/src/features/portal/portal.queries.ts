import type { ModuleKey } from '@gatehouse/access';
import type { ItemStatus } from '@gatehouse/contracts';
import type { Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';

/** The assignment a portal link names, with its item and external user. */
export interface PortalLinkRow {
  account_id: string;
  external_user_id: string;
  item_id: string;
  email: string;
  first_name: string;
  item_title: string;
  module: ModuleKey;
  item_status: ItemStatus;
}

/** The live assignment whose link token has this hash, or null (unassigned, deleted or never issued). */
export async function findLink(db: Reader, tokenHash: string): Promise<PortalLinkRow | null> {
  const rows: PortalLinkRow[] = await db.query(
    `SELECT xa.account_id, xa.external_user_id, xa.item_id, x.email, x.first_name, i.title AS item_title, i.module, i.status AS item_status
       FROM item_external_assignments xa
       JOIN external_users x ON x.id = xa.external_user_id
       JOIN items i ON i.id = xa.item_id
      WHERE xa.token_hash = $1`,
    [tokenHash],
  );
  return rows[0] ?? null;
}

/** The codes of the link's external user in a window: how many, the oldest and the newest. */
export interface RecentCodes {
  n: number;
  oldest: Date | null;
  newest: Date | null;
}

/** The link (as findLink) with the codes its external user was sent since `since`, in one read. */
export async function findLinkWithRecentCodes(db: Reader, tokenHash: string, since: Date): Promise<(PortalLinkRow & { codes: RecentCodes }) | null> {
  const rows: (PortalLinkRow & RecentCodes)[] = await db.query(
    `SELECT xa.account_id, xa.external_user_id, xa.item_id, x.email, x.first_name, i.title AS item_title, i.module, i.status AS item_status, c.n, c.oldest, c.newest
       FROM item_external_assignments xa
       JOIN external_users x ON x.id = xa.external_user_id
       JOIN items i ON i.id = xa.item_id
       CROSS JOIN LATERAL (SELECT count(*)::int AS n, min(created_at) AS oldest, max(created_at) AS newest
                             FROM portal_codes WHERE external_user_id = xa.external_user_id AND created_at > $2) c
      WHERE xa.token_hash = $1`,
    [tokenHash, since],
  );
  const row = rows[0];
  if (row === undefined) return null;
  const { n, oldest, newest, ...link } = row;
  return { ...link, codes: { n, oldest, newest } };
}

/** Locks the external user: code requests and verifications of one person queue here. */
export async function lockExternalUser(tx: Tx, accountId: string, externalUserId: string): Promise<boolean> {
  const rows: unknown[] = await tx.query('SELECT id FROM external_users WHERE account_id = $1 AND id = $2 FOR UPDATE', [accountId, externalUserId]);
  return rows.length > 0;
}

/** Codes sent to the external user since `since`: how many, the oldest and the newest. */
export async function codesSince(db: Reader, externalUserId: string, since: Date): Promise<RecentCodes> {
  const rows: RecentCodes[] = await db.query(
    'SELECT count(*)::int AS n, min(created_at) AS oldest, max(created_at) AS newest FROM portal_codes WHERE external_user_id = $1 AND created_at > $2',
    [externalUserId, since],
  );
  return rows[0] ?? { n: 0, oldest: null, newest: null };
}

/**
 * Stores a new code as the external user's only live one, in one statement: earlier codes are
 * marked used (a new code replaces them) and codes older than the counting window forgotten.
 */
export async function replaceCodes(
  tx: Tx,
  values: { accountId: string; externalUserId: string; codeHash: string; createdAt: Date; expiresAt: Date; forgetBefore: Date },
): Promise<void> {
  await tx.query(
    `WITH retired AS (UPDATE portal_codes SET used_at = $4 WHERE external_user_id = $2 AND used_at IS NULL AND created_at > $6),
          forgotten AS (DELETE FROM portal_codes WHERE external_user_id = $2 AND created_at <= $6)
     INSERT INTO portal_codes (account_id, external_user_id, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
    [values.accountId, values.externalUserId, values.codeHash, values.createdAt, values.expiresAt, values.forgetBefore],
  );
}

/**
 * Counts one entry against the external user's live code before it is compared, in one
 * statement: concurrent entries queue on the row and each sees the count the previous one
 * left, so no number of parallel requests or server instances gets more than `max` tries.
 * Null when there is no live code (none sent, expired, used, replaced, or out of tries).
 */
export async function takeCodeAttempt(tx: Tx, externalUserId: string, now: Date, max: number): Promise<{ id: string; code_hash: string; attempts: number } | null> {
  const rows: { id: string; code_hash: string; attempts: number }[] = await tx.query(
    `UPDATE portal_codes SET attempts = attempts + 1
      WHERE id = (SELECT id FROM portal_codes WHERE external_user_id = $1 AND used_at IS NULL AND expires_at > $2 ORDER BY created_at DESC LIMIT 1)
        AND used_at IS NULL AND expires_at > $2 AND attempts < $3
      RETURNING id, code_hash, attempts`,
    [externalUserId, now, max],
  );
  return rows[0] ?? null;
}

/** Marks a code used; false when another request used it first. */
export async function useCode(tx: Tx, id: string, now: Date): Promise<boolean> {
  const rows: unknown[] = await tx.query('UPDATE portal_codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id', [id, now]);
  return rows.length > 0;
}

/** Starts a verified browser's session and records the verification on the external user, in one statement. */
export async function insertSession(tx: Tx, values: { accountId: string; externalUserId: string; tokenHash: string; createdAt: Date; expiresAt: Date }): Promise<void> {
  await tx.query(
    `WITH verified AS (UPDATE external_users SET last_verified_at = $4 WHERE id = $2)
     INSERT INTO portal_sessions (account_id, external_user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
    [values.accountId, values.externalUserId, values.tokenHash, values.createdAt, values.expiresAt],
  );
}

/** A live portal session, with who it is for and where they stand with the terms. */
export interface PortalSessionRow {
  session_id: string;
  account_id: string;
  external_user_id: string;
  first_name: string;
  last_name: string;
  terms_accepted_version: number | null;
  /** The account's current version of the external users' terms. */
  terms_version: number;
}

/** The unexpired session whose token has this hash, or null; its external user must still exist. */
export async function findSession(db: Reader, tokenHash: string, now: Date): Promise<PortalSessionRow | null> {
  const rows: PortalSessionRow[] = await db.query(
    `SELECT s.id AS session_id, s.account_id, s.external_user_id, x.first_name, x.last_name, x.terms_accepted_version, a.external_terms_version AS terms_version
       FROM portal_sessions s
       JOIN external_users x ON x.id = s.external_user_id
       JOIN accounts a ON a.id = s.account_id
      WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [tokenHash, now],
  );
  return rows[0] ?? null;
}

export async function deleteSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.query('DELETE FROM portal_sessions WHERE id = $1', [sessionId]);
}

/** Ends every portal session and code of the external user. */
export async function endPortalAccess(tx: Tx, accountId: string, externalUserId: string): Promise<void> {
  await tx.query('DELETE FROM portal_sessions WHERE account_id = $1 AND external_user_id = $2', [accountId, externalUserId]);
  await tx.query('DELETE FROM portal_codes WHERE account_id = $1 AND external_user_id = $2', [accountId, externalUserId]);
}

/** Records that the external user accepted this version of the account's terms. */
export async function recordTermsAcceptance(tx: Tx, externalUserId: string, version: number, at: Date): Promise<void> {
  await tx.query('UPDATE external_users SET terms_accepted_version = $2, terms_accepted_at = $3 WHERE id = $1', [externalUserId, version, at]);
}
