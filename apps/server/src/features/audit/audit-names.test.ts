import { buildAccount, buildDepartment, buildEmployee, buildUserGroup } from '../../test/factories';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';
import { StatementCapture } from '../../test/plan-check';

/**
 * The audit log names what it is about: targets and the ids in the details resolve to names
 * in one statement per page, and a deleted person keeps the name the event recorded.
 */
const LOG = `query($first: Int, $filter: AuditEventFilter) {
  auditEvents(first: $first, filter: $filter) {
    edges { node { action data target { id kind name exists } mentions { id kind name } } } } }`;

interface Subject {
  id: string;
  kind: string;
  name: string | null;
  exists?: boolean;
}
interface LoggedEvent {
  action: string;
  data: Record<string, unknown>;
  target: Subject | null;
  mentions: Subject[];
}

const capture = new StatementCapture();
let t: TestGatehouse;
let client: TestClient;
let accountId: string;

beforeAll(async () => {
  t = await startTestGatehouse(capture);
  accountId = await buildAccount(t.db);
  const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN', firstName: 'Alice', surname: 'Admin' });
  client = await t.as(admin);
});
afterAll(async () => t.close());

async function eventsFor(targetId: string): Promise<LoggedEvent[]> {
  const r = await client.gql(LOG, { first: 50, filter: { targetId } });
  expect(r.errors).toBeUndefined();
  const connection = r.data?.auditEvents as { edges: { node: LoggedEvent }[] };
  return connection.edges.map((e) => e.node);
}

async function ok(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const r = await client.gql(query, variables);
  expect(r.errors).toBeUndefined();
  const payload = Object.values(r.data ?? {})[0] as { userErrors: unknown[] } & Record<string, unknown>;
  expect(payload.userErrors).toEqual([]);
  return payload;
}

describe('audit event names', () => {
  it('names the target and the department and groups in the details, and keeps the name after deletion', async () => {
    const departmentId = await buildDepartment(t.db, accountId, 'Kitchen');
    const groupId = await buildUserGroup(t.db, accountId, 'Openers');
    const bob = await buildEmployee(t.db, accountId, { firstName: 'Bob', surname: 'Builder' });
    await ok(
      `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { userErrors { code } } }`,
      { input: { id: bob.id, role: 'ADMIN', departmentId, groupIds: [groupId] } },
    );

    const [changed] = await eventsFor(bob.id);
    expect(changed?.action).toBe('employee.role_changed');
    expect(changed?.target).toEqual({ id: bob.id, kind: 'employee', name: 'Bob Builder', exists: true });
    expect(changed?.data.role).toEqual({ from: 'GENERAL', to: 'ADMIN' });
    expect(changed?.mentions).toEqual(
      expect.arrayContaining([
        { id: departmentId, kind: 'department', name: 'Kitchen' },
        { id: groupId, kind: 'user_group', name: 'Openers' },
      ]),
    );

    const challenge = await ok(`mutation($input: RequestDeleteChallengeInput!) { requestDeleteChallenge(input: $input) { challenge { id code } userErrors { code } } }`, {
      input: { employeeIds: [bob.id] },
    });
    const { id: challengeId, code } = challenge.challenge as { id: string; code: string };
    await ok(`mutation($input: DeleteEmployeesInput!) { deleteEmployees(input: $input) { userErrors { code } } }`, {
      input: { employeeIds: [bob.id], challengeId, code },
    });

    const after = await eventsFor(bob.id);
    expect(after.map((e) => e.action)).toEqual(['employee.deleted', 'employee.role_changed']);
    for (const e of after) expect(e.target).toEqual({ id: bob.id, kind: 'employee', name: 'Bob Builder', exists: false });
  });

  it('falls back to no name for an employee event written before names were recorded', async () => {
    const ghost = '00000000-0000-4000-8000-000000000001';
    await t.db.query(`INSERT INTO audit_events (account_id, action, target_type, target_id, data) VALUES ($1, 'employee.updated', 'employee', $2, '{}')`, [accountId, ghost]);
    const [old] = await eventsFor(ghost);
    expect(old?.target).toEqual({ id: ghost, kind: 'employee', name: null, exists: false });
  });

  it('names a deleted or promoted person the details mention by the name their last event recorded', async () => {
    // A job's event names its external assignee by id; the external user was then promoted (and so removed).
    const promoted = '00000000-0000-4000-8000-0000000000e1';
    const neverNamed = '00000000-0000-4000-8000-0000000000e2';
    const jobId = '00000000-0000-4000-8000-0000000000e3';
    await t.db.query(
      `INSERT INTO audit_events (account_id, action, target_type, target_id, data, at) VALUES
         ($1, 'item.updated', 'item', $4::uuid, jsonb_build_object('assignedExternalUserIds', jsonb_build_array($2::text, $3::text)), now() - interval '2 minutes'),
         ($1, 'external_user.created', 'external_user', $2::uuid, '{"targetName": "Sam Stewart"}', now() - interval '3 minutes'),
         ($1, 'external_user.promoted', 'external_user', $2::uuid, '{"targetName": "Sam Steward"}', now() - interval '1 minute')`,
      [accountId, promoted, neverNamed, jobId],
    );
    const [event] = await eventsFor(jobId);
    expect(event?.mentions).toEqual([{ id: promoted, kind: 'external_user', name: 'Sam Steward' }]);
    const [gone] = await eventsFor(promoted);
    expect(gone?.target).toEqual({ id: promoted, kind: 'external_user', name: 'Sam Steward', exists: false });
  });

  it('resolves the names of a whole page in one statement', async () => {
    const people = await Promise.all([1, 2, 3, 4, 5].map((i) => buildEmployee(t.db, accountId, { firstName: `Pat${i}`, surname: 'Page' })));
    const departmentId = await buildDepartment(t.db, accountId);
    for (const p of people) {
      await ok(`mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { userErrors { code } } }`, { input: { id: p.id, departmentId } });
    }
    const { result, statements } = await capture.during(() => client.gql(LOG, { first: 50 }));
    expect(result.errors).toBeUndefined();
    const nameLookups = statements.filter((s) => /FROM departments/.test(s.sql) && /FROM employees/.test(s.sql));
    expect(nameLookups).toHaveLength(1);
    const names = ((result.data?.auditEvents as { edges: { node: LoggedEvent }[] }).edges).map((e) => e.node.target?.name);
    for (const p of [1, 2, 3, 4, 5]) expect(names).toContain(`Pat${p} Page`);
  });
});
