import type { GraphQLResolveInfo } from 'graphql';
import { OrderDirection, afterCursor, asksForTotalCount, lazyCount, pageSize, toConnection, type Connection, type KeysetOrder, type PageArgs } from '../../platform/graphql/connection';
import { ROLES } from '@gatehouse/access';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import type { EmployeeFilter, EmployeeOrder } from './employee.inputs';
import { employeeViewsByIds, listEmployeeViews } from './employee-view.queries';
import { countEmployees, EMPLOYEE_SORT_KEYS, searchUsesTrigrams } from './employee.queries';
import { presentEmployee, type EmployeeType } from './employee.types';

/**
 * Reads of employees. Every read follows one shape: authorize, call the queries, present.
 */

/**
 * The employee list: one statement for the page with its relations, one for the count when
 * it is asked for. A trigram search counts its matches in the page statement (it reads them
 * all to sort them), unless the page is empty.
 */
export async function employeesPage(
  ctx: RequestCtx,
  args: PageArgs & { filter: EmployeeFilter | null; orderBy: EmployeeOrder | null },
  info: GraphQLResolveInfo,
): Promise<Connection<EmployeeType>> {
  const actor = authorize(ctx, 'read', 'employees');
  const limit = pageSize(args.first);
  const filter = args.filter ?? {};
  const field = args.orderBy?.field ?? 'NAME';
  const descending = args.orderBy?.direction === OrderDirection.DESC;
  const sqlType = EMPLOYEE_SORT_KEYS[field].cast;
  const name = `${field}:${descending ? 'DESC' : 'ASC'}`;
  const order: KeysetOrder = sqlType === 'employee_role' ? { name, cast: 'enum', labels: ROLES } : { name, cast: sqlType };
  const m = ctx.read;
  const after = afterCursor(args.after, order);
  const count = () => countEmployees(m, actor.accountId, filter);
  const countMatches = searchUsesTrigrams(filter.search) && asksForTotalCount(info);
  const countTotal = countMatches ? null : lazyCount(info, count);
  const rows = await listEmployeeViews(m, actor.accountId, { filter, field, descending, after, limit, countMatches });
  const counted = rows[0]?.match_count;
  const total = countTotal ?? (counted === undefined ? count : () => Promise.resolve(Number(counted)));
  return toConnection(rows, limit, total, presentEmployee, (r) => ({ value: r.sort_key, id: r.id }), order);
}

/** One employee; another account's id reads as missing. */
export async function employeeById(ctx: RequestCtx, id: string): Promise<EmployeeType | null> {
  const actor = authorize(ctx, 'read', 'employees');
  const [row] = await employeeViewsByIds(ctx.read, actor.accountId, [id]);
  return row ? presentEmployee(row) : null;
}
