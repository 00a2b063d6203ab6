import type { GraphQLResolveInfo } from 'graphql';
import { authorize } from '../../platform/graphql/authorize';
import type { NameOrder, PageArgs, Connection } from '../../platform/graphql/connection';
import type { RequestCtx } from '../../platform/graphql/context';
import { namedConnection } from '../../platform/graphql/named-list';
import type { DepartmentLoaders } from './department.loaders';
import { departments } from './department.queries';
import { presentDepartment, type DepartmentType } from './department.types';

/** Reads of departments: authorize, call the queries, present. */

/** A page of departments by name; the total only when asked for. */
export function departmentsPage(
  ctx: RequestCtx,
  args: PageArgs & { search: string | null; orderBy: NameOrder | null },
  info: GraphQLResolveInfo,
): Promise<Connection<DepartmentType>> {
  const actor = authorize(ctx, 'read', 'departments');
  return namedConnection(ctx.read, actor.accountId, departments, args, presentDepartment, info);
}

/** One department through the request's batch loader; another account's id reads as missing. */
export async function departmentById(ctx: RequestCtx<DepartmentLoaders>, id: string): Promise<DepartmentType | null> {
  authorize(ctx, 'read', 'departments');
  const row = await ctx.loaders.departmentById.load(id);
  return row ? presentDepartment(row) : null;
}
