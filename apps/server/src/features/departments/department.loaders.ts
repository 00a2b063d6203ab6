import type DataLoader from 'dataloader';
import type { Reader } from '../../platform/db/reader';
import { countsById, rowsById } from '../../platform/graphql/batch-loaders';
import { departments, type DepartmentRow } from './department.queries';

export interface DepartmentLoaders {
  departmentById: DataLoader<string, DepartmentRow | null>;
  departmentMemberCount: DataLoader<string, number>;
}

/** This request's department loaders. */
export function createDepartmentLoaders(db: Reader, accountId: string | null): DepartmentLoaders {
  return {
    departmentById: rowsById(accountId, (a, ids) => departments.byIds(db, a, ids)),
    departmentMemberCount: countsById(accountId, (a, ids) => departments.memberCounts(db, a, ids)),
  };
}
