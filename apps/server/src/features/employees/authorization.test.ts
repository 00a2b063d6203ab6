import { ROLES, type Role } from '@gatehouse/access';
import { Kind, parse } from 'graphql';
import { createSchema } from '../../schema';
import { changedTables, fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type GraphQLResult, type TestGatehouse } from '../../test/harness';
import { buildFixture, placeholderFixture, USER_SETTINGS_OPERATIONS, type Operation } from '../../test/operations';

/**
 * The role table as an independent table (not computed from @gatehouse/access): user settings belong to
 * ACCOUNT_ADMIN and USER_ADMIN only.
 */
const USER_SETTINGS: Readonly<Record<Role, boolean>> = { ACCOUNT_ADMIN: true, USER_ADMIN: true, ADMIN: false, GENERAL: false };

type Actor = { kind: 'role'; role: Role } | { kind: 'inactive'; role: Role } | { kind: 'anonymous' };
const ACTORS: Actor[] = [
  ...ROLES.map((role): Actor => ({ kind: 'role', role })),
  { kind: 'inactive', role: 'ACCOUNT_ADMIN' },
  { kind: 'anonymous' },
];

function expected(actor: Actor): 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED' {
  if (actor.kind !== 'role') return 'UNAUTHENTICATED';
  return USER_SETTINGS[actor.role] ? 'ALLOWED' : 'FORBIDDEN';
}

function describeActor(actor: Actor): string {
  return actor.kind === 'anonymous' ? 'anonymous' : actor.kind === 'inactive' ? `inactive ${actor.role}` : actor.role;
}

function payloadErrors(result: GraphQLResult, field: string): unknown[] {
  const value = result.data?.[field];
  return value && typeof value === 'object' && 'userErrors' in value && Array.isArray(value.userErrors) ? value.userErrors : [];
}

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

/**
 * Root fields outside user settings: they are public, or act only on the caller themself, so
 * no role decides them. Every other root field must be in USER_SETTINGS_OPERATIONS.
 */
const NOT_USER_SETTINGS = [
  'setupStatus', // public: whether first-run setup is still open
  'completeSetup', // public: first run, guarded by the printed setup token
  'login', // public
  'me', // the caller themself
  'logout', // the caller's own session
  'switchAccount', // the caller's own session, into another of their own accounts
  'invitation', // public: what an invitation link is, the token being the credential
  'acceptInvitation', // public: guarded by the invitation token, throttled per link and IP
] as const;

/** The operation type and root field a document names. */
function rootOf(document: string): { operation: string; field: string } {
  const definition = parse(document).definitions[0];
  if (definition?.kind !== Kind.OPERATION_DEFINITION) throw new Error(`not an operation: ${document}`);
  const selection = definition.selectionSet.selections[0];
  return { operation: definition.operation, field: selection?.kind === Kind.FIELD ? selection.name.value : '' };
}

describe('the operation table is the schema', () => {
  it('classifies every root field: user settings, or public / about the caller, never both or neither', async () => {
    const schema = await createSchema();
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    const table = USER_SETTINGS_OPERATIONS.map((op) => op.field);
    const classified: string[] = [...table, ...NOT_USER_SETTINGS];
    expect(roots.filter((field) => !classified.includes(field))).toEqual([]);
    expect(classified.filter((field) => !roots.includes(field))).toEqual([]);
    expect(new Set(classified).size).toBe(classified.length);
  });

  it.each(USER_SETTINGS_OPERATIONS.map((op) => [op.field, op] as const))('%s: its document calls it, and a success can be told from a no-op', (field, op) => {
    const root = rootOf(op.document);
    expect(root.field).toBe(field);
    // A query must show rows of the fixture; a mutation must change named tables.
    if (root.operation === 'query') {
      expect(op.writes).toEqual([]);
      expect(op.returns(placeholderFixture()).length).toBeGreaterThan(0);
    } else {
      expect(op.writes.length).toBeGreaterThan(0);
    }
  });
});

const CASES = USER_SETTINGS_OPERATIONS.flatMap((op) => ACTORS.map((actor) => [op.field, describeActor(actor), expected(actor), op, actor] as const));

describe('every user-settings operation × every kind of caller', () => {
  it.each(CASES)('%s by %s → %s', async (_field, _who, outcome, op: Operation, actor: Actor) => {
    const fixture = await buildFixture(t.db, actor.kind === 'anonymous' ? 'ACCOUNT_ADMIN' : actor.role, actor.kind !== 'inactive');
    const client = actor.kind === 'anonymous' ? t.anonymous() : await t.as(fixture.actor);
    const before = await fingerprint(t.db);
    const result = await client.gql(op.document, op.variables(fixture));
    if (outcome === 'ALLOWED') {
      expect(result.errors).toBeUndefined();
      expect(payloadErrors(result, op.field)).toEqual([]);
      expect(result.data?.[op.field]).not.toBeNull();
      // It did its work: a read shows the fixture's rows, a write changed its tables (a read, none).
      const answer = JSON.stringify(result.data?.[op.field]);
      for (const id of op.returns(fixture)) expect(answer).toContain(id);
      const changed = changedTables(before, await fingerprint(t.db));
      if (op.writes.length === 0) expect(changed).toEqual([]);
      else expect(changed).toEqual(expect.arrayContaining([...op.writes]));
    } else {
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
      expect(await fingerprint(t.db)).toEqual(before);
    }
  });
});
