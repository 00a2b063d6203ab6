import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { SessionInfo } from './context';

/** The root field names an operation would run, through fragments and inline fragments. */
function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): Set<string> {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])),
  );
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) walk(fragment);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

/** The account's current terms of use must be accepted before anything else. */
export function termsNotAccepted(): GraphQLError {
  return new GraphQLError('Accept the terms of use of this account first.', {
    extensions: { code: 'TERMS_NOT_ACCEPTED', http: { status: 403 } },
  });
}

/**
 * The server, not only the app, holds a person to the account's current terms of use: while
 * they have not accepted them, an operation that names any root field outside `exempt`
 * (reading who they are and the terms, accepting, logging out, switching account, the public
 * operations) is refused before it runs. A field is recognised by its name, not its alias,
 * and fragments are followed, so neither hides a field.
 */
export function termsGatePlugin<C extends { session: SessionInfo | null }>(exempt: ReadonlySet<string>): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (!contextValue.session?.mustAcceptTerms || operation === undefined || operation === null) return;
          for (const name of rootFieldNames(document, operation)) {
            if (!name.startsWith('__') && !exempt.has(name)) throw termsNotAccepted();
          }
        },
      };
    },
  };
}
