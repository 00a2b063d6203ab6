import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from './features/audit/audit.resolver';
import { AuthResolver } from './features/auth/auth.resolver';
import { DepartmentResolver } from './features/departments/department.resolver';
import { EmployeeResolver } from './features/employees/employee.resolver';
import { UserGroupResolver } from './features/user-groups/user-group.resolver';

export const RESOLVERS = [AuthResolver, EmployeeResolver, DepartmentResolver, UserGroupResolver, AuditResolver] as const;

/** Builds the code-first schema; `schema.graphql` at the repository root is printed from this. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    // Off by default in type-graphql: without it class-validator decorators do nothing.
    validate: { forbidUnknownValues: false },
  });
}
