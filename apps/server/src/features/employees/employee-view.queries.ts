import type { ModulePermission } from '@gatehouse/access';
import { preparedSql, type Reader } from '../../platform/db/reader';
import type { KeysetCursor } from '../../platform/graphql/connection';
import { SqlParams } from '../../platform/db/sql-params';
import { isUuid, onlyUuids } from '../../platform/db/uuid';
import type { EmployeeOrderField } from '@gatehouse/contracts';
import { EMPLOYEE_COLUMNS, employeeFilterSql, EMPLOYEE_SORT_KEYS, searchUsesTrigrams, type EmployeeFilterValues, type EmployeeRow } from './employee.queries';

export interface GroupRef {
  id: string;
  name: string;
  description: string;
}

/** An employee with everything the API shows of them, in the shape of the response. */
export interface EmployeeViewRow extends EmployeeRow {
  department_name: string | null;
  groups: GroupRef[];
  /** As stored; the presenter adds what the role includes. */
  permissions: ModulePermission[];
}

/**
 * The relations of rows `p`, aggregated in the database. One statement returns a whole
 * page in the shape the API sends: measured, this is what keeps the employee page near
 * hand-written SQL (batch loaders cost a round trip and row hydration per relation).
 */
const RELATIONS = `
  d.name AS department_name,
  COALESCE((SELECT json_agg(json_build_object('id', g.id, 'name', g.name, 'description', g.description) ORDER BY g.name_key)
              FROM user_group_members m JOIN user_groups g ON g.id = m.group_id
             WHERE m.employee_id = p.id), '[]') AS groups,
  COALESCE((SELECT json_agg(json_build_object(
              'module', mp.module, 'canAccess', mp.can_access, 'isModuleAdmin', mp.is_module_admin, 'seeScope', mp.see_scope,
              'editScope', mp.edit_scope, 'seeLevels', mp.see_levels, 'editLevels', mp.edit_levels))
              FROM employee_module_permissions mp WHERE mp.employee_id = p.id), '[]') AS permissions`;

export interface EmployeePageRow extends EmployeeViewRow {
  /** Text, so timestamps keep their microseconds in the cursor. */
  sort_key: string;
  /** How many employees the search matches in all (cursor aside), when it was asked for: see `countMatches`. */
  match_count?: string;
}

interface PageArgs {
  readonly filter: EmployeeFilterValues;
  readonly field: EmployeeOrderField;
  readonly descending: boolean;
  readonly after: KeysetCursor | null;
  readonly limit: number;
  /**
   * A search found through the trigram index reads every match anyway (to sort them): with
   * this set, each row also carries their number, so the list's totalCount costs no second
   * pass over the matches.
   */
  readonly countMatches: boolean;
}

/** One page of employees with their relations (limit + 1 rows, to know whether more follow), keyset-paginated. */
export function listEmployeeViews(db: Reader, accountId: string, args: PageArgs): Promise<EmployeePageRow[]> {
  const p = new SqlParams();
  const key = EMPLOYEE_SORT_KEYS[args.field];
  const dir = args.descending ? 'DESC' : 'ASC';
  let where = employeeFilterSql(accountId, args.filter, p);
  if (args.field === 'DEPARTMENT' && args.filter.departmentId && isUuid(args.filter.departmentId)) {
    // Within one department the sort key is that department's name_key: saying so turns the
    // scan of the department order's index into a range read of exactly those employees.
    where += ` AND e.department_sort = coalesce((SELECT name_key FROM departments WHERE id = ${p.add(args.filter.departmentId)}), '')`;
  }
  const afterSql = (expr: string, id: string): string => {
    if (!args.after) return 'TRUE';
    const op = args.descending ? '<' : '>';
    return `(${expr}, ${id}) ${op} (${p.add(args.after.value)}::${key.cast}, ${p.add(args.after.id)}::uuid)`;
  };
  // A search of three characters or more is found through the trigram index and its matches
  // sorted: walking the order's index instead would read every row sorted before the first
  // match, and searches follow the order (a surname, in name order). Shorter ones have no
  // trigrams and match broadly: the order's index is walked until the page is full.
  if (searchUsesTrigrams(args.filter.search)) {
    // The matches keep only their id and sort key: sorting them is the search's cost; the
    // page's rows are then read by primary key.
    return db.query(
      `WITH matches AS MATERIALIZED (
         SELECT e.id, ${key.expr} AS sort_value${args.countMatches ? ', count(*) OVER () AS match_count' : ''}
           FROM employees e WHERE ${where}),
       page AS (
         SELECT ${EMPLOYEE_COLUMNS}, (m.sort_value)::text AS sort_key, m.sort_value${args.countMatches ? ', m.match_count' : ''}
           FROM (SELECT * FROM matches m WHERE ${afterSql('m.sort_value', 'm.id')}
                  ORDER BY m.sort_value ${dir}, m.id ${dir} LIMIT ${p.add(args.limit + 1)}) m
           JOIN employees e ON e.id = m.id)
       SELECT p.*, ${RELATIONS}
         FROM page p LEFT JOIN departments d ON d.id = p.department_id
        ORDER BY p.sort_value ${dir}, p.id ${dir}`,
      p.values,
    );
  }
  // The page is chosen first; relations are aggregated for its rows only.
  return db.query(
    `WITH page AS (
       SELECT ${EMPLOYEE_COLUMNS}, (${key.expr})::text AS sort_key, ${key.expr} AS sort_value
         FROM employees e
        WHERE ${where} AND ${afterSql(key.expr, 'e.id')}
        ORDER BY ${key.expr} ${dir}, e.id ${dir}
        LIMIT ${p.add(args.limit + 1)})
     SELECT p.*, ${RELATIONS}
       FROM page p LEFT JOIN departments d ON d.id = p.department_id
      ORDER BY p.sort_value ${dir}, p.id ${dir}`,
    p.values,
  );
}

/** Prepared: every login's answer and every viewer reads employees through it. */
const EMPLOYEE_VIEWS_BY_IDS = preparedSql(
  'employees.viewsByIds',
  `SELECT p.*, ${RELATIONS}
     FROM (SELECT ${EMPLOYEE_COLUMNS} FROM employees e WHERE e.account_id = $1 AND e.id = ANY($2::uuid[])) p
     LEFT JOIN departments d ON d.id = p.department_id
    ORDER BY lower(p.surname || ' ' || p.first_name), p.id`,
);

/** Employees by id with their relations; other accounts' ids are simply absent. */
export function employeeViewsByIds(db: Reader, accountId: string, ids: readonly string[]): Promise<EmployeeViewRow[]> {
  return db.query(EMPLOYEE_VIEWS_BY_IDS, [accountId, onlyUuids(ids)]);
}
