import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestCtx } from '../../platform/graphql/context';
import type { DepartmentLoaders } from './department.loaders';
import { NameOrder, PageArgs, type Connection } from '../../platform/graphql/connection';
import { toPayload } from '../../platform/graphql/payload';
import { createDepartment, deleteDepartment, updateDepartment } from './department.commands';
import { departmentsPage, departmentById } from './department.reads';
import {
  CreateDepartmentInput,
  DeleteDepartmentInput,
  DeleteDepartmentPayload,
  DepartmentConnection,
  DepartmentFilter,
  DepartmentPayload,
  DepartmentType,
  presentDepartment,
  UpdateDepartmentInput,
} from './department.types';

@Resolver(() => DepartmentType)
export class DepartmentResolver {
  @Query(() => DepartmentConnection, { description: 'Departments of the account, by name. Needs user settings.' })
  departments(
    @Args() page: PageArgs,
    @Arg('filter', () => DepartmentFilter, { nullable: true, description: 'Narrow the list.' }) filter: DepartmentFilter | null,
    @Arg('orderBy', () => NameOrder, { nullable: true, description: 'Sort order (by name).' }) orderBy: NameOrder | null,
    @Ctx() ctx: RequestCtx<DepartmentLoaders>,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<DepartmentType>> {
    return departmentsPage(ctx, { ...page, search: filter?.search ?? null, orderBy }, info);
  }

  @Query(() => DepartmentType, { nullable: true, description: 'One department; null when it does not exist in this account.' })
  department(@Arg('id', () => ID, { description: 'The department.' }) id: string, @Ctx() ctx: RequestCtx<DepartmentLoaders>): Promise<DepartmentType | null> {
    return departmentById(ctx, id);
  }

  @Mutation(() => DepartmentPayload, { description: 'Add a department.' })
  createDepartment(@Arg('input', { description: 'The department.' }) input: CreateDepartmentInput, @Ctx() ctx: RequestCtx<DepartmentLoaders>) {
    return toPayload(() => createDepartment(ctx, input), (row) => ({ department: presentDepartment(row) }));
  }

  @Mutation(() => DepartmentPayload, { description: 'Rename a department.' })
  updateDepartment(@Arg('input', { description: 'The change.' }) input: UpdateDepartmentInput, @Ctx() ctx: RequestCtx<DepartmentLoaders>) {
    return toPayload(() => updateDepartment(ctx, input), (row) => ({ department: presentDepartment(row) }));
  }

  @Mutation(() => DeleteDepartmentPayload, { description: 'Delete a department; its employees stay, without one.' })
  deleteDepartment(@Arg('input', { description: 'Which department.' }) input: DeleteDepartmentInput, @Ctx() ctx: RequestCtx<DepartmentLoaders>) {
    return toPayload(() => deleteDepartment(ctx, input), (deletedId) => ({ deletedId }));
  }

  @FieldResolver(() => Int, { description: 'How many employees belong to it.' })
  memberCount(@Root() root: DepartmentType, @Ctx() ctx: RequestCtx<DepartmentLoaders>): number | Promise<number> {
    return root.knownMemberCount ?? ctx.loaders.departmentMemberCount.load(root.id);
  }
}

