/**
 * The portal's calls to /api/portal. The portal cookie (httpOnly) goes along by itself; the
 * link's token is read from the URL fragment and sent in the body, never in a URL.
 */

export interface LinkInfo {
  itemId: string;
  itemTitle: string;
  maskedEmail: string;
  verified: boolean;
}

export interface ItemSummary {
  id: string;
  kind: string;
  title: string;
  status: 'OPEN' | 'COMPLETED';
  dueAt: string | null;
  pastDue: boolean;
  entries: number;
  ticked: number;
}

export interface Home {
  firstName: string;
  lastName: string;
  terms: { version: number; text: string } | null;
  items: ItemSummary[];
}

export interface PortalItem {
  id: string;
  kind: string;
  title: string;
  description: string;
  status: 'OPEN' | 'COMPLETED';
  dueAt: string | null;
  pastDue: boolean;
  checklist: { id: string; text: string; ticked: boolean; tickedAt: string | null; tickedBy: string | null }[];
}

/** A refusal the page shows as it is: the server's message says what to do. */
export class PortalError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** With THROTTLED: how long until the server sends another code. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
  const response = await fetch(`/api/portal${path}`, {
    method,
    credentials: 'same-origin',
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const retryAfter = typeof data.retryAfterSeconds === 'number' ? data.retryAfterSeconds : undefined;
    throw new PortalError(response.status, String(data.error ?? 'ERROR'), String(data.message ?? 'Something went wrong; try again.'), retryAfter);
  }
  return data as T;
}

export const portalApi = {
  link: (token: string) => call<LinkInfo>('POST', '/link', { token }),
  requestCode: (token: string) => call<void>('POST', '/code', { token }),
  verify: (token: string, code: string) => call<void>('POST', '/verify', { token, code }),
  home: () => call<Home>('GET', '/home'),
  acceptTerms: (version: number) => call<void>('POST', '/terms', { version }),
  item: (id: string) => call<PortalItem>('GET', `/items/${encodeURIComponent(id)}`),
  tick: (itemId: string, entryId: string, ticked: boolean) => call<PortalItem>('POST', `/items/${encodeURIComponent(itemId)}/entries/${encodeURIComponent(entryId)}`, { ticked }),
};
