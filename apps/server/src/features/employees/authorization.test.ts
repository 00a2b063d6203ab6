import { ROLES, type Role } from '@gatehouse/access';
import { fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type GraphQLResult, type TestGatehouse } from '../../test/harness';
import { buildFixture, USER_SETTINGS_OPERATIONS, type Operation } from '../../test/operations';

/**
 * §2 as an independent table (not computed from @gatehouse/access): user settings belong to
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
    } else {
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
      expect(await fingerprint(t.db)).toEqual(before);
    }
  });
});
