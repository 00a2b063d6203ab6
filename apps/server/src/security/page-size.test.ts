import fs from 'node:fs';
import path from 'node:path';
import { MAX_PAGE_SIZE, pageSize } from '../platform/graphql/connection';
import { buildAccount, buildDepartment, buildEmployee } from '../test/factories';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../test/harness';
import { QueryCounter } from '../test/query-counter';
import { probe } from './probe';

const counter = new QueryCounter();
let t: TestGatehouse;
let admin: TestClient;
let idle: number;
beforeAll(async () => {
  t = await startTestGatehouse(counter);
  const accountId = await buildAccount(t.db);
  admin = await t.as(await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' }));
  for (let i = 0; i < 3; i++) await buildDepartment(t.db, accountId);
  idle = (await probe(counter, admin, '{ __typename }')).statements;
});
afterAll(async () => t.close());

const LISTS = ['employees', 'departments', 'userGroups', 'auditEvents', 'apiTokens', 'items', 'failedMail', 'mailbox', 'externalUsers'];
/** Lists inside an object rather than at the root; each one's refusal is tested beside it (EmployeeImport.errors: features/imports). */
const NESTED_LISTS = ['EmployeeImport.errors'];
/** Arguments a list needs besides `first`. */
const REQUIRED: Readonly<Record<string, string>> = { items: 'module: JOBS, ' };
const args = (list: string) => REQUIRED[list] ?? '';
const MESSAGE = `\`first\` must be from 0 to ${MAX_PAGE_SIZE}; page through longer lists with \`after\`.`;

describe('page size', () => {
  it.each(LISTS.flatMap((list) => [500, MAX_PAGE_SIZE + 1, -1].map((first) => [list, first] as const)))(
    '%s(first: %i) is refused with 400 BAD_USER_INPUT before anything runs, not clamped',
    async (list, first) => {
      for (const [query, variables] of [
        [`{ ${list}(${args(list)}first: ${first}) { totalCount } }`, {}],
        [`query($n: Int) { ${list}(${args(list)}first: $n) { totalCount } }`, { n: first }],
      ] as const) {
        const r = await probe(counter, admin, query, variables);
        expect(r).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', message: MESSAGE, hasData: false });
        expect(r.statements).toBe(idle);
      }
    },
  );

  it.each(LISTS)(`%s answers first: 0 and first: ${MAX_PAGE_SIZE}`, async (list) => {
    for (const first of [0, MAX_PAGE_SIZE]) {
      const r = await probe(counter, admin, `{ ${list}(${args(list)}first: ${first}) { totalCount edges { cursor } } }`);
      expect(r).toMatchObject({ status: 200, code: undefined });
    }
  });

  it('is refused by the resolvers too, for callers that bypass the HTTP checks', () => {
    expect(() => pageSize(MAX_PAGE_SIZE + 1)).toThrow(MESSAGE);
    expect(() => pageSize(-1)).toThrow(MESSAGE);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    expect(pageSize(null)).toBe(50);
  });

  it('is stated in the schema', () => {
    const sdl = fs.readFileSync(path.resolve(__dirname, '../../../../schema.graphql'), 'utf8');
    const stated = sdl.match(new RegExp(`from 0 to ${MAX_PAGE_SIZE}; more is refused`, 'g')) ?? [];
    expect(stated).toHaveLength(LISTS.length + NESTED_LISTS.length);
  });
});
