import { DepartmentEntity } from './department.entity';

export { DepartmentEntity };
export { createDepartmentLoaders, type DepartmentLoaders } from './department.loaders';
export { departments, insertDepartment, type DepartmentRow } from './department.queries';
export { DepartmentResolver } from './department.resolver';
export { DepartmentType } from './department.types';

/** The tables this feature owns, for the data source. */
export const DEPARTMENT_ENTITIES = [DepartmentEntity];
