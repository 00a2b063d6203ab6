import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyBaseLogger } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Codes of errors that are the client's doing: Apollo's request errors (parse, validation,
 * variables, persisted queries, operation name) and ours (bad input and the limits, auth).
 * They are answered as they are and not logged as bugs.
 */
const EXPECTED = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TERMS_NOT_ACCEPTED',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** True for errors that are the client's doing; everything else is our bug. */
export function isExpectedError(e: Pick<GraphQLFormattedError, 'extensions'>): boolean {
  const code = e.extensions?.code;
  return typeof code === 'string' && EXPECTED.has(code);
}

/** graphql-js's `Did you mean "employees"?` (fields, arguments, enum values, input fields). */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** A message without the schema hints graphql-js adds. */
export function withoutSchemaHints(message: string): string {
  return message.replace(SUGGESTION, '');
}

export interface ErrorPluginOptions {
  /**
   * Production hides the schema (introspection is off there); suggestions would leak it one
   * name at a time, so they are stripped. Development keeps them: they help.
   */
  readonly hideSchemaHints: boolean;
}

/**
 * Unexpected failures say INTERNAL_SERVER_ERROR with the request id and no internals.
 * The original error is logged with the same id, so a user's report leads to the log line.
 */
export function errorPlugin(log: FastifyBaseLogger, options: ErrorPluginOptions): ApolloServerPlugin<{ requestId: string }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            if (isExpectedError(error)) continue;
            log.error({ reqId: contextValue.requestId, err: error.originalError ?? error, path: error.path }, 'unexpected GraphQL error');
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
            if (!isExpectedError(e)) {
              return { message: 'Internal server error', path: e.path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId } };
            }
            return options.hideSchemaHints ? { ...e, message: withoutSchemaHints(e.message) } : e;
          });
        },
      };
    },
  };
}
