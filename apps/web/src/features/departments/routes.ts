import { employeeSetRoutes } from '../employee-sets';
import { departmentSet } from './department-set';

/** Under /settings/people: `departments` with its dialogs, and `departments/:id/members`. */
export const departmentRoutes = employeeSetRoutes(departmentSet);
