import { useCallback, useEffect, useState } from 'react';

/** The portal's two places: its home (`/portal`) and one item (`/portal/items/<id>`). */
export type PortalPlace = { readonly page: 'home' } | { readonly page: 'item'; readonly itemId: string };

function placeOf(pathname: string): PortalPlace {
  const match = /^\/portal\/items\/([^/]+)$/.exec(pathname);
  return match?.[1] ? { page: 'item', itemId: decodeURIComponent(match[1]) } : { page: 'home' };
}

/** The current place, following the browser's back and forward buttons; `go` moves to another. */
export function usePortalLocation(): [PortalPlace, (place: PortalPlace) => void] {
  const [place, setPlace] = useState<PortalPlace>(() => placeOf(window.location.pathname));
  useEffect(() => {
    const onPop = () => setPlace(placeOf(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((next: PortalPlace) => {
    window.history.pushState(null, '', next.page === 'item' ? `/portal/items/${encodeURIComponent(next.itemId)}` : '/portal');
    setPlace(next);
    window.scrollTo(0, 0);
  }, []);
  return [place, go];
}

const TOKEN_KEY = 'gatehouse.portal.link';

/**
 * The link's token: taken from the URL fragment once, then kept for this tab only and removed
 * from the address bar (so it is not shared by copying the address or kept in history).
 */
export function takeLinkToken(): string | null {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    window.history.replaceState(null, '', window.location.pathname);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}
