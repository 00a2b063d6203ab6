import { Kind, visit, type DocumentNode } from 'graphql';

/**
 * The arguments whose values change a price: `first` (a page's size) and `if` (of @skip and
 * @include, which decide whether a selection runs at all). A new estimator that reads another
 * argument must add it here, or its prices would be reused for variables they do not fit.
 */
export const PRICED_ARGUMENTS: ReadonlySet<string> = new Set(['first', 'if']);

const MAX_ENTRIES = 1000;

/**
 * Prices by operation and by the values of exactly the variables that reach a priced
 * argument. Two requests share a price only when nothing that decides it differs, so a price
 * computed with @skip on can never be reused with it off; paging through a list (a new
 * `after` each time) reuses one price.
 */
export class PriceCache {
  private readonly pricedVariables = new Map<string, readonly string[]>();
  private readonly prices = new Map<string, number>();

  /** The cached price, or the computed one (then cached). */
  priceOf(document: DocumentNode, documentKey: string, variables: Readonly<Record<string, unknown>>, compute: () => number): number {
    let names = this.pricedVariables.get(documentKey);
    if (names === undefined) {
      names = variablesInPricedArguments(document);
      remember(this.pricedVariables, documentKey, names);
    }
    const key = `${documentKey}\u0000${JSON.stringify(names.map((n) => variables[n] ?? null))}`;
    let price = this.prices.get(key);
    if (price === undefined) {
      price = compute();
      remember(this.prices, key, price);
    }
    return price;
  }
}

/** Names of the variables used as the value of a priced argument, anywhere in the document. */
function variablesInPricedArguments(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (PRICED_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names].sort();
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value ?? '');
  map.set(key, value);
}
