export { userGroups, type UserGroupRow } from './user-group.queries';
