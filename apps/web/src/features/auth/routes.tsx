import type { RouteObject } from 'react-router';
import { InvitationPage } from './pages/invitation-page';
import { LoginPage } from './pages/login-page';
import { SetupPage } from './pages/setup-page';
import { TermsPage } from './pages/terms-page';

/** Pages reachable without a session. */
export const authRoutes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/setup', element: <SetupPage /> },
  { path: '/terms', element: <TermsPage /> },
  { path: '/invitation', element: <InvitationPage /> },
];
