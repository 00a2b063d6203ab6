import { GraphQLError } from 'graphql';

/** Not logged in, or the session ended. */
export function unauthenticated(): GraphQLError {
  return new GraphQLError('You are not logged in.', { extensions: { code: 'UNAUTHENTICATED' } });
}

/** Logged in, but the role or permissions do not allow this. */
export function forbidden(): GraphQLError {
  return new GraphQLError('You are not allowed to do this.', { extensions: { code: 'FORBIDDEN' } });
}
