import type { DataSource, Logger } from 'typeorm';
import { parseConfig } from '../config';
import { startSession } from '../features/auth';
import { createUnitOfWork } from '../platform/db/unit-of-work';
import { createGatehouse, type Gatehouse, type GatehouseOptions } from '../server';
import type { BuiltEmployee } from './factories';
import { createTestDatabase } from './test-database';

export interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; requestId?: string } }[];
}

/** A Gatehouse on a fresh database, reached through HTTP injection (the real Fastify + Apollo stack). */
export interface TestGatehouse {
  readonly gatehouse: Gatehouse;
  readonly db: DataSource;
  /** A client with no session. */
  anonymous(): TestClient;
  /** A second Gatehouse on the same database (its own pool on PostgreSQL), like another server instance. */
  secondInstance(): Promise<Gatehouse>;
  /** A client logged in as the employee (a real session, real cookies). */
  as(employee: BuiltEmployee, remoteAddress?: string): Promise<TestClient>;
  /** A client app sending `Authorization: Bearer <token>` and no cookies. */
  bearer(token: string): TestClient;
  close(): Promise<void>;
}

export class TestClient {
  readonly cookies = new Map<string, string>();

  /** `remoteAddress` is the socket's address, as a client on another machine would have. */
  constructor(
    private readonly gatehouse: Gatehouse,
    private readonly remoteAddress = '127.0.0.1',
    /** Sent with every request (a client app's Authorization header). */
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  /** POSTs a GraphQL operation as the admin app does. */
  async gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResult> {
    const response = await this.request('POST', '/graphql', { query, variables }, headers);
    return response.json() as GraphQLResult;
  }

  /** Any HTTP request with this client's cookies; Set-Cookie updates them. */
  async request(method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.gatehouse.app.inject({
      method,
      url,
      payload,
      remoteAddress: this.remoteAddress,
      headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}), ...this.defaultHeaders, ...headers },
    });
    for (const c of response.cookies) {
      if (c.value === '' || (c.expires !== undefined && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }
}

/** Starts a Gatehouse on its own fresh database for one test file (`options` tune its mail worker). */
export async function startTestGatehouse(logger?: Logger, env: Record<string, string> = {}, options: GatehouseOptions = {}): Promise<TestGatehouse> {
  const { db, drop, openAnother } = await createTestDatabase(logger);
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', ...env });
  // The mail worker neither polls nor wakes on its own in tests: its statements would land in
  // tests that count statements, at moments no test chooses. deliverQueuedMail delivers what is due.
  options = { ...options, mailWorker: { idlePollMs: 60 * 60_000, wakeOnQueued: false, ...options.mailWorker } };
  const gatehouse = await createGatehouse(config, db, null, options);
  const instances: Gatehouse[] = [];
  return {
    gatehouse,
    db,
    anonymous: () => new TestClient(gatehouse),
    async secondInstance() {
      const other = await createGatehouse(config, await openAnother(), null, options);
      instances.push(other);
      return other;
    },
    async as(employee, remoteAddress) {
      const client = new TestClient(gatehouse, remoteAddress);
      const who = { identityId: employee.identityId, accountId: employee.accountId };
      const tokens = await createUnitOfWork(db, null)((tx) => startSession(tx, gatehouse.signingKey, who, { ip: '127.0.0.1', userAgent: 'jest' }));
      client.cookies.set('gh_access', tokens.accessToken);
      return client;
    },
    bearer: (token) => new TestClient(gatehouse, '127.0.0.1', { authorization: `Bearer ${token}` }),
    async close() {
      for (const other of instances) await other.app.close();
      await gatehouse.app.close();
      await drop();
    },
  };
}
