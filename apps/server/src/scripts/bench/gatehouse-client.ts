import { ACCESS_COOKIE } from '../../platform/http/session-cookies';
import { EMPLOYEES_PAGE_QUERY, PAGE_SIZE } from './page';

/** One-off requests (login, the equality check); the load itself goes through load-worker. */

const LOGIN_MUTATION = `mutation BenchLogin($input: LoginInput!) {
  login(input: $input) { viewer { email } userErrors { code message } }
}`;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The request body of the measured GraphQL operation. */
export function pageRequestBody(): string {
  return JSON.stringify({ query: EMPLOYEES_PAGE_QUERY, variables: { first: PAGE_SIZE } });
}

/** Logs in through the real `login` mutation and returns the access cookie's value. */
export async function login(graphqlUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN_MUTATION, variables: { input: { email, password } } }),
  });
  const body: unknown = await res.json();
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${ACCESS_COOKIE}=`));
  const value = cookie?.split(';')[0]?.slice(ACCESS_COOKIE.length + 1);
  if (!res.ok || value === undefined || value === '') throw new Error(`login failed (HTTP ${res.status}): ${JSON.stringify(body)}`);
  return value;
}

/** GraphQL `data` of the page; any GraphQL error is fatal. */
export async function fetchGraphqlPage(graphqlUrl: string, accessToken: string): Promise<unknown> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${ACCESS_COOKIE}=${accessToken}` },
    body: pageRequestBody(),
  });
  const body: unknown = await res.json();
  if (!res.ok || !isRecord(body) || body.errors !== undefined || !isRecord(body.data)) {
    throw new Error(`GraphQL page failed (HTTP ${res.status}): ${JSON.stringify(body).slice(0, 500)}`);
  }
  return body.data;
}

/** The hand-written endpoint's answer for the same page. */
export async function fetchHandWrittenPage(url: string, accessToken: string): Promise<unknown> {
  const res = await fetch(`${url}?first=${PAGE_SIZE}`, { headers: { cookie: `${ACCESS_COOKIE}=${accessToken}` } });
  const body: unknown = await res.json();
  if (!res.ok) throw new Error(`hand-written page failed (HTTP ${res.status}): ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}
