import { createDepartmentLoaders, type DepartmentLoaders } from './features/departments';
import { createItemLoaders, type ItemLoaders } from './features/items';
import { createUserGroupLoaders, type UserGroupLoaders } from './features/user-groups';
import type { Reader } from './platform/db/reader';

/** Every feature's per-request loaders; each resolver sees the part it declares. */
export type Loaders = DepartmentLoaders & UserGroupLoaders & ItemLoaders;

/** Loaders for one request in one account; a null account (logged out) loads nothing. */
export function createLoaders(db: Reader, accountId: string | null): Loaders {
  return { ...createDepartmentLoaders(db, accountId), ...createUserGroupLoaders(db, accountId), ...createItemLoaders(db, accountId) };
}
