import type { ApolloClient } from '@apollo/client';
import {
  EmployeesDocument,
  type EmployeesQuery,
  type EmployeesQueryVariables,
  type EmployeeFilter,
  type EmployeeListFieldsFragment,
  type EmployeeOrder,
} from '../../../gql/graphql';
import { MAX_PAGE_SIZE } from '../../../lib/use-all-pages';

/**
 * The employees matching `filter`, in the list's order, up to `limit`: page after page
 * of MAX_PAGE_SIZE with the list's own query. Bulk actions name the employees they act
 * on (the delete challenge is issued for exactly those ids), so "all matching" becomes
 * an explicit list of at most the server's per-request limit. Uncached: a one-off read
 * that must not grow the list's cache entries.
 */
export async function collectMatching(
  client: ApolloClient,
  filter: EmployeeFilter,
  orderBy: EmployeeOrder,
  limit: number,
): Promise<EmployeeListFieldsFragment[]> {
  const rows: EmployeeListFieldsFragment[] = [];
  let after: string | null = null;
  while (rows.length < limit) {
    const page = await fetchPage(client, { first: Math.min(MAX_PAGE_SIZE, limit - rows.length), after, filter, orderBy });
    if (!page) throw new Error('The employee list did not load.');
    rows.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return rows.slice(0, limit);
}

async function fetchPage(client: ApolloClient, variables: EmployeesQueryVariables): Promise<EmployeesQuery['employees'] | undefined> {
  const { data } = await client.query({ query: EmployeesDocument, variables, fetchPolicy: 'no-cache' });
  return data?.employees;
}
