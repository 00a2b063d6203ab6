import type { UserGroupFieldsFragment } from '../../gql/graphql';
import type { EmployeeSet } from '../employee-sets';
import {
  useChangeUserGroupMembers,
  useDeleteUserGroup,
  useSaveUserGroup,
  useUserGroup,
  useUserGroupList,
} from './hooks/user-group-operations';

/** User groups as an employee set: a name and a description; an employee is in any number. */
export const userGroupSet: EmployeeSet<UserGroupFieldsFragment, 'description'> = {
  path: 'groups',
  labels: {
    table: 'User groups',
    search: 'Search user groups',
    add: '+ Add group',
    loading: 'Loading user groups',
    empty: 'No user groups yet.',
    addTitle: 'Add user group',
    added: 'Group added.',
    saved: 'Group saved.',
    deleteButton: 'Delete group',
    deleteMessage: (memberCount) => `${memberCount} member(s) will leave the group. Items it owns or is shared with lose that link.`,
    back: '← All user groups',
    fallbackName: 'Group',
  },
  editAction: { label: 'Edit', path: 'edit' },
  columns: [{ header: 'Description', cell: (group) => group.description || '—' }],
  textareas: [{ key: 'description', label: 'Description' }],
  formValues: (group) => ({ name: group?.name ?? '', description: group?.description ?? '' }),
  subtitle: (group) => group.description,
  memberFilter: (groupId) => ({ groupId }),
  isMember: (employee, groupId) => employee.userGroups.some((g) => g.id === groupId),
  useList: useUserGroupList,
  useOne: useUserGroup,
  useSave: useSaveUserGroup,
  useDelete: useDeleteUserGroup,
  useChangeMembers: useChangeUserGroupMembers,
};
