import type { RouteObject } from 'react-router';
import { DeleteDepartmentDialog, DepartmentNameDialog } from './components/department-dialogs';
import { DepartmentMembersPage } from './pages/department-members-page';
import { DepartmentsPage } from './pages/departments-page';

/** Under /settings/people: the list with its dialogs as child routes, and a members page. */
export const departmentRoutes: RouteObject[] = [
  {
    path: 'departments',
    element: <DepartmentsPage />,
    children: [
      { path: 'new', element: <DepartmentNameDialog /> },
      { path: ':departmentId/rename', element: <DepartmentNameDialog /> },
      { path: ':departmentId/delete', element: <DeleteDepartmentDialog /> },
    ],
  },
  { path: 'departments/:departmentId/members', element: <DepartmentMembersPage /> },
];
