import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { apiTokenRoutes } from '../features/api-tokens';
import { auditRoutes } from '../features/audit';
import { authRoutes, RequireAuth } from '../features/auth';
import { departmentRoutes } from '../features/departments';
import { employeeRoutes } from '../features/employees';
import { externalUserRoutes } from '../features/external-users';
import { itemRoutes } from '../features/items';
import { generalSettingsRoute, TermsGate, termsRoutes } from '../features/terms';
import { mailRoutes } from '../features/mail';
import { userGroupRoutes } from '../features/user-groups';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { AccountLayout, ACCOUNT_SETTINGS_TABS } from './settings/account-layout';
import { PeopleLayout } from './settings/people-layout';
import { AppLayout } from './shell/app-layout';

export const routes: RouteObject[] = [
  ...authRoutes,
  ...termsRoutes,
  {
    path: '/',
    element: (
      <RequireAuth>
        {/* Nothing of the app until the account's current terms of use are accepted. */}
        <TermsGate>
          <AppLayout />
        </TermsGate>
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      ...itemRoutes,
      {
        path: 'settings/people',
        element: <PeopleLayout />,
        children: [
          { index: true, element: <Navigate to="employees" replace /> },
          ...employeeRoutes,
          ...externalUserRoutes,
          ...departmentRoutes,
          ...userGroupRoutes,
        ],
      },
      {
        path: 'settings/account',
        element: <AccountLayout />,
        children: [
          { index: true, element: <Navigate to={ACCOUNT_SETTINGS_TABS[0]?.value ?? '/'} replace /> },
          // Each Account Settings tab's route, beside its entry in ACCOUNT_SETTINGS_TABS.
          ...apiTokenRoutes,
          generalSettingsRoute,
        ],
      },
      ...auditRoutes,
      ...mailRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** The browser router of the whole app. */
export function createAppRouter() {
  return createBrowserRouter(routes);
}
