import type { Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';

export interface TermsRow {
  text: string | null;
  version: number;
  published_at: Date;
}

const TERMS_SQL = 'SELECT terms_text AS text, terms_version AS version, terms_published_at AS published_at FROM accounts WHERE id = $1';

/** The account's current terms of use. */
export async function findTerms(db: Reader, accountId: string): Promise<TermsRow | null> {
  const rows: TermsRow[] = await db.query(TERMS_SQL, [accountId]);
  return rows[0] ?? null;
}

/** The same, locked against a publication until the caller commits (an acceptance names the version it saw). */
export async function findTermsForShare(tx: Tx, accountId: string): Promise<TermsRow | null> {
  const rows: TermsRow[] = await tx.query(`${TERMS_SQL} FOR SHARE`, [accountId]);
  return rows[0] ?? null;
}

/** The same, locked for a change of the terms. */
export async function findTermsForUpdate(tx: Tx, accountId: string): Promise<TermsRow | null> {
  const rows: TermsRow[] = await tx.query(`${TERMS_SQL} FOR UPDATE`, [accountId]);
  return rows[0] ?? null;
}

/** Replaces the text; a new version also raises the version and its publication time. */
export async function writeTerms(tx: Tx, accountId: string, text: string, asNewVersion: boolean, now: Date): Promise<TermsRow> {
  const rows: TermsRow[] = await tx.query(
    `UPDATE accounts SET terms_text = $2,
            terms_version = terms_version + CASE WHEN $3::boolean THEN 1 ELSE 0 END,
            terms_published_at = CASE WHEN $3::boolean THEN $4 ELSE terms_published_at END
      WHERE id = $1
     RETURNING terms_text AS text, terms_version AS version, terms_published_at AS published_at`,
    [accountId, text, asNewVersion, now],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('terms update found no account');
  return row;
}

/** Records that the employee accepted this version of the terms, now. */
export async function recordAcceptance(tx: Tx, accountId: string, employeeId: string, version: number, at: Date): Promise<void> {
  await tx.query('UPDATE employees SET terms_accepted_version = $3, terms_accepted_at = $4 WHERE account_id = $1 AND id = $2', [
    accountId,
    employeeId,
    version,
    at,
  ]);
}

/** The version of the terms the employee accepted last, or null. */
export async function acceptedVersion(db: Reader, accountId: string, employeeId: string): Promise<number | null> {
  const rows: { v: number | null }[] = await db.query('SELECT terms_accepted_version AS v FROM employees WHERE account_id = $1 AND id = $2', [
    accountId,
    employeeId,
  ]);
  return rows[0]?.v ?? null;
}
