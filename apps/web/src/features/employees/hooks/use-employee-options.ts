import {
  DepartmentOptionsDocument,
  UserGroupOptionsDocument,
  type DepartmentOptionsQuery,
  type UserGroupOptionsQuery,
} from '../../../gql/graphql';
import { appendEdges } from '../../../lib/connection';
import { useAllPages, type AllPagesSource } from '../../../lib/use-all-pages';

export interface NamedOption {
  readonly id: string;
  readonly name: string;
  readonly description?: string | null;
}

const DEPARTMENTS: AllPagesSource<DepartmentOptionsQuery, NamedOption> = {
  document: DepartmentOptionsDocument,
  connection: (data) => data.departments,
  append: (prev, next) => ({ departments: appendEdges(prev.departments, next.departments) }),
};

const USER_GROUPS: AllPagesSource<UserGroupOptionsQuery, NamedOption> = {
  document: UserGroupOptionsDocument,
  connection: (data) => data.userGroups,
  append: (prev, next) => ({ userGroups: appendEdges(prev.userGroups, next.userGroups) }),
};

/** Every department and user group of the account, for selects, Manage groups and filters. */
export function useEmployeeOptions(): { departments: readonly NamedOption[]; groups: readonly NamedOption[]; loading: boolean } {
  const departments = useAllPages(DEPARTMENTS);
  const groups = useAllPages(USER_GROUPS);
  return { departments: departments.nodes, groups: groups.nodes, loading: departments.loading || groups.loading };
}
