/** HTTP as an attacker has it: one GraphQL endpoint, cookies, any headers. */

export interface Answer {
  readonly status: number;
  readonly ms: number;
  readonly body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

export class ProbeClient {
  private cookie = '';

  constructor(private readonly url: string) {}

  /** POSTs an operation; keeps the session cookie a login sets. */
  async gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
    const started = performance.now();
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    const access = res.headers.getSetCookie().find((c) => c.startsWith('gh_access='));
    if (access) this.cookie = access.split(';')[0] ?? '';
    let body: Answer['body'];
    try {
      body = JSON.parse(text) as Answer['body'];
    } catch {
      body = { errors: [{ message: text.slice(0, 200) }] };
    }
    return { status: res.status, ms: performance.now() - started, body };
  }
}

/** The userError code of a payload field, "OK" when it has none, or the top-level code. */
export function outcome(answer: Answer, field: string): string {
  const top = answer.body.errors?.[0];
  if (top) return `HTTP ${answer.status} ${top.extensions?.code ?? ''}`.trim();
  const payload = answer.body.data?.[field];
  if (payload && typeof payload === 'object' && 'userErrors' in payload && Array.isArray(payload.userErrors)) {
    const first: unknown = payload.userErrors[0];
    if (first && typeof first === 'object' && 'code' in first) return `${String(first.code)}${'field' in first ? ` (${String(first.field)})` : ''}`;
  }
  return 'OK';
}

/** "INVALID_CREDENTIALS ×5, THROTTLED ×15". */
export function tally(items: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ×${n}`).join(', ');
}
