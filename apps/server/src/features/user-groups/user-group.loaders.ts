import type DataLoader from 'dataloader';
import type { Reader } from '../../platform/db/reader';
import { countsById, rowsById } from '../../platform/graphql/batch-loaders';
import { userGroups, type UserGroupRow } from './user-group.queries';

export interface UserGroupLoaders {
  userGroupById: DataLoader<string, UserGroupRow | null>;
  userGroupMemberCount: DataLoader<string, number>;
}

/** This request's user group loaders. */
export function createUserGroupLoaders(db: Reader, accountId: string | null): UserGroupLoaders {
  return {
    userGroupById: rowsById(accountId, (a, ids) => userGroups.byIds(db, a, ids)),
    userGroupMemberCount: countsById(accountId, (a, ids) => userGroups.memberCounts(db, a, ids)),
  };
}
