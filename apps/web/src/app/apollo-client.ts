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
        // The audit log and item lists grow with "Load more"; other lists page by URL cursor.
        Query: { fields: { auditEvents: relayStylePagination(), items: relayStylePagination(['module', 'filter', 'orderBy']) } },
        Viewer: { keyFields: ['identityId'] },
        ModulePermissionType: { keyFields: false },
        LockedPartsType: { keyFields: false },
        // What an audit event says about a thing or person is that event's own view (a name it
        // recorded, a name at the time): several events about one id may name it differently, so
        // these are kept inside each event. Merged by id, an event that recorded no name (a test
        // email, targeting the account) turned "created the account Riverside Arena" into "a
        // deleted account".
        AuditSubject: { keyFields: false },
        AuditActor: { keyFields: false },
        AuditApiToken: { keyFields: false },
      },
    }),
  });
  return client;
}
