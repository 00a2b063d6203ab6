import type { RouteObject } from 'react-router';
import { AddEmployeePage } from './pages/add-employee-page';
import { EditEmployeePage } from './pages/edit-employee-page';
import { EmployeesPage } from './pages/employees-page';
import { ImportEmployeesPage } from './pages/import-employees-page';

/** Under /settings/people: the list, with Add, Import and Edit drawers as child routes. */
export const employeeRoutes: RouteObject[] = [
  {
    path: 'employees',
    element: <EmployeesPage />,
    children: [
      { path: 'new', element: <AddEmployeePage /> },
      { path: 'import', element: <ImportEmployeesPage /> },
      { path: ':employeeId', element: <EditEmployeePage /> },
    ],
  },
];
