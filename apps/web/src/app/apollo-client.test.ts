import { AuditEventFieldsFragmentDoc } from '../gql/graphql';
import { createApolloClient } from './apollo-client';

const ACCOUNT = '33333333-3333-4333-8333-333333333333';

/** An event as the server answers it, with the type names the cache keys on. */
function auditEvent(id: string, action: string, targetName: string | null) {
  return {
    __typename: 'AuditEvent',
    id,
    at: '2030-01-01T10:00:00Z',
    action,
    targetType: 'account',
    targetId: ACCOUNT,
    data: {},
    actor: { __typename: 'AuditActor', id: 'admin', fullName: 'Alice Admin' },
    apiToken: null,
    target: { __typename: 'AuditSubject', id: ACCOUNT, kind: 'account', name: targetName, exists: true },
    mentions: [],
  };
}

describe('the Apollo cache keeps what each audit event says', () => {
  it('two events about one account keep their own names for it', () => {
    const client = createApolloClient({ graphqlUrl: '/graphql', refreshSession: async () => false, onSessionExpired: () => undefined, notify: () => undefined });
    const write = (e: ReturnType<typeof auditEvent>) => client.cache.writeFragment({ fragment: AuditEventFieldsFragmentDoc, fragmentName: 'AuditEventFields', data: e });
    write(auditEvent('created', 'account.created', 'Riverside Arena'));
    // A later event about the same account that recorded no name.
    write(auditEvent('test-mail', 'mail.test_sent', null));
    const read = (id: string) => client.cache.readFragment({ fragment: AuditEventFieldsFragmentDoc, fragmentName: 'AuditEventFields', id: `AuditEvent:${id}` });
    expect(read('created')?.target?.name).toBe('Riverside Arena');
    expect(read('test-mail')?.target?.name).toBeNull();
  });
});
