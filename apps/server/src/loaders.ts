import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { departments, type DepartmentRow } from './features/departments';
import { userGroups, type UserGroupRow } from './features/user-groups';
import type { RequestCtx } from './platform/graphql/context';

/**
 * Per-request batch loaders (one IN (...) statement per relation per request, STYLE §10),
 * all scoped to the caller's account so another account's id loads as null.
 */
export interface Loaders {
  departmentById: DataLoader<string, DepartmentRow | null>;
  userGroupById: DataLoader<string, UserGroupRow | null>;
  departmentMemberCount: DataLoader<string, number>;
  userGroupMemberCount: DataLoader<string, number>;
}

/** Loaders for one request in one account; a null account (logged out) loads nothing. */
export function createLoaders(db: DataSource, accountId: string | null): Loaders {
  const m = db.manager;
  const byId = <R extends { id: string }>(load: (accountId: string, ids: readonly string[]) => Promise<R[]>) =>
    new DataLoader<string, R | null>(async (ids) => {
      const rows = new Map((accountId === null ? [] : await load(accountId, ids)).map((r) => [r.id, r]));
      return ids.map((id) => rows.get(id) ?? null);
    });
  const counts = (load: (accountId: string, ids: readonly string[]) => Promise<Map<string, number>>) =>
    new DataLoader<string, number>(async (ids) => {
      const found = accountId === null ? new Map<string, number>() : await load(accountId, ids);
      return ids.map((id) => found.get(id) ?? 0);
    });
  return {
    departmentById: byId((a, ids) => departments.byIds(m, a, ids)),
    userGroupById: byId((a, ids) => userGroups.byIds(m, a, ids)),
    departmentMemberCount: counts((a, ids) => departments.memberCounts(m, a, ids)),
    userGroupMemberCount: counts((a, ids) => userGroups.memberCounts(m, a, ids)),
  };
}

export type GraphQLContext = RequestCtx<Loaders>;
