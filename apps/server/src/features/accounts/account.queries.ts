import type { Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';

export interface AccountRow {
  id: string;
  name: string;
}

/** Creates an account and returns its id. */
export async function insertAccount(tx: Tx, name: string): Promise<string> {
  const rows: { id: string }[] = await tx.query('INSERT INTO accounts (name) VALUES ($1) RETURNING id', [name]);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('account insert returned no id');
  return id;
}

/** One account, or null. */
export async function findAccount(db: Reader, accountId: string): Promise<AccountRow | null> {
  const rows: AccountRow[] = await db.query('SELECT id, name FROM accounts WHERE id = $1', [accountId]);
  return rows[0] ?? null;
}

/** True while no account exists: the database is new. */
export async function hasNoAccounts(db: Reader): Promise<boolean> {
  const rows: unknown[] = await db.query('SELECT 1 FROM accounts LIMIT 1');
  return rows.length === 0;
}

/** One account, locked for a change. */
export async function findAccountForUpdate(tx: Tx, accountId: string): Promise<AccountRow | null> {
  const rows: AccountRow[] = await tx.query('SELECT id, name FROM accounts WHERE id = $1 FOR UPDATE', [accountId]);
  return rows[0] ?? null;
}

/** Renames an account. */
export async function setAccountName(tx: Tx, accountId: string, name: string): Promise<void> {
  await tx.query('UPDATE accounts SET name = $2 WHERE id = $1', [accountId, name]);
}
