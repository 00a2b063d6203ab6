import type { RouteObject } from 'react-router';
import { AddExternalUserPage } from './pages/add-external-user-page';
import { EditExternalUserPage } from './pages/edit-external-user-page';
import { ExternalUsersPage } from './pages/external-users-page';
import { PromoteExternalUserPage } from './pages/promote-external-user-page';

/** Under /settings/people: the list, with Add, Edit and Promote drawers as child routes. */
export const externalUserRoutes: RouteObject[] = [
  {
    path: 'external',
    element: <ExternalUsersPage />,
    children: [
      { path: 'new', element: <AddExternalUserPage /> },
      { path: ':externalUserId', element: <EditExternalUserPage /> },
      { path: ':externalUserId/promote', element: <PromoteExternalUserPage /> },
    ],
  },
];
