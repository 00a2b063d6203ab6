/**
 * For the describe block it is called in: `window.matchMedia` answers as a phone does, so
 * every `max-width` query matches (and no `min-width` one). The rest of the stub is the one
 * in setup.ts, which is restored afterwards.
 */
export function onNarrowScreen(): void {
  const wide = window.matchMedia;
  beforeEach(() => {
    window.matchMedia = (query: string): MediaQueryList => ({ ...wide(query), matches: query.includes('max-width') });
  });
  afterEach(() => {
    window.matchMedia = wide;
  });
}
