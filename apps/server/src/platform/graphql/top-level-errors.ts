import { GraphQLError } from 'graphql';

/** Not logged in, or the session ended. */
export function unauthenticated(): GraphQLError {
  return new GraphQLError('You are not logged in.', { extensions: { code: 'UNAUTHENTICATED' } });
}

/** Logged in, but the role or permissions (or this server's mode) do not allow this. */
export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * The request itself is wrong (a limit, a malformed argument): HTTP 400 with BAD_USER_INPUT,
 * whether it is raised before execution or by a resolver.
 */
export function badUserInput(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code: 'BAD_USER_INPUT', http: { status: 400 } } });
}
