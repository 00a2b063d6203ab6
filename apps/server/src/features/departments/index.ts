export { departments, type DepartmentRow } from './department.queries';
