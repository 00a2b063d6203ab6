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

/** True when an account of this name exists, compared case-insensitively. */
export async function accountNameTaken(db: Reader, name: string): Promise<boolean> {
  const rows: unknown[] = await db.query('SELECT 1 FROM accounts WHERE lower(name) = lower($1) LIMIT 1', [name]);
  return rows.length > 0;
}

export interface AccountSummaryRow {
  id: string;
  name: string;
  employees: number;
  created_at: Date;
}

/** Every account, oldest first, with its number of employees (the counter the employee triggers keep). */
export function listAccountSummaries(db: Reader): Promise<AccountSummaryRow[]> {
  return db.query(
    `SELECT a.id, a.name, coalesce(c.employees, 0)::int AS employees, a.created_at
       FROM accounts a LEFT JOIN employee_counts c ON c.account_id = a.id
      ORDER BY a.created_at, a.id`,
  );
}
