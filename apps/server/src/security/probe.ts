import type { TestClient } from '../test/harness';
import type { QueryCounter } from '../test/query-counter';

export interface Probe {
  status: number;
  code: string | undefined;
  message: string;
  /** Every error message, in order. */
  messages: string[];
  hasData: boolean;
  data: Record<string, unknown> | null;
  /** Database statements the request sent (the session lookup of a logged-in client included). */
  statements: number;
}

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one operation and reports what an attacker would see, plus the statements it ran. */
export async function probe(counter: QueryCounter, client: TestClient, query: string, variables: Record<string, unknown> = {}): Promise<Probe> {
  const { result, statements } = await counter.during(() => client.request('POST', '/graphql', { query, variables }));
  const body: Body = result.json();
  const error = body.errors?.[0];
  return {
    status: result.statusCode,
    code: error?.extensions?.code,
    message: error?.message ?? '',
    messages: body.errors?.map((e) => e.message) ?? [],
    hasData: body.data !== undefined,
    data: body.data ?? null,
    statements: statements.length,
  };
}

/** What a refused request looks like: HTTP 400, the code, no execution (no `data`). */
export function refused(code: 'BAD_USER_INPUT' | 'GRAPHQL_VALIDATION_FAILED') {
  return { status: 400, code, hasData: false };
}

/** `count` aliased copies of a selection: `a0: x a1: x …`. */
export function aliases(count: number, selection: string): string {
  return Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join(' ');
}
