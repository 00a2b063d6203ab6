import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { GraphQLError, type ValidationRule } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

/** Deep enough for connection → edges → node → relation → field, with room; no more. */
export const MAX_DEPTH = 10;
/** One 200-row employee page with its relations costs about 4,000. */
export const MAX_COST = 20_000;

/** A paged field costs its page size times what each item costs. */
const pagedEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const first: unknown = args.first;
  const size = typeof first === 'number' ? Math.min(Math.max(first, 0), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  return 1 + size * Math.max(1, childComplexity);
};

const MAX_CACHED_COSTS = 1000;

/**
 * Only numbers change a price (the estimators read `first`); cursors and filters do not, so
 * paging through a list reuses one cached price.
 */
function numericVariables(variables: Record<string, unknown>): string {
  return JSON.stringify(Object.entries(variables).filter(([, v]) => typeof v === 'number'));
}

/** §6 depth limit, as a validation rule (rejected before execution). */
export function depthRules(): ValidationRule[] {
  return [depthLimit(MAX_DEPTH)];
}

/**
 * §6 cost limit. It runs once the operation and its variables are known (a validation
 * rule would not see variables, so `first: $n` could not be priced).
 */
export function costLimitPlugin<C extends object>(): ApolloServerPlugin<C> {
  // Pricing walks the whole operation; the same operation with the same page sizes costs the same.
  const costs = new Map<string, number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName, queryHash }) {
          const variables = request.variables ?? {};
          const key = `${queryHash}\u0000${operationName ?? ''}\u0000${numericVariables(variables)}`;
          let cost = costs.get(key);
          if (cost === undefined) {
            cost = getComplexity({
              schema,
              query: document,
              operationName: operationName ?? undefined,
              variables,
              estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
            if (costs.size >= MAX_CACHED_COSTS) costs.delete(costs.keys().next().value ?? '');
            costs.set(key, cost);
          }
          if (cost > MAX_COST) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${MAX_COST}.`, { extensions: { code: 'BAD_USER_INPUT', cost } });
          }
        },
      };
    },
  };
}
