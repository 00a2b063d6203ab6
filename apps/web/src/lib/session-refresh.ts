export type RefreshSession = () => Promise<boolean>;
type PostFn = (url: string, init: RequestInit) => Promise<{ readonly ok: boolean }>;

/**
 * POST the refresh cookie once, however many operations fail at the same time:
 * the refresh token rotates, so a second concurrent refresh would look like
 * token reuse to the server and end the session.
 */
export function createSessionRefresher(url: string, fetchImpl: PostFn = (u, i) => fetch(u, i)): RefreshSession {
  let inFlight: Promise<boolean> | null = null;
  return () => {
    inFlight ??= fetchImpl(url, { method: 'POST', credentials: 'include' })
      .then((response) => response.ok)
      .catch(() => false)
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
}
