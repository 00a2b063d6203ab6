import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { effectivePermissions, requiredArea, ROLE_SETTINGS, isRole, type ModulePermission, type Role } from '@gatehouse/access';
import { Pool } from 'pg';
import type { InvitationState } from '@gatehouse/contracts';
import { hmacSigningKey, verifyAccessToken, type SigningKey } from '../../platform/auth/access-tokens';
import { encodeCursor, MAX_PAGE_SIZE } from '../../platform/graphql/connection';
import { ACCESS_COOKIE } from '../../platform/http/session-cookies';
import type { EmployeesPageData, PageEmployee } from './page';

/**
 * The baseline: what a careful engineer writes by hand for the same page, with node-postgres
 * and node:http and nothing else. It still does the work the product requires, so the
 * comparison is fair: verify the access JWT (jose, pinned alg/iss/aud, as the server does),
 * check the session is live and its employee active and allowed to read the directory, then
 * load the page. Three statements: the session, the page with its relations (JSON aggregated
 * in the database), and the count, the last two in parallel.
 */

const SESSION_SQL = `
  SELECT e.account_id, e.role FROM sessions s
    JOIN employees e ON e.identity_id = s.identity_id AND e.account_id = s.account_id
   WHERE s.id = $1 AND s.identity_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND e.is_active`;

// The page first (the same order and keyset key as the server), relations for its rows only.
const PAGE_SQL = `
  WITH page AS (
    SELECT e.id, e.is_active, e.first_name, e.surname, e.email, e.role, e.invitation_state, e.last_login_at, e.department_id,
           lower(e.surname || ' ' || e.first_name) AS sort_key
      FROM employees e
     WHERE e.account_id = $1
     ORDER BY lower(e.surname || ' ' || e.first_name), e.id
     LIMIT $2)
  SELECT p.*, d.name AS department_name,
    COALESCE((SELECT json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name)
                FROM user_group_members m JOIN user_groups g ON g.id = m.group_id
               WHERE m.employee_id = p.id AND m.account_id = $1), '[]') AS groups,
    COALESCE((SELECT json_agg(json_build_object(
                'module', mp.module, 'canAccess', mp.can_access, 'isModuleAdmin', mp.is_module_admin, 'seeScope', mp.see_scope,
                'editScope', mp.edit_scope, 'seeLevels', mp.see_levels, 'editLevels', mp.edit_levels))
                FROM employee_module_permissions mp WHERE mp.employee_id = p.id AND mp.account_id = $1), '[]') AS permissions
    FROM page p LEFT JOIN departments d ON d.id = p.department_id
   ORDER BY p.sort_key, p.id`;

// The same path Gatehouse reads for an unfiltered list: the account's counter row.
const COUNT_SQL = 'SELECT employees::int AS n FROM employee_counts WHERE account_id = $1';

interface PageRow {
  id: string;
  is_active: boolean;
  first_name: string;
  surname: string;
  email: string;
  role: Role;
  invitation_state: InvitationState;
  last_login_at: Date | null;
  department_id: string | null;
  department_name: string | null;
  sort_key: string;
  groups: { id: string; name: string }[];
  permissions: ModulePermission[];
}

export interface HandWrittenEndpoint {
  /** GET this with the access cookie. */
  readonly url: string;
  /** Its pool, for counting statements. */
  readonly pool: Pool;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string) {
    super(code);
  }
}

function accessToken(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === ACCESS_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** Same rule as the server: reading the directory needs the User Settings area. */
function mayReadEmployees(role: Role): boolean {
  const area = requiredArea('read', 'employees');
  return area !== null && ROLE_SETTINGS[role].includes(area);
}

async function authenticate(pool: Pool, key: SigningKey, cookieHeader: string | undefined): Promise<string> {
  const token = accessToken(cookieHeader);
  const claims = token === null ? null : await verifyAccessToken(key, token);
  if (claims === null) throw new HttpError(401, 'UNAUTHENTICATED');
  const { rows } = await pool.query<{ account_id: string; role: string }>(SESSION_SQL, [claims.sessionId, claims.identityId]);
  const row = rows[0];
  if (row === undefined || !isRole(row.role)) throw new HttpError(401, 'UNAUTHENTICATED');
  if (!mayReadEmployees(row.role)) throw new HttpError(403, 'FORBIDDEN');
  return row.account_id;
}

function present(r: PageRow): PageEmployee {
  return {
    id: r.id,
    isActive: r.is_active,
    firstName: r.first_name,
    surname: r.surname,
    fullName: `${r.first_name} ${r.surname}`.trim(),
    email: r.email,
    role: r.role,
    invitationState: r.invitation_state,
    lastLoginAt: r.last_login_at,
    department: r.department_id === null || r.department_name === null ? null : { id: r.department_id, name: r.department_name },
    userGroups: r.groups,
    // Role ∪ stored, by the same function the resolver uses: the rule lives in one place.
    permissions: effectivePermissions(r.role, r.permissions),
  };
}

async function loadPage(pool: Pool, accountId: string, first: number): Promise<EmployeesPageData> {
  const [page, count] = await Promise.all([
    pool.query<PageRow>(PAGE_SQL, [accountId, first + 1]),
    pool.query<{ n: number }>(COUNT_SQL, [accountId]),
  ]);
  const rows = page.rows.slice(0, first);
  const edges = rows.map((r) => ({ cursor: encodeCursor({ name: 'NAME:ASC', cast: 'text' }, { value: r.sort_key, id: r.id }), node: present(r) }));
  return {
    employees: {
      totalCount: count.rows[0]?.n ?? 0,
      pageInfo: { hasNextPage: page.rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      edges,
    },
  };
}

function pageSizeOf(url: URL): number {
  const first = Number(url.searchParams.get('first') ?? 50);
  return Number.isInteger(first) ? Math.min(Math.max(first, 0), MAX_PAGE_SIZE) : 50;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

async function handle(pool: Pool, key: SigningKey, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' || url.pathname !== '/employees') return send(res, 404, { error: 'NOT_FOUND' });
  try {
    const accountId = await authenticate(pool, key, req.headers.cookie);
    send(res, 200, await loadPage(pool, accountId, pageSizeOf(url)));
  } catch (error) {
    if (error instanceof HttpError) return send(res, error.status, { error: error.code });
    send(res, 500, { error: 'INTERNAL_SERVER_ERROR' });
  }
}

async function loadSigningKey(pool: Pool): Promise<SigningKey> {
  const { rows } = await pool.query<{ kid: string; secret: string }>("SELECT kid, secret FROM signing_keys WHERE kid = 'primary'");
  const row = rows[0];
  if (row === undefined) throw new Error('hand-written endpoint: no signing key yet (start Gatehouse first)');
  return hmacSigningKey(row.kid, Buffer.from(row.secret, 'base64url'));
}

function portOf(address: string | AddressInfo | null): number {
  if (address === null || typeof address === 'string') throw new Error('hand-written endpoint: not listening on TCP');
  return address.port;
}

/** Starts the endpoint on a loopback port. */
export async function startHandWritten(databaseUrl: string, poolSize: number): Promise<HandWrittenEndpoint> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle client losing its connection (a restart, DROP DATABASE … FORCE) emits 'error'; unhandled, that would kill the run.
  pool.on('error', (error) => process.stderr.write(`hand-written endpoint: idle database connection failed: ${error.message}\n`));
  const key = await loadSigningKey(pool);
  const server = http.createServer((req, res) => void handle(pool, key, req, res));
  // Fastify's default, so idle keep-alive connections live as long on both sides.
  server.keepAliveTimeout = 72_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${portOf(server.address())}/employees`,
    pool,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
