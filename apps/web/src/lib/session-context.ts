import { createContext, useContext } from 'react';
import type { RefreshSession } from './session-refresh';

/**
 * The app's single-flight session refresher, shared by the Apollo error link and
 * by the first page load (an expired access token makes `me` null, while the
 * refresh cookie may still be good).
 */
export const SessionRefreshContext = createContext<RefreshSession>(async () => false);

/** The shared refresher: POST /auth/refresh at most once at a time. */
export function useSessionRefresh(): RefreshSession {
  return useContext(SessionRefreshContext);
}
