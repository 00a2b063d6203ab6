import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './toasts.css';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router';
import { config } from '../config';
import { SessionRefreshContext } from '../lib/session-context';
import { createSessionRefresher } from '../lib/session-refresh';
import { createApolloClient } from './apollo-client';
import { createAppRouter } from './router';
import { theme } from './theme';

const refreshSession = createSessionRefresher(config.refreshUrl);
const router = createAppRouter();
const client = createApolloClient({
  graphqlUrl: config.graphqlUrl,
  refreshSession,
  onSessionExpired: () => {
    void client.clearStore().then(() => router.navigate('/login', { replace: true }));
  },
  notify: (title, message) => notifications.show({ color: 'red', title, message }),
});

/** Providers around the router: theme, toasts, Apollo, the shared session refresher. */
export function App() {
  return (
    <MantineProvider theme={theme}>
      {/* Bottom left, above the profile menu (toasts.css says why). */}
      <Notifications position="bottom-left" autoClose={3000} limit={2} className="gh-toasts" />
      <SessionRefreshContext.Provider value={refreshSession}>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </SessionRefreshContext.Provider>
    </MantineProvider>
  );
}
