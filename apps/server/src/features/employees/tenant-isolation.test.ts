import { randomUUID } from 'node:crypto';
import { fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type TestGatehouse } from '../../test/harness';
import { buildFixture, placeholderFixture, USER_SETTINGS_OPERATIONS, type Fixture } from '../../test/operations';

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

/** A's actor and challenge, with every other id taken from `source`. */
type Aimable = Pick<Fixture, 'target' | 'other' | 'departmentId' | 'groupId' | 'externalUserId' | 'otherExternalUserId'>;

function aimedAt(own: Fixture, source: Aimable): Fixture {
  const { target, other, departmentId, groupId, externalUserId, otherExternalUserId } = source;
  return { ...own, target, other, departmentId, groupId, externalUserId, otherExternalUserId };
}

function missing(f: Fixture): Aimable {
  return {
    target: { ...f.target, id: randomUUID() },
    other: { ...f.other, id: randomUUID() },
    departmentId: randomUUID(),
    groupId: randomUUID(),
    externalUserId: randomUUID(),
    otherExternalUserId: randomUUID(),
  };
}

/** Replaces the given ids with placeholders so two answers can be compared. */
function normalize(value: unknown, ids: readonly string[]): string {
  let text = JSON.stringify(value);
  ids.forEach((id, i) => (text = text.split(id).join(`<id${i}>`)));
  return text;
}

const WITH_IDS = USER_SETTINGS_OPERATIONS.filter((op) => op.ids(placeholderFixture()).length > 0);
const LISTS = USER_SETTINGS_OPERATIONS.filter((op) => op.ids(placeholderFixture()).length === 0 && op.document.startsWith('query'));

describe("another account's ids behave exactly like missing ids", () => {
  it.each(WITH_IDS.map((op) => [op.field, op] as const))('%s', async (_field, op) => {
    const a = await buildFixture(t.db, 'ACCOUNT_ADMIN');
    const b = await buildFixture(t.db, 'ACCOUNT_ADMIN');
    const client = await t.as(a.actor);

    const before = await fingerprint(t.db);
    const crossVariables = op.variables(aimedAt(a, b));
    const cross = await client.gql(op.document, crossVariables);
    expect(await fingerprint(t.db)).toEqual(before);

    const gone = missing(a);
    const missingVariables = op.variables(aimedAt(a, gone));
    const absent = await client.gql(op.document, missingVariables);
    expect(await fingerprint(t.db)).toEqual(before);

    expect(cross.errors).toBeUndefined();
    expect(normalize(cross, op.ids(aimedAt(a, b)))).toEqual(normalize(absent, op.ids(aimedAt(a, gone))));
  });
});

describe("lists never show another account's rows", () => {
  it.each(LISTS.map((op) => [op.field, op] as const))('%s', async (_field, op) => {
    const a = await buildFixture(t.db, 'ACCOUNT_ADMIN');
    const b = await buildFixture(t.db, 'ACCOUNT_ADMIN');
    const bIds = [b.actor.id, b.target.id, b.other.id, b.departmentId, b.groupId, b.accountId, b.externalUserId, b.otherExternalUserId];
    const result = await (await t.as(a.actor)).gql(op.document, op.variables(a));
    expect(result.errors).toBeUndefined();
    const text = JSON.stringify(result);
    // The caller's own rows are there, so the absence of the other account's is not an empty list's.
    const own = op.returns(a);
    expect(own.length).toBeGreaterThan(0);
    for (const id of own) expect(text).toContain(id);
    for (const id of bIds) expect(text).not.toContain(id);
  });

  it("totalCount counts only the caller's account", async () => {
    const a = await buildFixture(t.db, 'USER_ADMIN');
    await buildFixture(t.db, 'USER_ADMIN');
    const result = await (await t.as(a.actor)).gql('{ employees { totalCount } departments { totalCount } userGroups { totalCount } auditEvents { totalCount } externalUsers { totalCount } }');
    // actor, target, other and the guaranteed ACCOUNT_ADMIN; one department; one group; one audit event; two external users.
    expect(result.data).toEqual({ employees: { totalCount: 4 }, departments: { totalCount: 1 }, userGroups: { totalCount: 1 }, auditEvents: { totalCount: 1 }, externalUsers: { totalCount: 2 } });
  });
});
