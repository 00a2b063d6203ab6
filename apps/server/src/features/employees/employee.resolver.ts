import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestCtx } from '../../platform/graphql/context';
import { PageArgs, type Connection } from '../../platform/graphql/connection';
import { toPayload } from '../../platform/graphql/payload';
import { bulkUpdateEmployees } from './bulk-update.commands';
import { DeleteChallengePayload, presentChallenge } from '../delete-challenges';
import { deleteEmployees, requestDeleteChallenge } from './delete-employees.commands';
import {
  BulkUpdateEmployeesInput,
  BulkUpdateEmployeesPayload,
  CreateEmployeeInput,
  DeleteEmployeesInput,
  DeleteEmployeesPayload,
  EmployeeFilter,
  EmployeeOrder,
  EmployeePayload,
  RequestDeleteChallengeInput,
  UpdateEmployeeInput,
} from './employee.inputs';
import { employeeById, employeesPage } from './employee.reads';
import { EmployeeConnection, EmployeeType, presentEmployee } from './employee.types';
import { createEmployee, updateEmployee } from './save-employee.commands';

@Resolver(() => EmployeeType)
export class EmployeeResolver {
  @Query(() => EmployeeConnection, { description: 'Employees of the account. Needs user settings.' })
  employees(
    @Args() page: PageArgs,
    @Arg('filter', () => EmployeeFilter, { nullable: true, description: 'Narrow the list.' }) filter: EmployeeFilter | null,
    @Arg('orderBy', () => EmployeeOrder, { nullable: true, description: 'Sort order; by name when omitted.' }) orderBy: EmployeeOrder | null,
    @Ctx() ctx: RequestCtx,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<EmployeeType>> {
    return employeesPage(ctx, { ...page, filter, orderBy }, info);
  }

  @Query(() => EmployeeType, { nullable: true, description: 'One employee; null when it does not exist in this account.' })
  employee(@Arg('id', () => ID, { description: 'The employee.' }) id: string, @Ctx() ctx: RequestCtx): Promise<EmployeeType | null> {
    return employeeById(ctx, id);
  }

  @Mutation(() => EmployeePayload, { description: 'Add an employee (Save User).' })
  createEmployee(@Arg('input', { description: 'The employee.' }) input: CreateEmployeeInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => createEmployee(ctx, input), (row) => ({ employee: presentEmployee(row) }));
  }

  @Mutation(() => EmployeePayload, { description: 'Edit an employee: everything but the email. Inactivating ends their sessions.' })
  updateEmployee(@Arg('input', { description: 'The change.' }) input: UpdateEmployeeInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => updateEmployee(ctx, input), (row) => ({ employee: presentEmployee(row) }));
  }

  @Mutation(() => BulkUpdateEmployeesPayload, { description: 'Set department, role, groups or active for many employees, all or nothing.' })
  bulkUpdateEmployees(@Arg('input', { description: 'The change.' }) input: BulkUpdateEmployeesInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => bulkUpdateEmployees(ctx, input), (rows) => ({ employees: rows.map(presentEmployee) }));
  }

  @Mutation(() => DeleteChallengePayload, { description: 'Step one of deleting employees: a number (5 minutes, single use) the admin must type back.' })
  requestDeleteChallenge(@Arg('input', { description: 'Which employees.' }) input: RequestDeleteChallengeInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => requestDeleteChallenge(ctx, input.employeeIds), presentChallenge);
  }

  @Mutation(() => DeleteEmployeesPayload, { description: 'Step two: delete, with the typed number. Removes them from every group and session.' })
  deleteEmployees(@Arg('input', { description: 'The employees and the confirmation.' }) input: DeleteEmployeesInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => deleteEmployees(ctx, input), (deletedIds) => ({ deletedIds }));
  }
}
