import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, getVariableValues, GraphQLError, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { rememberCoercedVariables } from './coerced-variables';
import { MAX_COST } from './limits';
import { PriceCache } from './price-cache';
import { checkPrices, operationCost } from './prices';
import { badUserInput } from './top-level-errors';

/** True when a string anywhere in the value (arrays and input objects included) holds NUL. */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsNul);
  return false;
}

/** True when a string literal of the document holds NUL (written as an escape: raw NUL does not parse). */
function documentHoldsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!node.value.includes('\u0000')) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** Apollo keeps parsed documents and hands the same object to every request with the same text. */
const nulByDocument = new WeakMap<DocumentNode, boolean>();

function documentHoldsNulOnce(document: DocumentNode): boolean {
  let found = nulByDocument.get(document);
  if (found === undefined) {
    found = documentHoldsNul(document);
    nulByDocument.set(document, found);
  }
  return found;
}

/**
 * Checks every request once its operation and variables are known, before anything runs:
 * - the variables coerce (otherwise HTTP 400 BAD_USER_INPUT, as Apollo answers them itself);
 * - no text holds NUL: PostgreSQL text cannot, and the database would fail mid-request;
 * - the operation's price with these very variables (@skip/@include and `first` included) is
 *   within MAX_COST. A price is reused only for the same operation with the same values of the
 *   variables that decide it (see PriceCache), never across values that change what runs.
 */
export function requestGuardPlugin<C extends object>(schema: GraphQLSchema): ApolloServerPlugin<C> {
  checkPrices(schema);
  const prices = new PriceCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, operationName, queryHash }) {
          const variables = request.variables ?? {};
          const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], variables);
          if (coerced.errors) {
            const [first] = coerced.errors;
            throw new GraphQLError(coerced.errors.map((e) => e.message).join(' '), {
              nodes: first?.nodes,
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (holdsNul(coerced.coerced) || documentHoldsNulOnce(document)) {
            throw badUserInput('Text must not contain the NUL character (\\u0000).');
          }
          const cost = prices.priceOf(document, `${queryHash}\u0000${operationName ?? ''}`, variables, () =>
            operationCost(schema, document, operationName, variables),
          );
          if (cost > MAX_COST) {
            throw badUserInput(`Query cost ${cost} exceeds the limit of ${MAX_COST}; ask for fewer items or fields.`, { cost, limit: MAX_COST });
          }
          if (request.variables !== undefined && operation !== undefined) rememberCoercedVariables(request.variables, operation, coerced.coerced);
        },
      };
    },
  };
}
