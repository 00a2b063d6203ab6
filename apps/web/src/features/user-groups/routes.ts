import { employeeSetRoutes } from '../employee-sets';
import { userGroupSet } from './user-group-set';

/** Under /settings/people: `groups` with its dialogs, and `groups/:id/members`. */
export const userGroupRoutes = employeeSetRoutes(userGroupSet);
