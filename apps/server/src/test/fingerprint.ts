import type { DataSource } from 'typeorm';

/** The tables an admin change writes; a refused request must leave every one byte-for-byte as it was. */
const TABLES = [
  'accounts',
  'identities',
  'employees',
  'employee_module_permissions',
  'departments',
  'user_groups',
  'user_group_members',
  'audit_events',
  'delete_challenges',
  'password_reset_tokens',
  'invitations',
  'mail_outbox',
  'api_tokens',
  'external_users',
  'account_emails',
  'items',
  'item_shared_groups',
  'item_employee_assignments',
  'item_checklist_entries',
  'external_users',
  'account_emails',
  'password_reset_tokens',
] as const;

export type FingerprintTable = (typeof TABLES)[number];

/**
 * What counts of a table when it is not every column. A token's last use is bookkeeping that
 * any authenticated request may move, refused or not; everything else about a token counts.
 */
const ROWS: Partial<Record<FingerprintTable, string>> = {
  api_tokens: '(SELECT id, account_id, name, role, token_hash, created_by_employee_id, created_at, expires_at, revoked_at, revoked_by_employee_id FROM api_tokens)',
};

/** A digest of the whole content of every admin-written table. */
export async function fingerprint(db: DataSource): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const rows: { digest: string | null; n: number }[] = await db.query(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest, count(*)::int AS n FROM ${ROWS[table] ?? table} t`,
    );
    result[table] = `${rows[0]?.n}:${rows[0]?.digest}`;
  }
  return result;
}

/** The tables whose content differs between two fingerprints. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): FingerprintTable[] {
  return TABLES.filter((table) => before[table] !== after[table]);
}
