import { parse } from 'graphql';
import { PriceCache } from './price-cache';

const DOC = parse('query($s: Boolean!, $n: Int, $after: String, $q: String) { a: setupStatus @skip(if: $s) { needsSetup } employees(first: $n, after: $after, filter: { search: $q }) { totalCount } }');

describe('PriceCache', () => {
  it('prices again when a variable of @skip/@include or `first` changes', () => {
    const cache = new PriceCache();
    let computed = 0;
    const price = (variables: Record<string, unknown>) => cache.priceOf(DOC, 'doc', variables, () => ++computed);
    price({ s: true, n: 10 });
    price({ s: false, n: 10 });
    price({ s: false, n: 200 });
    expect(computed).toBe(3);
  });

  it('reuses a price while only cursors and filters change', () => {
    const cache = new PriceCache();
    let computed = 0;
    const price = (variables: Record<string, unknown>) => cache.priceOf(DOC, 'doc', variables, () => ++computed);
    expect(price({ s: true, n: 10, after: 'x', q: 'a' })).toBe(1);
    expect(price({ s: true, n: 10, after: 'y', q: 'b' })).toBe(1);
    expect(computed).toBe(1);
  });
});
