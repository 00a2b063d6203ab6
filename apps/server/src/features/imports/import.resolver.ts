import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize } from '../../platform/graphql/authorize';
import { forbidden } from '../../platform/graphql/top-level-errors';
import { PageArgs, type Connection } from '../../platform/graphql/connection';
import type { RequestCtx } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { startApply } from './import-runner';
import { importById, importErrors, latestImport } from './import.reads';
import {
  ApplyEmployeeImportInput,
  ApplyEmployeeImportPayload,
  EmployeeImportErrorConnection,
  EmployeeImportErrorFilter,
  EmployeeImportType,
  presentImport,
  type EmployeeImportErrorType,
} from './import.types';

@Resolver(() => EmployeeImportType)
export class ImportResolver {
  @Query(() => EmployeeImportType, { nullable: true, description: 'One employee CSV import (upload the file to POST /api/employees/imports); null when not in this account. Needs user settings.' })
  employeeImport(@Arg('id', () => ID, { description: 'The import.' }) id: string, @Ctx() ctx: RequestCtx): Promise<EmployeeImportType | null> {
    return importById(ctx, id);
  }

  @Query(() => EmployeeImportType, { nullable: true, description: "The account's newest employee import, running or finished; null when there is none. Needs user settings." })
  latestEmployeeImport(@Ctx() ctx: RequestCtx): Promise<EmployeeImportType | null> {
    return latestImport(ctx);
  }

  @FieldResolver(() => EmployeeImportErrorConnection, { description: 'The problems of the file, in row order.' })
  errors(
    @Root() job: EmployeeImportType,
    @Args() page: PageArgs,
    @Arg('filter', () => EmployeeImportErrorFilter, { nullable: true, description: 'Narrow the problems.' }) filter: EmployeeImportErrorFilter | null,
    @Ctx() ctx: RequestCtx,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<EmployeeImportErrorType>> {
    return importErrors(ctx, job, { ...page, column: filter?.column ?? null }, info);
  }

  @Mutation(() => ApplyEmployeeImportPayload, { description: 'Applies a previewed import without errors, all or nothing, in the background: poll employeeImport for progress. Needs user settings.' })
  applyEmployeeImport(@Arg('input', { description: 'The import.' }) input: ApplyEmployeeImportInput, @Ctx() ctx: RequestCtx): Promise<ApplyEmployeeImportPayload> {
    return toPayload(
      () => {
        const actor = authorize(ctx, 'update', 'employees');
        authorize(ctx, 'create', 'employees');
        // An import is held to the importer's own role and grants: a person's, not an API token's.
        if (actor.kind !== 'employee') throw forbidden();
        return startApply(ctx.uow, ctx.read, { principal: actor, employeeId: actor.employeeId }, input.jobId, ctx.clock);
      },
      (job) => ({ employeeImport: presentImport({ ...job, state: 'APPLYING' }) }),
    );
  }
}
