import { useMutation, useQuery } from '@apollo/client/react';
import { cleanName } from '@gatehouse/contracts';
import {
  BulkUpdateEmployeesDocument,
  CreateDepartmentDocument,
  DeleteDepartmentDocument,
  DepartmentDocument,
  DepartmentsDocument,
  UpdateDepartmentDocument,
} from '../../../gql/graphql';
import { appendEdges, pagedRows } from '../../../lib/connection';

const PAGE = 100;
/** Everything that shows departments, or who is in one. */
const REFETCH = ['Departments', 'Department', 'DepartmentOptions', 'Employees'];

/** Departments matching `search`, a page at a time. */
export function useDepartmentList(search: string) {
  const variables = { first: PAGE, filter: search ? { search } : {} };
  const { data, previousData, loading, fetchMore } = useQuery(DepartmentsDocument, { variables, fetchPolicy: 'cache-and-network' });
  const connection = (data ?? previousData)?.departments;
  const loadMore = () =>
    void fetchMore({
      variables: { ...variables, after: connection?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({ departments: appendEdges(prev.departments, fetchMoreResult.departments) }),
    });
  return pagedRows(connection, loading, loadMore);
}

/** One department by id. */
export function useDepartment(id: string) {
  const { data } = useQuery(DepartmentDocument, { variables: { id } });
  return data?.department ?? null;
}

/** Add a department (id null) or rename one. */
export function useSaveDepartment() {
  const [create, created] = useMutation(CreateDepartmentDocument, { refetchQueries: REFETCH });
  const [update, updated] = useMutation(UpdateDepartmentDocument, { refetchQueries: REFETCH });
  const run = async (values: { readonly name: string }, id: string | null) => {
    const input = { name: cleanName(values.name) };
    if (id) return (await update({ variables: { input: { id, ...input } } })).data?.updateDepartment;
    return (await create({ variables: { input } })).data?.createDepartment;
  };
  return { run, loading: created.loading || updated.loading };
}

/** Delete a department; its members stay, without one. */
export function useDeleteDepartment() {
  const [remove, { loading }] = useMutation(DeleteDepartmentDocument, { refetchQueries: REFETCH });
  return { run: async (id: string) => (await remove({ variables: { input: { id } } })).data?.deleteDepartment, loading };
}

/** Move employees into the department, or out of any (bulkUpdateEmployees). */
export function useChangeDepartmentMembers() {
  const [bulkUpdate, { loading }] = useMutation(BulkUpdateEmployeesDocument, { refetchQueries: REFETCH });
  const run = async (departmentId: string, employeeIds: string[], add: boolean) => {
    const input = add ? { employeeIds, departmentId } : { employeeIds, clearDepartment: true };
    return (await bulkUpdate({ variables: { input } })).data?.bulkUpdateEmployees;
  };
  return { run, loading };
}
