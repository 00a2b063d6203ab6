import type { RouteObject } from 'react-router';
import type { NamedRow } from '../../ui/named-list-table';
import { SetAddDialog, SetDeleteDialog, SetEditDialog } from './components/set-dialogs';
import type { EmployeeSet } from './employee-set';
import { SetListPage } from './pages/set-list-page';
import { SetMembersPage } from './pages/set-members-page';

/** Under /settings/people: the set's list with its dialogs as child routes, and a members page. */
export function employeeSetRoutes<T extends NamedRow, K extends string>(set: EmployeeSet<T, K>): RouteObject[] {
  return [
    {
      path: set.path,
      element: <SetListPage set={set} />,
      children: [
        { path: 'new', element: <SetAddDialog set={set} /> },
        { path: `:id/${set.editAction.path}`, element: <SetEditDialog set={set} /> },
        { path: ':id/delete', element: <SetDeleteDialog set={set} /> },
      ],
    },
    { path: `${set.path}/:id/members`, element: <SetMembersPage set={set} /> },
  ];
}
