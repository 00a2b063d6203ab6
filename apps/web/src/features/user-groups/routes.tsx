import type { RouteObject } from 'react-router';
import { DeleteUserGroupDialog, UserGroupDialog } from './components/user-group-dialogs';
import { UserGroupMembersPage } from './pages/user-group-members-page';
import { UserGroupsPage } from './pages/user-groups-page';

/** Under /settings/people: the list with its dialogs as child routes, and a members page. */
export const userGroupRoutes: RouteObject[] = [
  {
    path: 'groups',
    element: <UserGroupsPage />,
    children: [
      { path: 'new', element: <UserGroupDialog /> },
      { path: ':groupId/edit', element: <UserGroupDialog /> },
      { path: ':groupId/delete', element: <DeleteUserGroupDialog /> },
    ],
  },
  { path: 'groups/:groupId/members', element: <UserGroupMembersPage /> },
];
