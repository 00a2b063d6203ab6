import type { RouteObject } from 'react-router';
import { AddEmployeePage } from './pages/add-employee-page';
import { EditEmployeePage } from './pages/edit-employee-page';
import { EmployeesPage } from './pages/employees-page';

/** Under /settings/people: the list, with Add and Edit drawers as child routes. */
export const employeeRoutes: RouteObject[] = [
  {
    path: 'employees',
    element: <EmployeesPage />,
    children: [
      { path: 'new', element: <AddEmployeePage /> },
      { path: ':employeeId', element: <EditEmployeePage /> },
    ],
  },
];
