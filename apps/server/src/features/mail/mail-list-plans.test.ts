import { buildAccount, buildEmployee } from '../../test/factories';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';
import { planProblems, StatementCapture, type PlanLimits } from '../../test/plan-check';

/**
 * The failed-mail list and the development mailbox read their page, not the outbox: on an
 * outbox of tens of thousands of delivered, pending and failed emails (among them failed mail
 * about a login, some to the account's people) and a mailbox as big,
 * the statements the server runs for a first and a later page are EXPLAIN ANALYZEd.
 */

const ROWS = 20_000;
const LIMITS: PlanLimits = { bigTables: ['mail_outbox', 'dev_mailbox'], maxSortedRows: 200, maxRowsRead: 200, countsIndexOnly: true };

const capture = new StatementCapture();
let t: TestGatehouse;
let client: TestClient;

beforeAll(async () => {
  t = await startTestGatehouse(capture);
  const accountId = await buildAccount(t.db);
  const otherId = await buildAccount(t.db);
  // Mostly delivered mail, a tenth failed; another account's mail beside it.
  await t.db.query(
    `INSERT INTO mail_outbox (account_id, recipient, template, data, state, attempts, last_error, created_at, sent_at, failed_at)
     SELECT CASE WHEN i % 3 = 0 THEN $2::uuid ELSE $1::uuid END, 'p' || i || '@example.com', 'password_reset', '{"expiresAt":"2026-12-02T12:00:00Z"}',
            CASE WHEN i % 10 = 0 THEN 'FAILED' ELSE 'SENT' END, 8, 'Mailgun 503', now() - make_interval(secs => i), now(), now()
       FROM generate_series(1, $3::int) i`,
    [accountId, otherId, ROWS],
  );
  await t.db.query(
    `INSERT INTO dev_mailbox (account_id, outbox_id, sender, recipient, subject, html, text, links, created_at)
     SELECT CASE WHEN i % 3 = 0 THEN $2::uuid ELSE $1::uuid END, gen_random_uuid(), 'a@b', 'p' || i || '@example.com', 'Subject ' || i, '<p>x</p>', 'x', '{}', now() - make_interval(secs => i)
       FROM generate_series(1, $3::int) i`,
    [accountId, otherId, ROWS],
  );
  // Failed mail about a login (no account): to the account's people, interleaved with as much to other people.
  await buildEmployee(t.db, accountId, { email: 'reset.me@example.com' });
  await t.db.query(
    `INSERT INTO mail_outbox (account_id, recipient, template, data, state, attempts, last_error, created_at, failed_at)
     SELECT NULL, CASE WHEN i % 2 = 0 THEN 'reset.me@example.com' ELSE 'stranger' || i || '@example.com' END, 'password_reset', '{"expiresAt":"2026-12-02T12:00:00Z"}',
            'FAILED', 8, 'Mailgun 503', now() - make_interval(secs => i * 7), now()
       FROM generate_series(1, 200) i`,
  );
  await t.db.query('VACUUM ANALYZE');
  client = await t.as(await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' }));
}, 120_000);
afterAll(async () => t.close());

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

async function twoPages(field: 'failedMail' | 'mailbox'): Promise<string[]> {
  const query = `query($after: String) { ${field}(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
  const read = async (after: string | null) => {
    const r = await client.gql(query, { after });
    expect(r.errors).toBeUndefined();
    return r.data?.[field] as Page;
  };
  const first = await capture.during(() => read(null));
  expect(first.result.edges).toHaveLength(50);
  expect(first.result.pageInfo.hasNextPage).toBe(true);
  const later = await capture.during(() => read(first.result.pageInfo.endCursor));
  const ids = new Set([...first.result.edges, ...later.result.edges].map((e) => e.node.id));
  expect(ids.size).toBe(100);
  return [...(await planProblems(t.db, first.statements, LIMITS)), ...(await planProblems(t.db, later.statements, LIMITS))];
}

describe('mail lists read only their page', () => {
  it('failedMail', async () => {
    expect(await twoPages('failedMail')).toEqual([]);
  });

  it('mailbox', async () => {
    expect(await twoPages('mailbox')).toEqual([]);
  });

  it('refuses more than 200 a page', async () => {
    const r = await client.gql(`{ failedMail(first: 201) { edges { node { id } } } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
