import { useQuery } from '@apollo/client/react';
import { EmployeeFormOptionsDocument } from '../../../gql/graphql';

export interface NamedOption {
  readonly id: string;
  readonly name: string;
  readonly description?: string | null;
}

/** Departments and user groups for selects and filters (the first 500 of each). */
export function useEmployeeOptions(): { departments: NamedOption[]; groups: NamedOption[]; loading: boolean } {
  const { data, loading } = useQuery(EmployeeFormOptionsDocument, { fetchPolicy: 'cache-and-network' });
  return {
    departments: data?.departments.edges.map((e) => e.node) ?? [],
    groups: data?.userGroups.edges.map((e) => e.node) ?? [],
    loading,
  };
}
