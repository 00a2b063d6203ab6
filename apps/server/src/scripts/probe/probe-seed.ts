import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Seeds what the attacks need with plain SQL on the server's database, so the same probe
 * runs against any build whose tables have these columns.
 */
export class ProbeSeed {
  readonly run = randomBytes(3).toString('hex');

  private constructor(private readonly sql: Client) {}

  static async open(databaseUrl: string): Promise<ProbeSeed> {
    const sql = new Client({ connectionString: databaseUrl });
    await sql.connect();
    return new ProbeSeed(sql);
  }

  async close(): Promise<void> {
    await this.sql.end();
  }

  async query<R>(text: string, params: unknown[] = []): Promise<R[]> {
    return (await this.sql.query(text, params)).rows as R[];
  }

  /**
   * Forgets login failures counted against this machine's IP (every probe request comes from
   * 127.0.0.1), so each attack starts with the same budget whatever ran before it.
   */
  async resetLoopbackThrottle(): Promise<void> {
    const tables = await this.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_name IN ('throttle_buckets', 'login_failures')");
    for (const { name } of tables) {
      if (name === 'throttle_buckets') await this.query("DELETE FROM throttle_buckets WHERE key LIKE 'login:ip:%'");
      else await this.query("DELETE FROM login_failures WHERE ip IN ('127.0.0.1', '::1', '::ffff:127.0.0.1')");
    }
  }

  async account(name: string): Promise<string> {
    const [row] = await this.query<{ id: string }>('INSERT INTO accounts (name) VALUES ($1) RETURNING id', [`${name} ${this.run}`]);
    if (!row) throw new Error('no account');
    return row.id;
  }

  email(local: string): string {
    return `${local}.${this.run}@probe.example.com`;
  }

  /** An employee; `passwordHash` set on the identity when given. */
  async employee(accountId: string, email: string, opts: { role?: string; passwordHash?: string; invitation?: string } = {}): Promise<string> {
    const [identity] = await this.query<{ id: string }>(
      'INSERT INTO identities (email, password_hash) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET password_hash = coalesce(EXCLUDED.password_hash, identities.password_hash) RETURNING id',
      [email, opts.passwordHash ?? null],
    );
    const [row] = await this.query<{ id: string }>(
      // An accepted membership has accepted the account's current terms too: the probe attacks other rules.
      `INSERT INTO employees (account_id, identity_id, email, first_name, surname, role, invitation_state, terms_accepted_at, terms_accepted_version)
       SELECT $1, $2, $3, 'Probe', 'Person', $4, $5::text::invitation_state,
              CASE WHEN $5::text = 'ACCEPTED' THEN now() END, CASE WHEN $5::text = 'ACCEPTED' THEN a.terms_version END
         FROM accounts a WHERE a.id = $1
       RETURNING id`,
      [accountId, identity?.id, email, opts.role ?? 'GENERAL', opts.invitation ?? 'ACCEPTED'],
    );
    if (!row) throw new Error('no employee');
    return row.id;
  }

  async group(accountId: string, memberIds: readonly string[]): Promise<string> {
    const name = `Probe group ${randomBytes(3).toString('hex')}`;
    const [row] = await this.query<{ id: string }>('INSERT INTO user_groups (account_id, name, name_key) VALUES ($1, $2, lower($2)) RETURNING id', [accountId, name]);
    if (!row) throw new Error('no group');
    for (const id of memberIds) await this.query('INSERT INTO user_group_members (group_id, employee_id, account_id) VALUES ($1, $2, $3)', [row.id, id, accountId]);
    return row.id;
  }
}
