import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { Observable } from 'rxjs';
import { createErrorLink } from './error-link';

const PING = gql`
  query Ping {
    ping
  }
`;

type Reply = { data: { ping: string } | null; errors?: { message: string; extensions: { code: string } }[] };

const unauthenticated: Reply = { data: null, errors: [{ message: 'Not logged in', extensions: { code: 'UNAUTHENTICATED' } }] };
const ok: Reply = { data: { ping: 'pong' } };

/** A client whose "server" answers with `replies` in turn and counts requests. */
function setup(replies: Reply[], refreshOk: boolean) {
  let requests = 0;
  const server = new ApolloLink(
    () =>
      new Observable((observer) => {
        const reply = replies[Math.min(requests, replies.length - 1)] ?? ok;
        requests++;
        observer.next(reply);
        observer.complete();
      }),
  );
  const refreshSession = jest.fn(async () => refreshOk);
  const onSessionExpired = jest.fn();
  const notify = jest.fn();
  const onTermsNotAccepted = jest.fn();
  const client = new ApolloClient({
    link: ApolloLink.from([createErrorLink({ refreshSession, onSessionExpired, onTermsNotAccepted, notify }), server]),
    cache: new InMemoryCache(),
  });
  return { client, refreshSession, onSessionExpired, onTermsNotAccepted, notify, requests: () => requests };
}


describe('error link', () => {
  it('refreshes the session once on UNAUTHENTICATED and retries the operation', async () => {
    const t = setup([unauthenticated, ok], true);
    const result = await t.client.query({ query: PING });
    expect(result.data).toEqual({ ping: 'pong' });
    expect(t.refreshSession).toHaveBeenCalledTimes(1);
    expect(t.requests()).toBe(2);
    expect(t.notify).not.toHaveBeenCalled();
  });

  it('sends the person to log in when the refresh fails', async () => {
    const t = setup([unauthenticated], false);
    await expect(t.client.query({ query: PING })).rejects.toThrow('Not logged in');
    expect(t.onSessionExpired).toHaveBeenCalledTimes(1);
    expect(t.requests()).toBe(1);
  });

  it('does not loop when the retried operation is still unauthenticated', async () => {
    const t = setup([unauthenticated, unauthenticated], true);
    await expect(t.client.query({ query: PING })).rejects.toThrow();
    expect(t.refreshSession).toHaveBeenCalledTimes(1);
    expect(t.onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('turns other top-level errors into one toast', async () => {
    const t = setup([{ data: null, errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] }], true);
    await expect(t.client.query({ query: PING })).rejects.toThrow();
    expect(t.notify).toHaveBeenCalledWith('Not allowed', 'You are not allowed to do that.');
    expect(t.refreshSession).not.toHaveBeenCalled();
  });

  it('shows the terms gate instead of a toast when the account published terms not yet accepted', async () => {
    const t = setup([{ data: null, errors: [{ message: 'Accept the terms', extensions: { code: 'TERMS_NOT_ACCEPTED' } }] }], true);
    await expect(t.client.query({ query: PING })).rejects.toThrow();
    expect(t.onTermsNotAccepted).toHaveBeenCalledTimes(1);
    expect(t.notify).not.toHaveBeenCalled();
    expect(t.refreshSession).not.toHaveBeenCalled();
  });
});
