import { OrderDirection, afterCursor, pageSize, toConnection, type Connection, type KeysetOrder, type PageArgs } from '../../platform/graphql/connection';
import { authorize } from '../../platform/graphql/authorize';
import type { RequestCtx } from '../../platform/graphql/context';
import type { EmployeeFilter, EmployeeOrder } from './employee.inputs';
import { listEmployeeViews } from './employee-view.queries';
import { countEmployees, EMPLOYEE_SORT_KEYS } from './employee.queries';
import { presentEmployee, type EmployeeType } from './employee.types';

/** The employee list: one statement for the page with its relations, one for the count. */
export async function employeeConnection(
  ctx: RequestCtx,
  args: PageArgs & { filter: EmployeeFilter | null; orderBy: EmployeeOrder | null },
): Promise<Connection<EmployeeType>> {
  const actor = authorize(ctx, 'read', 'employees');
  const limit = pageSize(args.first);
  const filter = args.filter ?? {};
  const field = args.orderBy?.field ?? 'NAME';
  const descending = args.orderBy?.direction === OrderDirection.DESC;
  const order: KeysetOrder = { name: `${field}:${descending ? 'DESC' : 'ASC'}`, cast: EMPLOYEE_SORT_KEYS[field].cast };
  const m = ctx.db.manager;
  const [rows, total] = await Promise.all([
    listEmployeeViews(m, actor.accountId, { filter, field, descending, after: afterCursor(args.after, order), limit }),
    countEmployees(m, actor.accountId, filter),
  ]);
  return toConnection(rows, limit, total, presentEmployee, (r) => ({ value: r.sort_key, id: r.id }), order);
}
