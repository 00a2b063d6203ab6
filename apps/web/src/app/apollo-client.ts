import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import type { RefreshSession } from '../lib/session-refresh';
import { MeDocument } from '../gql/graphql';
import { createErrorLink } from './error-link';

export interface ApolloClientOptions {
  readonly graphqlUrl: string;
  readonly refreshSession: RefreshSession;
  readonly onSessionExpired: () => void;
  readonly notify: (title: string, message: string) => void;
}

/** The app's single Apollo Client: cookies travel with every request. */
export function createApolloClient(options: ApolloClientOptions): ApolloClient {
  const http = new HttpLink({ uri: options.graphqlUrl, credentials: 'include' });
  // Reading who is logged in again shows the terms gate (mustAcceptTerms is now true).
  const onTermsNotAccepted = () => void client.refetchQueries({ include: [MeDocument] });
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([createErrorLink({ ...options, onTermsNotAccepted }), http]),
    cache: new InMemoryCache({
      typePolicies: {
        // The audit log grows with "Load more"; other lists page by URL cursor.
        Query: { fields: { auditEvents: relayStylePagination() } },
        Viewer: { keyFields: ['identityId'] },
        ModulePermissionType: { keyFields: false },
        LockedPartsType: { keyFields: false },
      },
    }),
  });
  return client;
}
