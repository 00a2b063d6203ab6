import { randomUUID } from 'node:crypto';
import { buildAccount, buildApiToken, buildDepartment, buildEmployee, buildUserGroup } from '../../test/factories';
import { fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type TestGatehouse } from '../../test/harness';
import { buildItemFixture, ITEM_OPERATIONS, placeholderItemFixture, type ItemFixture } from '../../test/item-operations';

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

const P = 'userErrors { code field }';

/** A's actor, with every id of an item or its links taken from `source`. */
function aimedAt(own: ItemFixture, source: Omit<ItemFixture, 'accountId' | 'actor'>): ItemFixture {
  return { ...source, accountId: own.accountId, actor: own.actor };
}

function missing(f: ItemFixture): Omit<ItemFixture, 'accountId' | 'actor'> {
  return { ...f, other: { ...f.other, id: randomUUID() }, departmentId: randomUUID(), groupId: randomUUID(), itemId: randomUUID(), tickedEntryId: randomUUID(), untickedEntryId: randomUUID(), completedItemId: randomUUID() };
}

function normalize(value: unknown, ids: readonly string[]): string {
  let text = JSON.stringify(value);
  ids.forEach((id, i) => (text = text.split(id).join(`<id${i}>`)));
  return text;
}

describe("another account's ids behave exactly like missing ids", () => {
  it.each(ITEM_OPERATIONS.filter((op) => op.ids(placeholderItemFixture()).length > 0).map((op) => [op.field, op] as const))('%s', async (_field, op) => {
    const a = await buildItemFixture(t.db, 'ACCOUNT_ADMIN', []);
    const b = await buildItemFixture(t.db, 'ACCOUNT_ADMIN', []);
    const client = await t.as(a.actor);
    const before = await fingerprint(t.db);
    const cross = await client.gql(op.document, op.variables(aimedAt(a, b)));
    expect(await fingerprint(t.db)).toEqual(before);
    const gone = aimedAt(a, missing(a));
    const absent = await client.gql(op.document, op.variables(gone));
    expect(await fingerprint(t.db)).toEqual(before);
    expect(cross.errors).toBeUndefined();
    expect(normalize(cross, op.ids(aimedAt(a, b)))).toEqual(normalize(absent, op.ids(gone)));
  });

  it("lists never show another account's jobs", async () => {
    const a = await buildItemFixture(t.db, 'ACCOUNT_ADMIN', []);
    const b = await buildItemFixture(t.db, 'ACCOUNT_ADMIN', []);
    const text = JSON.stringify(await (await t.as(a.actor)).gql('{ items(module: JOBS) { edges { node { id } } } itemChoices(module: JOBS) { departments { id } userGroups { id } employees { id } } }'));
    expect(text).toContain(a.itemId);
    expect(text).toContain(a.departmentId);
    for (const id of [b.itemId, b.completedItemId, b.departmentId, b.groupId, b.other.id, b.actor.id]) expect(text).not.toContain(id);
  });
});

describe('bad input changes nothing', () => {
  const CREATE = `mutation($input: CreateItemInput!) { createItem(input: $input) { item { id } ${P} } }`;
  const UPDATE = `mutation($input: UpdateItemInput!) { updateItem(input: $input) { item { id } ${P} } }`;
  const CHECKLIST = `mutation($input: SetItemChecklistInput!) { setItemChecklist(input: $input) { item { id } ${P} } }`;

  it.each([
    ['an empty title', CREATE, () => ({ input: { module: 'JOBS', title: '   ' } }), [['INVALID_INPUT', 'title']]],
    ['a title too long', CREATE, () => ({ input: { module: 'JOBS', title: 'x'.repeat(201) } }), [['INVALID_INPUT', 'title']]],
    ['level 11', CREATE, () => ({ input: { module: 'JOBS', title: 'A', confidentialLevel: 11 } }), [['INVALID_INPUT', 'confidentialLevel']]],
    ['an unknown department and group', CREATE, () => ({ input: { module: 'JOBS', title: 'A', departmentId: randomUUID(), sharedGroupIds: [randomUUID()] } }), [['NOT_FOUND', 'departmentId'], ['NOT_FOUND', 'sharedGroupIds']]],
    ['a bad checklist entry', CREATE, () => ({ input: { module: 'JOBS', title: 'A', checklist: ['ok', ' '] } }), [['INVALID_INPUT', 'checklist.1']]],
    ['an update to an empty title', UPDATE, (f: ItemFixture) => ({ input: { id: f.itemId, title: '' } }), [['INVALID_INPUT', 'title']]],
    ['an entry id of another item', CHECKLIST, (f: ItemFixture) => ({ input: { itemId: f.completedItemId, entries: [{ id: f.tickedEntryId, text: 'Steal' }] } }), [['NOT_FOUND', 'entries.0.id']]],
  ] as const)('%s', async (_name, document, variables, errors) => {
    const f = await buildItemFixture(t.db, 'ACCOUNT_ADMIN', []);
    const before = await fingerprint(t.db);
    const result = await (await t.as(f.actor)).gql(document, variables(f));
    expect(result.errors).toBeUndefined();
    const payload = Object.values(result.data ?? {})[0] as { userErrors: { code: string; field: string }[] };
    expect(payload.userErrors.map((e) => [e.code, e.field])).toEqual(errors);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it.each([
    ['create', CREATE, (f: ItemFixture) => ({ module: 'JOBS', title: 'A', sharedGroupIds: Array.from({ length: 51 }, () => f.groupId) })],
    ['update', UPDATE, (f: ItemFixture) => ({ id: f.itemId, title: 'A', assignedEmployeeIds: Array.from({ length: 101 }, () => f.other.id) })],
  ] as const)('the shared fields keep their size caps on %s: the request is refused before it runs', async (_name, document, input) => {
    const f = await buildItemFixture(t.db, 'ACCOUNT_ADMIN', []);
    const before = await fingerprint(t.db);
    const result = await (await t.as(f.actor)).gql(document, { input: input(f) });
    expect(result.errors?.[0]?.message).toMatch(/Argument Validation Error/);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('a level the creator cannot edit is refused, and so is an item they could not edit afterwards', async () => {
    const f = await buildItemFixture(t.db, 'GENERAL', [{ module: 'JOBS', canAccess: true, isModuleAdmin: false, seeScope: 'DEPARTMENT', editScope: 'DEPARTMENT', seeLevels: [2, 3], editLevels: [2] }]);
    const client = await t.as(f.actor);
    const before = await fingerprint(t.db);
    const level = await client.gql(CREATE, { input: { module: 'JOBS', title: 'A', departmentId: f.departmentId, confidentialLevel: 3 } });
    expect(level.data?.createItem).toEqual({ item: null, userErrors: [{ code: 'LEVEL_NOT_HELD', field: 'confidentialLevel' }] });
    const away = await client.gql(UPDATE, { input: { id: f.itemId, title: 'Moved away', departmentId: null } });
    expect(away.data?.updateItem).toEqual({ item: null, userErrors: [{ code: 'PERMISSION_NOT_HELD', field: 'departmentId' }] });
    expect(await fingerprint(t.db)).toEqual(before);
    const ok = await client.gql(CREATE, { input: { module: 'JOBS', title: 'Mine', departmentId: f.departmentId, confidentialLevel: 2 } });
    expect(ok.data?.createItem).toEqual({ item: { id: expect.any(String) }, userErrors: [] });
  });
});

describe('checklist ticks and deleted people', () => {
  it('a tick records who and when; deleting that employee keeps the name, and removes them from every item with an audit event', async () => {
    const accountId = await buildAccount(t.db);
    const departmentId = await buildDepartment(t.db, accountId);
    await buildUserGroup(t.db, accountId);
    const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' });
    const worker = await buildEmployee(t.db, accountId, { role: 'ADMIN', firstName: 'Wanda', surname: 'Worker', departmentId });
    const adminClient = await t.as(admin);
    const created = await adminClient.gql(`mutation($input: CreateItemInput!) { createItem(input: $input) { item { id checklist { id } } ${P} } }`, {
      input: { module: 'JOBS', title: 'Check turnstiles', assignedEmployeeIds: [worker.id], checklist: ['North', 'South'] },
    });
    const item = (created.data?.createItem as { item: { id: string; checklist: { id: string }[] } }).item;
    const startedAt = Date.now();
    const ticked = await (await t.as(worker)).gql(`mutation($id: ID!) { tickChecklistEntry(input: { entryId: $id }) { item { checklist { text tick { at name employeeId } } } ${P} } }`, { id: item.checklist[0]?.id });
    const entries = (ticked.data?.tickChecklistEntry as { item: { checklist: { text: string; tick: { at: string; name: string; employeeId: string } | null }[] } }).item.checklist;
    expect(entries.map((e) => [e.text, e.tick?.name ?? null, e.tick?.employeeId ?? null])).toEqual([['North', 'Wanda Worker', worker.id], ['South', null, null]]);
    expect(Math.abs(new Date(entries[0]?.tick?.at ?? 0).getTime() - startedAt)).toBeLessThan(60_000);

    const challenge = await adminClient.gql(`mutation($ids: [ID!]!) { requestDeleteChallenge(input: { employeeIds: $ids }) { challenge { id code } ${P} } }`, { ids: [worker.id] });
    const c = (challenge.data?.requestDeleteChallenge as { challenge: { id: string; code: string } }).challenge;
    const deleted = await adminClient.gql(`mutation($input: DeleteEmployeesInput!) { deleteEmployees(input: $input) { deletedIds ${P} } }`, { input: { employeeIds: [worker.id], challengeId: c.id, code: c.code } });
    expect(deleted.data?.deleteEmployees).toEqual({ deletedIds: [worker.id], userErrors: [] });

    const after = await adminClient.gql('query($id: ID!) { item(id: $id) { assignedEmployees { id } checklist { tick { name employeeId } } } }', { id: item.id });
    expect(after.data?.item).toEqual({ assignedEmployees: [], checklist: [{ tick: { name: 'Wanda Worker', employeeId: null } }, { tick: null }] });
    const events: { action: string; data: { removed: string[] } }[] = await t.db.query(`SELECT action, data FROM audit_events WHERE account_id = $1 AND target_id = $2 AND action = 'item.assignees_removed'`, [accountId, item.id]);
    expect(events.map((e) => [e.action, e.data.removed])).toEqual([['item.assignees_removed', [worker.id]]]);
  });
});

describe('the item form finds employees by name or email', () => {
  it('matches any part of first name, surname or email, in any case; never an inactive person', async () => {
    const accountId = await buildAccount(t.db);
    const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN', firstName: 'Ada', surname: 'Admin' });
    const marta = await buildEmployee(t.db, accountId, { firstName: 'Marta', surname: 'Quistgaard', email: 'mq.gate7@example.com' });
    await buildEmployee(t.db, accountId, { firstName: 'Marta', surname: 'Quistgaard-Old', isActive: false });
    const client = await t.as(admin);
    const found = async (employeeSearch: string) => {
      const result = await client.gql('query($s: String) { itemChoices(module: JOBS, employeeSearch: $s) { employees { id } } }', { s: employeeSearch });
      expect(result.errors).toBeUndefined();
      return (result.data?.itemChoices as { employees: { id: string }[] }).employees.map((e) => e.id);
    };
    expect(await found('QUISTG')).toEqual([marta.id]);
    expect(await found('quistgaard marta')).toEqual([marta.id]);
    expect(await found('GATE7@')).toEqual([marta.id]);
    expect(await found('quist%')).toEqual([]);
  });
});

describe('client apps with an API token', () => {
  it('create and tick under the token’s name; the audit log names the token, and a confidential job stays out of reach', async () => {
    const f = await buildItemFixture(t.db, 'GENERAL', []);
    const token = await buildApiToken(t.db, f.accountId, { role: 'ADMIN', name: 'Ticketing bridge' });
    const client = t.bearer(token.token);
    const created = await client.gql(`mutation($input: CreateItemInput!) { createItem(input: $input) { item { id checklist { id } } ${P} } }`, {
      input: { module: 'JOBS', title: 'Reset turnstile 4', departmentId: f.departmentId, checklist: ['Power off'] },
    });
    const item = (created.data?.createItem as { item: { id: string; checklist: { id: string }[] } }).item;
    const ticked = await client.gql(`mutation($input: ChecklistEntryIdInput!) { tickChecklistEntry(input: $input) { item { checklist { tick { name employeeId byExternalUser } } } ${P} } }`, {
      input: { entryId: item.checklist[0]?.id },
    });
    expect(ticked.data?.tickChecklistEntry).toEqual({ item: { checklist: [{ tick: { name: 'Ticketing bridge (API token)', employeeId: null, byExternalUser: false } }] }, userErrors: [] });
    const events: { action: string; actor_employee_id: string | null; actor_api_token_id: string | null }[] = await t.db.query(
      `SELECT action, actor_employee_id, actor_api_token_id FROM audit_events WHERE account_id = $1 AND target_id = $2 ORDER BY at, action`,
      [f.accountId, item.id],
    );
    expect(events).toEqual([
      { action: 'item.created', actor_employee_id: null, actor_api_token_id: token.id },
      { action: 'item.checklist_ticked', actor_employee_id: null, actor_api_token_id: token.id },
    ]);
    const creator: { created_by_employee_id: string | null }[] = await t.db.query('SELECT created_by_employee_id FROM items WHERE id = $1', [item.id]);
    expect(creator).toEqual([{ created_by_employee_id: null }]);

    // A token holds no confidential levels (they come only from stored permissions): it neither sees nor makes such a job.
    await t.db.query('UPDATE items SET confidential_level = 2 WHERE id = $1', [f.itemId]);
    expect(JSON.stringify((await client.gql('query($id: ID!) { item(id: $id) { id } }', { id: f.itemId })).data)).toBe('{"item":null}');
    const before = await fingerprint(t.db);
    const refused = await client.gql(`mutation($input: CreateItemInput!) { createItem(input: $input) { item { id } ${P} } }`, {
      input: { module: 'JOBS', title: 'Secret job', confidentialLevel: 2, checklist: [] },
    });
    expect(refused.data?.createItem).toEqual({ item: null, userErrors: [{ code: 'LEVEL_NOT_HELD', field: 'confidentialLevel' }] });
    expect(await fingerprint(t.db)).toEqual(before);
  });
});
