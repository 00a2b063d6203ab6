import { useMutation, useQuery } from '@apollo/client/react';
import { cleanName } from '@gatehouse/contracts';
import {
  CreateUserGroupDocument,
  DeleteUserGroupDocument,
  SetUserGroupMembersDocument,
  UpdateUserGroupDocument,
  UserGroupDocument,
  UserGroupsDocument,
} from '../../../gql/graphql';
import { appendEdges, pagedRows } from '../../../lib/connection';

const PAGE = 100;
/** Everything that shows user groups, or who is in one. */
const REFETCH = ['UserGroups', 'UserGroup', 'UserGroupOptions', 'Employees'];

/** User groups matching `search`, a page at a time. */
export function useUserGroupList(search: string) {
  const variables = { first: PAGE, filter: search ? { search } : {} };
  const { data, previousData, loading, fetchMore } = useQuery(UserGroupsDocument, { variables, fetchPolicy: 'cache-and-network' });
  const connection = (data ?? previousData)?.userGroups;
  const loadMore = () =>
    void fetchMore({
      variables: { ...variables, after: connection?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({ userGroups: appendEdges(prev.userGroups, fetchMoreResult.userGroups) }),
    });
  return pagedRows(connection, loading, loadMore);
}

/** One user group by id. */
export function useUserGroup(id: string) {
  const { data } = useQuery(UserGroupDocument, { variables: { id } });
  return data?.userGroup ?? null;
}

/** Add a user group (id null) or edit one's name and description. */
export function useSaveUserGroup() {
  const [create, created] = useMutation(CreateUserGroupDocument, { refetchQueries: REFETCH });
  const [update, updated] = useMutation(UpdateUserGroupDocument, { refetchQueries: REFETCH });
  const run = async (values: { readonly name: string; readonly description: string }, id: string | null) => {
    const input = { name: cleanName(values.name), description: values.description.trim() };
    if (id) return (await update({ variables: { input: { id, ...input } } })).data?.updateUserGroup;
    return (await create({ variables: { input } })).data?.createUserGroup;
  };
  return { run, loading: created.loading || updated.loading };
}

/** Delete a user group; its members leave it. */
export function useDeleteUserGroup() {
  const [remove, { loading }] = useMutation(DeleteUserGroupDocument, { refetchQueries: REFETCH });
  return { run: async (id: string) => (await remove({ variables: { input: { id } } })).data?.deleteUserGroup, loading };
}

/** Add employees to the group or remove them (setUserGroupMembers). */
export function useChangeUserGroupMembers() {
  const [setMembers, { loading }] = useMutation(SetUserGroupMembersDocument, { refetchQueries: REFETCH });
  const run = async (groupId: string, employeeIds: string[], add: boolean) => {
    const input = add ? { groupId, addEmployeeIds: employeeIds } : { groupId, removeEmployeeIds: employeeIds };
    return (await setMembers({ variables: { input } })).data?.setUserGroupMembers;
  };
  return { run, loading };
}
