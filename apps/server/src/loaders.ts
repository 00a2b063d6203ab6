import type { ModulePermission } from '@gatehouse/access';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { departments, type DepartmentRow } from './features/departments';
import { groupIdsByEmployee, permissionsByEmployee } from './features/employees/employee.queries';
import { userGroups, type UserGroupRow } from './features/user-groups';

/**
 * Per-request batch loaders (one IN (...) statement per relation per request, STYLE §10),
 * all scoped to the caller's account so another account's id loads as null.
 */
export interface Loaders {
  departmentById: DataLoader<string, DepartmentRow | null>;
  userGroupById: DataLoader<string, UserGroupRow | null>;
  groupIdsOfEmployee: DataLoader<string, string[]>;
  permissionsOfEmployee: DataLoader<string, ModulePermission[]>;
}

function byId<R extends { id: string }>(load: (ids: readonly string[]) => Promise<R[]>) {
  return new DataLoader<string, R | null>(async (ids) => {
    const rows = new Map((await load(ids)).map((r) => [r.id, r]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** Loaders for one request in one account; null account (logged out) loads nothing. */
export function createLoaders(db: DataSource, accountId: string | null): Loaders {
  const m = db.manager;
  const scoped = <T>(run: (accountId: string) => Promise<T>, empty: T) => (accountId === null ? Promise.resolve(empty) : run(accountId));
  return {
    departmentById: byId((ids) => scoped((a) => departments.byIds(m, a, ids), [])),
    userGroupById: byId((ids) => scoped((a) => userGroups.byIds(m, a, ids), [])),
    groupIdsOfEmployee: new DataLoader(async (ids) => {
      const map = await scoped((a) => groupIdsByEmployee(m, a, ids), new Map<string, string[]>());
      return ids.map((id) => map.get(id) ?? []);
    }),
    permissionsOfEmployee: new DataLoader(async (ids) => {
      const map = await scoped((a) => permissionsByEmployee(m, a, ids), new Map<string, ModulePermission[]>());
      return ids.map((id) => map.get(id) ?? []);
    }),
  };
}

export type GraphQLContext = import('./platform/graphql/context').RequestCtx<Loaders>;
