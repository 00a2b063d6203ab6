import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { DepartmentDocument, type DepartmentFieldsFragment } from '../../../gql/graphql';

export interface RouteDepartment {
  /** The route names no department (e.g. `new`). */
  readonly none: boolean;
  readonly loading: boolean;
  readonly department: DepartmentFieldsFragment | null;
}

/** The department named by the `:departmentId` route parameter, loaded by id. */
export function useRouteDepartment(): RouteDepartment {
  const { departmentId } = useParams();
  const { data, loading } = useQuery(DepartmentDocument, {
    variables: { id: departmentId ?? '' },
    skip: !departmentId,
  });
  return { none: !departmentId, loading, department: data?.department ?? null };
}
