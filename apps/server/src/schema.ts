import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from './features/accounts';
import { ApiTokenResolver } from './features/api-tokens';
import { AuditResolver } from './features/audit';
import { PasswordResetResolver } from './features/auth';
import { DepartmentResolver } from './features/departments';
import { EmployeeResolver, GroupMembersResolver } from './features/employees';
import { ImportResolver } from './features/imports';
import { MailResolver } from './features/mail';
import { ExternalUserResolver } from './features/external-users';
import { InvitationResolver } from './features/invitations';
import { ExternalUserItemsResolver, ItemResolver } from './features/items';
import { SetupResolver } from './features/setup';
import { TermsResolver } from './features/terms';
import { UserGroupResolver } from './features/user-groups';
import { ViewerResolver } from './features/viewer';

export const RESOLVERS = [SetupResolver, ViewerResolver, EmployeeResolver, DepartmentResolver, UserGroupResolver, GroupMembersResolver, AuditResolver, ApiTokenResolver, ItemResolver, ImportResolver, MailResolver, ExternalUserResolver, AccountResolver, PasswordResetResolver, TermsResolver, InvitationResolver, ExternalUserItemsResolver] as const;

/** Builds the code-first schema; `schema.graphql` at the repository root is printed from this. */
export async function createSchema(): Promise<GraphQLSchema> {
  const built = await buildSchema({
    resolvers: RESOLVERS,
    // Off by default in type-graphql: without it class-validator decorators do nothing.
    validate: { forbidUnknownValues: false },
  });
  return describeRoots(built);
}

/** type-graphql cannot describe the root types; Sandbox shows these descriptions first. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const describe = (type: GraphQLObjectType | null | undefined, description: string) =>
    type ? new GraphQLObjectType({ ...type.toConfig(), description }) : undefined;
  const query = describe(config.query, 'Reads. Lists are cursor connections; another account\'s id behaves like a missing one.');
  const mutation = describe(config.mutation, 'Writes. Each takes one `input` and returns a payload whose `userErrors` say why nothing was written.');
  return new GraphQLSchema({
    ...config,
    query,
    mutation,
    types: config.types.filter((t) => t.name !== 'Query' && t.name !== 'Mutation'),
  });
}
