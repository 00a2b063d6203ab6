import type { OperationDefinitionNode } from 'graphql';

/**
 * The variables of a request as the request guard coerced them (defaults applied, custom
 * scalars parsed), for the executor: coercing is the same work both times, so it is done once.
 * Keyed by the variables object the client sent, which the guard's hook and the executor both
 * see (Apollo hands a gateway executor a copy of the request holding the same object; the
 * context is shared by a whole batch, so it cannot be the key). A coercion is used only for
 * the operation it was made for; an entry lives as long as its request.
 */
const coercedByVariables = new WeakMap<object, { operation: OperationDefinitionNode; coerced: Record<string, unknown> }>();

export function rememberCoercedVariables(variables: object, operation: OperationDefinitionNode, coerced: Record<string, unknown>): void {
  coercedByVariables.set(variables, { operation, coerced });
}

/** The guard's coercion of these variables for this operation, or undefined when the guard did not make it. */
export function coercedVariablesOf(variables: object | undefined, operation: OperationDefinitionNode): Record<string, unknown> | undefined {
  if (variables === undefined) return undefined;
  const entry = coercedByVariables.get(variables);
  return entry?.operation === operation ? entry.coerced : undefined;
}
