import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Deep enough for connection → edges → node → relation → field, with room; no more. */
export const MAX_DEPTH = 10;
/**
 * What an operation may cost. Units (see prices.ts): 1 is one field answered from memory; a
 * database statement is 100. The admin app's biggest request, a 200-row employee page with
 * departments and groups, costs 5,000; a request at the limit runs about 200 statements
 * at most.
 */
export const MAX_COST = 20_000;

/**
 * Most selections one operation may make, fragments counted each time they are spread (so a
 * small document of nested fragments cannot expand into millions of fields). The employee page
 * of the admin app makes about 30.
 */
export const MAX_SELECTIONS = 10_000;
/**
 * How many times (under different aliases) one root field may be selected in an operation.
 * Every root field reads or writes the database; aliases would otherwise multiply that work
 * within one request. The admin app's home page counts people with at most five aliases of
 * `employees` per query.
 */
export const MAX_ALIASES_PER_ROOT_FIELD = 5;
/**
 * Mutations that check or hash a password with argon2 (about 10 ms of CPU each, by design): one per
 * request, so a request cannot buy many guesses or much CPU at once.
 */
export const PASSWORD_MUTATIONS: readonly string[] = ['login', 'completeSetup', 'resetPassword'];
export const MAX_PASSWORD_MUTATIONS = 1;

/**
 * The limits that depend on the document alone, as validation rules: Apollo runs them once
 * per distinct document, before the operation is resolved or priced, and answers HTTP 400
 * GRAPHQL_VALIDATION_FAILED.
 */
export function limitRules(): ValidationRule[] {
  return [depthLimit, selectionLimit, rootFieldLimits];
}

/** Fragment definitions of the document by name. */
function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

/**
 * Refuses an operation nested deeper than MAX_DEPTH fields. Each fragment is measured once:
 * walking every expansion instead (as graphql-depth-limit does) lets a few hundred characters
 * of nested fragments cost minutes of CPU before any limit is reported. Introspection fields
 * (`__schema`, `__type`) are not counted: their depth is fixed by the spec.
 */
const depthLimit: ValidationRule = (context) => {
  const fragments = fragmentsOf(context);
  const depths = new Map<string, number>();
  const depthOfFragment = (name: string): number => {
    const known = depths.get(name);
    if (known !== undefined) return known;
    depths.set(name, 0);
    const depth = depthOf(fragments.get(name)?.selectionSet);
    depths.set(name, depth);
    return depth;
  };
  const depthOf = (set: SelectionSetNode | undefined): number => {
    let deepest = 0;
    for (const s of set?.selections ?? []) {
      const depth =
        s.kind === Kind.FRAGMENT_SPREAD
          ? depthOfFragment(s.name.value)
          : s.kind === Kind.INLINE_FRAGMENT
            ? depthOf(s.selectionSet)
            : s.selectionSet === undefined || s.name.value.startsWith('__')
              ? 0
              : 1 + depthOf(s.selectionSet);
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  };
  return {
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet);
      if (depth > MAX_DEPTH) {
        context.reportError(new GraphQLError(`The operation is ${depth} fields deep; the limit is ${MAX_DEPTH}.`, { nodes: operation }));
      }
    },
  };
};

/** Refuses an operation making more than MAX_SELECTIONS selections, fragments expanded. */
const selectionLimit: ValidationRule = (context) => {
  const fragments = fragmentsOf(context);
  // Each fragment is sized once; a cycle (reported by NoFragmentCycles) counts as empty.
  const sizes = new Map<string, number>();
  const sizeOfFragment = (name: string): number => {
    const known = sizes.get(name);
    if (known !== undefined) return known;
    sizes.set(name, 0);
    const size = sizeOf(fragments.get(name)?.selectionSet);
    sizes.set(name, size);
    return size;
  };
  const sizeOf = (set: SelectionSetNode | undefined): number => {
    let n = 0;
    for (const s of set?.selections ?? []) {
      n += 1 + (s.kind === Kind.FRAGMENT_SPREAD ? sizeOfFragment(s.name.value) : sizeOf(s.selectionSet));
      // Past the limit the exact figure does not matter; stopping keeps the count cheap.
      if (n > MAX_SELECTIONS) return n;
    }
    return n;
  };
  return {
    OperationDefinition(operation) {
      if (sizeOf(operation.selectionSet) > MAX_SELECTIONS) {
        context.reportError(
          new GraphQLError(`The operation makes more than ${MAX_SELECTIONS} selections (fragments counted each time they are used); split it.`, { nodes: operation }),
        );
      }
    },
  };
};

/** Response keys of each root field of an operation, through fragments at the root. */
function rootSelections(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        const field = s.name.value;
        if (field.startsWith('__')) continue;
        const forField = keys.get(field) ?? new Set<string>();
        forField.add(s.alias?.value ?? field);
        keys.set(field, forField);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        collect(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        collect(fragments.get(s.name.value)?.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return keys;
}

/**
 * Refuses an operation that selects one root field under more than MAX_ALIASES_PER_ROOT_FIELD
 * names, or more than MAX_PASSWORD_MUTATIONS password-checking mutations. Selections are
 * counted whatever their @skip/@include: the answer must not depend on variables.
 */
const rootFieldLimits: ValidationRule = (context) => {
  const fragments = fragmentsOf(context);
  return {
    OperationDefinition(operation) {
      const keys = rootSelections(operation, fragments);
      for (const [field, names] of keys) {
        if (names.size > MAX_ALIASES_PER_ROOT_FIELD) {
          context.reportError(
            new GraphQLError(`\`${field}\` is selected ${names.size} times; at most ${MAX_ALIASES_PER_ROOT_FIELD} selections of one root field per operation.`, {
              nodes: operation,
            }),
          );
        }
      }
      if (operation.operation !== 'mutation') return;
      const passwordChecks = PASSWORD_MUTATIONS.reduce((n, field) => n + (keys.get(field)?.size ?? 0), 0);
      if (passwordChecks > MAX_PASSWORD_MUTATIONS) {
        context.reportError(
          new GraphQLError(`At most ${MAX_PASSWORD_MUTATIONS} of ${PASSWORD_MUTATIONS.map((f) => `\`${f}\``).join(' or ')} per request; this one has ${passwordChecks}.`, {
            nodes: operation,
          }),
        );
      }
    },
  };
};
