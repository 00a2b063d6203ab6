import { useMutation, useQuery } from '@apollo/client/react';
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument, type CreateApiTokenInput } from '../../../gql/graphql';
import { appendEdges, pagedRows } from '../../../lib/connection';

const PAGE = 50;
/** Everything that shows API tokens, or what they did. */
const REFETCH = ['ApiTokens', 'AuditEvents', 'RecentAuditEvents'];

/** The account's API tokens, newest first, a page at a time. */
export function useApiTokenList() {
  const variables = { first: PAGE };
  const { data, previousData, loading, fetchMore } = useQuery(ApiTokensDocument, { variables, fetchPolicy: 'cache-and-network' });
  const connection = (data ?? previousData)?.apiTokens;
  const loadMore = () =>
    void fetchMore({
      variables: { ...variables, after: connection?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({ apiTokens: appendEdges(prev.apiTokens, fetchMoreResult.apiTokens) }),
    });
  return pagedRows(connection, loading, loadMore);
}

/** Create a token; the payload carries the secret, once. */
export function useCreateApiToken() {
  const [create, { loading }] = useMutation(CreateApiTokenDocument, { refetchQueries: REFETCH });
  return { run: async (input: CreateApiTokenInput) => (await create({ variables: { input } })).data?.createApiToken, loading };
}

/** Revoke a token: its next request is refused. */
export function useRevokeApiToken() {
  const [revoke, { loading }] = useMutation(RevokeApiTokenDocument, { refetchQueries: REFETCH });
  return { run: async (id: string) => (await revoke({ variables: { input: { id } } })).data?.revokeApiToken, loading };
}
