import { useQuery } from '@apollo/client/react';
import { MailboxAvailableDocument } from '../../../gql/graphql';

/** True when this server keeps a development mailbox (never in production); false until known. */
export function useMailboxAvailable(skip = false): { available: boolean; loading: boolean } {
  const { data, loading } = useQuery(MailboxAvailableDocument, { skip, fetchPolicy: 'cache-first' });
  return { available: data?.mailboxAvailable === true, loading };
}
