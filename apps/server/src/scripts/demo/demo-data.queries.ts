import type { Reader } from '../../platform/db/reader';
import type { Tx } from '../../platform/db/unit-of-work';
import { DEMO_EMAIL_DOMAIN } from './catalog';
import type { DemoPerson } from './generate';

/**
 * Bulk writes for demo data. Each statement sends whole columns as arrays and `unnest`s them
 * (one round trip per table per chunk): TypeORM `save` per row is ~4× slower and hydrates
 * entities for nothing (measured: ~4× slower). Enums, levels and timestamps travel as text
 * arrays and are cast in SQL, which both node-postgres and PGlite serialize the same way.
 */

/** Rows per statement: large enough to amortize round trips, small enough to keep each message modest. */
const CHUNK = 2000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Serializes concurrent demo-data runs, so two runs never pick the same email numbers. */
export async function lockDemoData(m: Tx): Promise<void> {
  await m.query("SELECT pg_advisory_xact_lock(hashtext('gatehouse.demo-data'))");
}

/** The account's name, or null when it does not exist. */
export async function accountName(m: Tx, accountId: string): Promise<string | null> {
  const rows: { name: string }[] = await m.query('SELECT name FROM accounts WHERE id = $1', [accountId]);
  return rows[0]?.name ?? null;
}

/** The first free number for demo emails: identities are global, so numbers never repeat across accounts or runs. */
export async function nextDemoEmailNumber(m: Tx): Promise<number> {
  const rows: { n: number }[] = await m.query(
    `SELECT coalesce(max(substring(email from '\\.([0-9]+)@')::int), 0) + 1 AS n
       FROM identities WHERE email LIKE $1`,
    [`%@${DEMO_EMAIL_DOMAIN}`],
  );
  return rows[0]?.n ?? 1;
}

/** Creates the departments that are missing and returns every one's id by lower-cased name (existing ones are reused). */
export async function upsertDepartments(m: Tx, accountId: string, names: readonly string[]): Promise<Map<string, string>> {
  const rows: { id: string; name_key: string }[] = await m.query(
    `INSERT INTO departments (account_id, name, name_key)
     SELECT $1, n, lower(n) FROM unnest($2::text[]) AS n
     ON CONFLICT (account_id, name_key) DO UPDATE SET name = departments.name
     RETURNING id, name_key`,
    [accountId, names],
  );
  return new Map(rows.map((r) => [r.name_key, r.id]));
}

/** Same for user groups; an existing group keeps its own description. */
export async function upsertUserGroups(m: Tx, accountId: string, groups: readonly { name: string; description: string }[]): Promise<Map<string, string>> {
  const rows: { id: string; name_key: string }[] = await m.query(
    `INSERT INTO user_groups (account_id, name, name_key, description)
     SELECT $1, u.name, lower(u.name), u.description FROM unnest($2::text[], $3::text[]) AS u(name, description)
     ON CONFLICT (account_id, name_key) DO UPDATE SET name = user_groups.name
     RETURNING id, name_key`,
    [accountId, groups.map((g) => g.name), groups.map((g) => g.description)],
  );
  return new Map(rows.map((r) => [r.name_key, r.id]));
}

/** One passwordless identity per person (demo people cannot log in until invited). */
export async function insertIdentities(m: Tx, people: readonly DemoPerson[]): Promise<void> {
  for (const part of chunks(people)) {
    await m.query('INSERT INTO identities (id, email) SELECT * FROM unnest($1::uuid[], $2::text[])', [part.map((p) => p.identityId), part.map((p) => p.email)]);
  }
}

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

/** The employee rows; `departmentIds[i]` is the id of DEPARTMENTS[i]. */
export async function insertEmployees(m: Tx, accountId: string, people: readonly DemoPerson[], departmentIds: readonly string[]): Promise<void> {
  for (const part of chunks(people)) {
    await m.query(
      `INSERT INTO employees (id, account_id, identity_id, email, first_name, surname, is_active, department_id, role,
                              invitation_state, created_at, terms_accepted_at, terms_accepted_version, last_login_at)
       SELECT u.id, $1, u.identity_id, u.email, u.first_name, u.surname, u.is_active, u.department_id, u.role::employee_role,
              u.invitation_state::invitation_state, u.created_at, u.terms_accepted_at,
              -- Demo people who accepted, accepted the account's current terms.
              CASE WHEN u.terms_accepted_at IS NULL THEN NULL ELSE (SELECT terms_version FROM accounts WHERE id = $1) END,
              u.last_login_at
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::bool[], $8::uuid[], $9::text[], $10::text[],
                     $11::timestamptz[], $12::timestamptz[], $13::timestamptz[])
           AS u(id, identity_id, email, first_name, surname, is_active, department_id, role, invitation_state, created_at, terms_accepted_at, last_login_at)`,
      [
        accountId,
        part.map((p) => p.id),
        part.map((p) => p.identityId),
        part.map((p) => p.email),
        part.map((p) => p.firstName),
        part.map((p) => p.surname),
        part.map((p) => p.isActive),
        part.map((p) => (p.departmentIndex === null ? null : (departmentIds[p.departmentIndex] ?? null))),
        part.map((p) => p.role),
        part.map((p) => p.invitationState),
        part.map((p) => iso(p.createdAt)),
        part.map((p) => iso(p.termsAcceptedAt)),
        part.map((p) => iso(p.lastLoginAt)),
      ],
    );
  }
}

/** Group memberships as (group id, employee id) pairs. */
export async function insertMemberships(m: Tx, accountId: string, pairs: readonly (readonly [string, string])[]): Promise<void> {
  for (const part of chunks(pairs)) {
    await m.query(
      'INSERT INTO user_group_members (group_id, employee_id, account_id) SELECT u.g, u.e, $1 FROM unnest($2::uuid[], $3::uuid[]) AS u(g, e)',
      [accountId, part.map(([g]) => g), part.map(([, e]) => e)],
    );
  }
}

/** A level list as a PostgreSQL array literal: unnest cannot carry one array per row, so each travels as text. */
const levelsLiteral = (levels: readonly number[]): string => `{${levels.join(',')}}`;

/** Stored module permissions of every person. */
export async function insertPermissions(m: Tx, accountId: string, people: readonly DemoPerson[]): Promise<void> {
  const rows = people.flatMap((p) => p.permissions.map((perm) => ({ employeeId: p.id, ...perm })));
  for (const part of chunks(rows)) {
    await m.query(
      `INSERT INTO employee_module_permissions (employee_id, module, account_id, can_access, is_module_admin, see_scope, edit_scope, see_levels, edit_levels)
       SELECT u.employee_id, u.module::module_key, $1, u.can_access, u.is_module_admin, u.see_scope::see_scope, u.edit_scope::edit_scope,
              u.see_levels::smallint[], u.edit_levels::smallint[]
         FROM unnest($2::uuid[], $3::text[], $4::bool[], $5::bool[], $6::text[], $7::text[], $8::text[], $9::text[])
           AS u(employee_id, module, can_access, is_module_admin, see_scope, edit_scope, see_levels, edit_levels)`,
      [
        accountId,
        part.map((r) => r.employeeId),
        part.map((r) => r.module),
        part.map((r) => r.canAccess),
        part.map((r) => r.isModuleAdmin),
        part.map((r) => r.seeScope),
        part.map((r) => r.editScope),
        part.map((r) => levelsLiteral(r.seeLevels)),
        part.map((r) => levelsLiteral(r.editLevels)),
      ],
    );
  }
}

/**
 * Fresh planner statistics and visibility map after a bulk load: until autovacuum gets round
 * to it, PostgreSQL would plan the new thousands of rows as if the tables were nearly empty,
 * and counts could not be answered from indexes alone. Outside any transaction.
 */
export async function analyzeDemoTables(m: Reader): Promise<void> {
  await m.query('VACUUM (ANALYZE) identities, employees, departments, user_groups, user_group_members, employee_module_permissions');
}
