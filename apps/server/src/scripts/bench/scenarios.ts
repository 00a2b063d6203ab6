import type { DataSource } from 'typeorm';
import { encodeCursor } from '../../platform/graphql/connection';
import { EMPLOYEES_SCENARIO_QUERY, PAGE_SIZE } from './page';

/** One kind of request measured on its own: its GraphQL body and what a good answer starts with. */
export interface Scenario {
  readonly name: string;
  readonly body: string;
  readonly expectPrefix: string;
}

function employeesBody(variables: Record<string, unknown>): string {
  return JSON.stringify({ query: EMPLOYEES_SCENARIO_QUERY, variables: { first: PAGE_SIZE, ...variables } });
}

/**
 * The employee list as people use it: the first page, a page deep in the list (a cursor
 * halfway through, in name order), a search for a surname, and one department's people.
 * The values come from the seeded account itself.
 */
export async function employeeScenarios(db: DataSource, accountId: string): Promise<Scenario[]> {
  const [middle]: { sort_key: string; id: string }[] = await db.query(
    `SELECT lower(surname || ' ' || first_name) AS sort_key, id FROM employees WHERE account_id = $1
      ORDER BY lower(surname || ' ' || first_name), id OFFSET (SELECT count(*) / 2 FROM employees WHERE account_id = $1) LIMIT 1`,
    [accountId],
  );
  const [surname]: { surname: string }[] = await db.query('SELECT surname FROM employees WHERE account_id = $1 ORDER BY id LIMIT 1', [accountId]);
  // How many people the search finds (the seed is random, so it changes from run to run): its cost grows with them.
  const searched = surname?.surname.toLowerCase() ?? '';
  const [matches]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM employees WHERE account_id = $1 AND search_text LIKE '%' || $2 || '%'`, [accountId, searched]);
  const [department]: { id: string; name: string; n: number }[] = await db.query(
    `SELECT d.id, d.name, count(*)::int AS n FROM employees e JOIN departments d ON d.id = e.department_id
      WHERE e.account_id = $1 GROUP BY d.id, d.name ORDER BY count(*) DESC LIMIT 1`,
    [accountId],
  );
  if (middle === undefined || surname === undefined || department === undefined) throw new Error('bench: the seeded account has no employees with departments');
  const prefix = '{"data":{"employees":';
  return [
    { name: 'first page', body: employeesBody({}), expectPrefix: prefix },
    { name: 'later page (after the middle)', body: employeesBody({ after: encodeCursor({ name: 'NAME:ASC', cast: 'text' }, { value: middle.sort_key, id: middle.id }) }), expectPrefix: prefix },
    { name: `search "${searched}" (${matches?.n ?? 0} matches)`, body: employeesBody({ filter: { search: searched } }), expectPrefix: prefix },
    { name: `department "${department.name}" (${department.n})`, body: employeesBody({ filter: { departmentId: department.id } }), expectPrefix: prefix },
  ];
}

const AUDIT_QUERY = `query BenchAudit($first: Int!) { auditEvents(first: $first) { pageInfo { hasNextPage endCursor }
  edges { cursor node { id at action targetType targetId data actor { id fullName } } } } }`;
const AUDIT_QUERY_COUNTED = AUDIT_QUERY.replace('pageInfo {', 'totalCount pageInfo {');

/** The audit log's first page, without and with its totalCount. */
export function auditScenarios(): Scenario[] {
  const prefix = '{"data":{"auditEvents":';
  return [
    { name: 'audit log first page', body: JSON.stringify({ query: AUDIT_QUERY, variables: { first: PAGE_SIZE } }), expectPrefix: prefix },
    { name: 'audit log first page + totalCount', body: JSON.stringify({ query: AUDIT_QUERY_COUNTED, variables: { first: PAGE_SIZE } }), expectPrefix: prefix },
  ];
}

/**
 * Appends `count` audit events to the account, set-based: twenty actions, actors among the
 * account's employees, one second apart going back in time. Then the statistics and
 * visibility map an autovacuum would leave.
 */
export async function seedAuditEvents(db: DataSource, accountId: string, count: number): Promise<void> {
  const step = 200_000;
  for (let done = 0; done < count; done += step) {
    await db.query(
      `INSERT INTO audit_events (account_id, actor_employee_id, action, target_type, target_id, data, at)
       SELECT $1, a.ids[1 + i % array_length(a.ids, 1)], 'employee.action_' || (i % 20), 'employee', a.ids[1 + (i * 7) % array_length(a.ids, 1)],
              '{"field":"value"}', now() - make_interval(secs => i)
         FROM generate_series($2::int, $3::int) i,
              (SELECT array_agg(id) AS ids FROM (SELECT id FROM employees WHERE account_id = $1 LIMIT 1000) e) a`,
      [accountId, done + 1, Math.min(count, done + step)],
    );
  }
  await db.query('VACUUM ANALYZE audit_events');
}
