import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyBaseLogger } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';

const EXPECTED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/** True for errors that are the client's doing; everything else is our bug. */
export function isExpectedError(e: GraphQLFormattedError): boolean {
  const code = e.extensions?.code;
  return typeof code === 'string' && EXPECTED.has(code);
}

/**
 * §4: unexpected failures say INTERNAL_SERVER_ERROR with the request id and no internals.
 * The original error is logged with the same id, so a user's report leads to the log line.
 */
export function errorPlugin(log: FastifyBaseLogger): ApolloServerPlugin<{ requestId: string }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && EXPECTED.has(code)) continue;
            log.error({ reqId: contextValue.requestId, err: error.originalError ?? error, path: error.path }, 'unexpected GraphQL error');
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
            isExpectedError(e)
              ? e
              : { message: 'Internal server error', path: e.path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId } },
          );
        },
      };
    },
  };
}
