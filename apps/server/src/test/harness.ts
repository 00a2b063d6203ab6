import type { DataSource, Logger } from 'typeorm';
import { parseConfig } from '../config';
import { loadOrCreateSigningKey, startSession } from '../features/auth';
import { createGatehouse, type Gatehouse } from '../server';
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
  /** A client logged in as the employee (a real session, real cookies). */
  as(employee: BuiltEmployee): Promise<TestClient>;
  close(): Promise<void>;
}

export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(private readonly gatehouse: Gatehouse) {}

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
      headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}), ...headers },
    });
    for (const c of response.cookies) {
      if (c.value === '' || (c.expires !== undefined && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }
}

/** Starts a Gatehouse on its own fresh database for one test file. */
export async function startTestGatehouse(logger?: Logger): Promise<TestGatehouse> {
  const { db, drop } = await createTestDatabase(logger);
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0' });
  const gatehouse = await createGatehouse(config, db, null);
  return {
    gatehouse,
    db,
    anonymous: () => new TestClient(gatehouse),
    async as(employee) {
      const client = new TestClient(gatehouse);
      const tokens = await startSession(db.manager, await loadOrCreateSigningKey(db), { identityId: employee.identityId, accountId: employee.accountId }, { ip: '127.0.0.1', userAgent: 'jest' });
      client.cookies.set('gh_access', tokens.accessToken);
      return client;
    },
    async close() {
      await gatehouse.app.close();
      await drop();
    },
  };
}
