export { employeeSetRoutes } from './routes';
export type { EmployeeSet, EmployeeSetLabels, SetMutation } from './employee-set';
