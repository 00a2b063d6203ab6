import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { auditRoutes } from '../features/audit';
import { authRoutes, RequireAuth } from '../features/auth';
import { departmentRoutes } from '../features/departments';
import { employeeRoutes } from '../features/employees';
import { userGroupRoutes } from '../features/user-groups';
import { ComingSoon } from '../ui/coming-soon';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { PeopleLayout } from './settings/people-layout';
import { AppLayout } from './shell/app-layout';

export const routes: RouteObject[] = [
  ...authRoutes,
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'jobs', element: <ComingSoon title="Jobs" description="Jobs will live here once the module is built." /> },
      {
        path: 'incidents',
        element: <ComingSoon title="Incidents" description="Incidents will live here once the module is built." />,
      },
      {
        path: 'settings/people',
        element: <PeopleLayout />,
        children: [
          { index: true, element: <Navigate to="employees" replace /> },
          ...employeeRoutes,
          ...departmentRoutes,
          ...userGroupRoutes,
        ],
      },
      ...auditRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** The browser router of the whole app. */
export function createAppRouter() {
  return createBrowserRouter(routes);
}
