import type { Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';
import type { TermsAudience } from './terms-audience';

export interface TermsRow {
  text: string | null;
  version: number;
  published_at: Date;
}

/** The account's columns of each audience's terms; names from code, spliced into SQL. */
const COLUMNS: Readonly<Record<TermsAudience, { text: string; version: string; publishedAt: string }>> = {
  EMPLOYEES: { text: 'terms_text', version: 'terms_version', publishedAt: 'terms_published_at' },
  EXTERNAL_USERS: { text: 'external_terms_text', version: 'external_terms_version', publishedAt: 'external_terms_published_at' },
};

function termsSql(audience: TermsAudience): string {
  const c = COLUMNS[audience];
  return `SELECT ${c.text} AS text, ${c.version} AS version, ${c.publishedAt} AS published_at FROM accounts WHERE id = $1`;
}

/** The account's current terms of use for `audience`. */
export async function findTerms(db: Reader, accountId: string, audience: TermsAudience = 'EMPLOYEES'): Promise<TermsRow | null> {
  const rows: TermsRow[] = await db.query(termsSql(audience), [accountId]);
  return rows[0] ?? null;
}

/** The same, locked against a publication until the caller commits (an acceptance names the version it saw). */
export async function findTermsForShare(tx: Tx, accountId: string, audience: TermsAudience = 'EMPLOYEES'): Promise<TermsRow | null> {
  const rows: TermsRow[] = await tx.query(`${termsSql(audience)} FOR SHARE`, [accountId]);
  return rows[0] ?? null;
}

/** The same, locked for a change of the terms. */
export async function findTermsForUpdate(tx: Tx, accountId: string, audience: TermsAudience = 'EMPLOYEES'): Promise<TermsRow | null> {
  const rows: TermsRow[] = await tx.query(`${termsSql(audience)} FOR UPDATE`, [accountId]);
  return rows[0] ?? null;
}

/** Replaces the audience's text; a new version also raises its version and publication time. */
export async function writeTerms(tx: Tx, accountId: string, audience: TermsAudience, text: string, asNewVersion: boolean, now: Date): Promise<TermsRow> {
  const c = COLUMNS[audience];
  const rows: TermsRow[] = await tx.query(
    `UPDATE accounts SET ${c.text} = $2,
            ${c.version} = ${c.version} + CASE WHEN $3::boolean THEN 1 ELSE 0 END,
            ${c.publishedAt} = CASE WHEN $3::boolean THEN $4 ELSE ${c.publishedAt} END
      WHERE id = $1
     RETURNING ${c.text} AS text, ${c.version} AS version, ${c.publishedAt} AS published_at`,
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
