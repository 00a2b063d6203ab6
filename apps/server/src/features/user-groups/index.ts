import { UserGroupEntity } from './user-group.entity';

export { UserGroupEntity };
export { createUserGroupLoaders, type UserGroupLoaders } from './user-group.loaders';
export { insertUserGroup, userGroups, type UserGroupRow } from './user-group.queries';
export { UserGroupResolver } from './user-group.resolver';
export { presentUserGroup, SetUserGroupMembersInput, UserGroupPayload, UserGroupType } from './user-group.types';

/** The tables this feature owns, for the data source. */
export const USER_GROUP_ENTITIES = [UserGroupEntity];
