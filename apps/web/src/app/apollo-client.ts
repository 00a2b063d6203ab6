import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import type { RefreshSession } from '../lib/session-refresh';
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
  return new ApolloClient({
    link: ApolloLink.from([createErrorLink(options), http]),
    cache: new InMemoryCache({
      typePolicies: {
        // The audit log and item lists grow with "Load more"; other lists page by URL cursor.
        Query: { fields: { auditEvents: relayStylePagination(), items: relayStylePagination(['module', 'filter', 'orderBy']) } },
        Viewer: { keyFields: ['identityId'] },
        ModulePermissionType: { keyFields: false },
        LockedPartsType: { keyFields: false },
      },
    }),
  });
}
