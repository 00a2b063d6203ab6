import { API_TOKEN_ROLES, ROLES, type ApiTokenRole, type Role } from '@gatehouse/access';
import { Kind, parse } from 'graphql';
import { createSchema } from '../../schema';
import { changedTables, fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type GraphQLResult, type TestClient, type TestGatehouse } from '../../test/harness';
import { ITEM_OPERATIONS } from '../../test/item-operations';
import { API_TOKEN_OPERATIONS, buildFixture, placeholderFixture, USER_SETTINGS_OPERATIONS, type Fixture, type Operation } from '../../test/operations';

type Area = 'USERS' | 'ACCOUNT';

/**
 * The role table as an independent table (not computed from @gatehouse/access): user settings belong to
 * ACCOUNT_ADMIN and USER_ADMIN only; account settings (API tokens) to ACCOUNT_ADMIN only.
 */
const ROLE_AREAS: Readonly<Record<Role, Readonly<Record<Area, boolean>>>> = {
  ACCOUNT_ADMIN: { USERS: true, ACCOUNT: true },
  USER_ADMIN: { USERS: true, ACCOUNT: false },
  ADMIN: { USERS: false, ACCOUNT: false },
  GENERAL: { USERS: false, ACCOUNT: false },
};

/** A client app's API token has exactly its role's rights, except that it never manages API tokens. */
type Actor = { kind: 'role'; role: Role } | { kind: 'inactive'; role: Role } | { kind: 'anonymous' } | { kind: 'token'; role: ApiTokenRole };
const ACTORS: Actor[] = [
  ...ROLES.map((role): Actor => ({ kind: 'role', role })),
  ...API_TOKEN_ROLES.map((role): Actor => ({ kind: 'token', role })),
  { kind: 'inactive', role: 'ACCOUNT_ADMIN' },
  { kind: 'anonymous' },
];

function expected(actor: Actor, area: Area): 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED' {
  if (actor.kind === 'anonymous' || actor.kind === 'inactive') return 'UNAUTHENTICATED';
  if (actor.kind === 'token' && area === 'ACCOUNT') return 'FORBIDDEN';
  return ROLE_AREAS[actor.role][area] ? 'ALLOWED' : 'FORBIDDEN';
}

function describeActor(actor: Actor): string {
  if (actor.kind === 'anonymous') return 'anonymous';
  if (actor.kind === 'inactive') return `inactive ${actor.role}`;
  return actor.kind === 'token' ? `${actor.role} API token` : actor.role;
}

const OPERATIONS: readonly { op: Operation; area: Area }[] = [
  ...USER_SETTINGS_OPERATIONS.map((op) => ({ op, area: 'USERS' as const })),
  ...API_TOKEN_OPERATIONS.map((op) => ({ op, area: 'ACCOUNT' as const })),
];

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
 * Root fields outside this table: they are public, act only on the caller themself (so no
 * role decides them), or are Account Settings with their own role table (renameAccount,
 * updateTermsOfUse: features/terms/terms.test.ts). Every other root field must be in OPERATIONS.
 */
const NOT_USER_SETTINGS = [
  'setupStatus', // public: whether first-run setup is still open
  'completeSetup', // public: first run, guarded by the printed setup token
  'login', // public
  'me', // the caller themself
  'logout', // the caller's own session
  'switchAccount', // the caller's own session, into another of their own accounts
  'requestPasswordReset', // public: the same answer for any email
  'resetPassword', // public, guarded by the emailed token
  'termsOfUse', // public, or the caller's own account's terms
  'acceptTerms', // the caller themself
  'renameAccount', // Account Settings (ACCOUNT_ADMIN only): its role table is in features/terms/terms.test.ts
  'updateTermsOfUse', // Account Settings (ACCOUNT_ADMIN only): its role table is in features/terms/terms.test.ts
  'invitation', // public: what an invitation link is, the token being the credential
  'acceptInvitation', // public: guarded by the invitation token, throttled per link and IP
  'latestEmployeeImport', // user settings: its role table is in features/imports/import.test.ts
  'employeeImport', // user settings: features/imports/import.test.ts
  'applyEmployeeImport', // user settings: features/imports/import.test.ts
  'failedMail', // mail settings: its role table is in features/mail/mail-access.test.ts
  'retryMail', // mail settings: features/mail/mail-access.test.ts
  'sendTestMail', // the caller's own address: features/mail/mail-access.test.ts
  'mailboxAvailable', // whether the development mailbox is on (configuration only)
  'mailbox', // the development mailbox: features/mail tests
  'mailboxMessage', // the development mailbox: features/mail tests
] as const;

/**
 * Root fields of modules (jobs, incidents): decided by module permissions and the item rules, not
 * by user settings. features/items/item-authorization.test.ts runs each of them for every kind of
 * caller, from this same table.
 */
const MODULE_OPERATIONS = ITEM_OPERATIONS.map((op) => op.field);

/** The operation type and root field a document names. */
function rootOf(document: string): { operation: string; field: string } {
  const definition = parse(document).definitions[0];
  if (definition?.kind !== Kind.OPERATION_DEFINITION) throw new Error(`not an operation: ${document}`);
  const selection = definition.selectionSet.selections[0];
  return { operation: definition.operation, field: selection?.kind === Kind.FIELD ? selection.name.value : '' };
}

describe('the operation table is the schema', () => {
  it('classifies every root field: user settings, module items, or public / about the caller, never both or neither', async () => {
    const schema = await createSchema();
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    const table = OPERATIONS.map(({ op }) => op.field);
    const classified: string[] = [...table, ...NOT_USER_SETTINGS, ...MODULE_OPERATIONS];
    expect(roots.filter((field) => !classified.includes(field))).toEqual([]);
    expect(classified.filter((field) => !roots.includes(field))).toEqual([]);
    expect(new Set(classified).size).toBe(classified.length);
  });

  it.each(OPERATIONS.map(({ op }) => [op.field, op] as const))('%s: its document calls it, and a success can be told from a no-op', (field, op) => {
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

const CASES = OPERATIONS.flatMap(({ op, area }) => ACTORS.map((actor) => [op.field, describeActor(actor), expected(actor, area), op, actor] as const));

/** The client of a case: nobody, the actor's session, or a client app with the actor's API token. */
async function clientOf(actor: Actor, fixture: Fixture): Promise<TestClient> {
  if (actor.kind === 'anonymous') return t.anonymous();
  if (fixture.actorToken !== null) return t.bearer(fixture.actorToken.token);
  return t.as(fixture.actor);
}

describe('every settings operation × every kind of caller', () => {
  it.each(CASES)('%s by %s → %s', async (_field, _who, outcome, op: Operation, actor: Actor) => {
    const fixture = await buildFixture(t.db, actor.kind === 'anonymous' ? 'ACCOUNT_ADMIN' : actor.role, actor.kind !== 'inactive', actor.kind === 'token' ? actor.role : null);
    const client = await clientOf(actor, fixture);
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
