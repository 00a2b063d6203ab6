import type { ApiTokenRole, ModulePermission, Role } from '@gatehouse/access';
import { buildApiToken } from '../../test/factories';
import { changedTables, fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type GraphQLResult, type TestGatehouse } from '../../test/harness';
import { buildItemFixture, ITEM_OPERATIONS, type ItemOperation, type ItemRight } from '../../test/item-operations';

/**
 * Every item operation × every kind of caller, with the outcome written out as an independent
 * table: module admins archive and delete; editors change; read-only people read; people of
 * another department do not see the job (it behaves as missing); people without the module are
 * FORBIDDEN from its lists and see no job. Client apps' API tokens use the same API with their
 * role's rights alone: USER_ADMIN and ADMIN tokens see and edit every job of no confidential
 * level (levels come only from stored permissions, which a token has none of) and are no module
 * admins; a GENERAL token has no module. A revoked token is no caller.
 */

type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'HIDDEN' | 'PERMISSION_NOT_HELD';

interface Actor {
  name: string;
  role: Role;
  jobs?: Partial<ModulePermission>;
  isActive?: boolean;
  anonymous?: boolean;
  /** Calls with an API token of this role instead of the employee's session. */
  token?: ApiTokenRole;
  revokedToken?: boolean;
  /** In another department than the fixture's jobs. */
  elsewhere?: boolean;
  outcomes: Readonly<Record<ItemRight, Outcome>>;
}

const ALL_ALLOWED = { list: 'ALLOWED', read: 'ALLOWED', create: 'ALLOWED', edit: 'ALLOWED', admin: 'ALLOWED' } as const;
const EDITOR = { ...ALL_ALLOWED, admin: 'FORBIDDEN' } as const;
const JOBS = (p: Partial<ModulePermission>): Partial<ModulePermission> => ({ canAccess: true, seeScope: 'ALL', editScope: 'ALL', ...p });

const ACTORS: Actor[] = [
  { name: 'ACCOUNT_ADMIN', role: 'ACCOUNT_ADMIN', outcomes: ALL_ALLOWED },
  { name: 'USER_ADMIN', role: 'USER_ADMIN', outcomes: EDITOR },
  { name: 'ADMIN', role: 'ADMIN', outcomes: EDITOR },
  { name: 'GENERAL module admin', role: 'GENERAL', jobs: JOBS({ isModuleAdmin: true }), outcomes: ALL_ALLOWED },
  { name: 'GENERAL editor', role: 'GENERAL', jobs: JOBS({}), outcomes: EDITOR },
  { name: 'GENERAL read-only', role: 'GENERAL', jobs: JOBS({ editScope: 'NONE', isModuleAdmin: true }), outcomes: { list: 'ALLOWED', read: 'ALLOWED', create: 'FORBIDDEN', edit: 'FORBIDDEN', admin: 'ALLOWED' } },
  {
    name: 'GENERAL of another department',
    role: 'GENERAL',
    jobs: JOBS({ seeScope: 'DEPARTMENT', editScope: 'DEPARTMENT', isModuleAdmin: true }),
    elsewhere: true,
    outcomes: { list: 'HIDDEN', read: 'HIDDEN', create: 'PERMISSION_NOT_HELD', edit: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  { name: 'GENERAL without JOBS', role: 'GENERAL', outcomes: { list: 'FORBIDDEN', read: 'HIDDEN', create: 'FORBIDDEN', edit: 'NOT_FOUND', admin: 'NOT_FOUND' } },
  { name: 'inactive ACCOUNT_ADMIN', role: 'ACCOUNT_ADMIN', isActive: false, outcomes: { list: 'UNAUTHENTICATED', read: 'UNAUTHENTICATED', create: 'UNAUTHENTICATED', edit: 'UNAUTHENTICATED', admin: 'UNAUTHENTICATED' } },
  { name: 'anonymous', role: 'ACCOUNT_ADMIN', anonymous: true, outcomes: { list: 'UNAUTHENTICATED', read: 'UNAUTHENTICATED', create: 'UNAUTHENTICATED', edit: 'UNAUTHENTICATED', admin: 'UNAUTHENTICATED' } },
  { name: 'USER_ADMIN API token', role: 'GENERAL', token: 'USER_ADMIN', outcomes: EDITOR },
  { name: 'ADMIN API token', role: 'GENERAL', token: 'ADMIN', outcomes: EDITOR },
  { name: 'GENERAL API token', role: 'GENERAL', token: 'GENERAL', outcomes: { list: 'FORBIDDEN', read: 'HIDDEN', create: 'FORBIDDEN', edit: 'NOT_FOUND', admin: 'NOT_FOUND' } },
  {
    name: 'revoked ADMIN API token',
    role: 'GENERAL',
    token: 'ADMIN',
    revokedToken: true,
    outcomes: { list: 'UNAUTHENTICATED', read: 'UNAUTHENTICATED', create: 'UNAUTHENTICATED', edit: 'UNAUTHENTICATED', admin: 'UNAUTHENTICATED' },
  },
];

function permissionsOf(actor: Actor): ModulePermission[] {
  if (!actor.jobs) return [];
  return [{ module: 'JOBS', canAccess: false, isModuleAdmin: false, seeScope: 'DEPARTMENT', editScope: 'NONE', seeLevels: [], editLevels: [], ...actor.jobs }];
}

function payloadOf(result: GraphQLResult, field: string): Record<string, unknown> | null {
  const value = result.data?.[field];
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
}

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

const CASES = ITEM_OPERATIONS.flatMap((op) => ACTORS.map((actor) => [op.field, actor.name, actor.outcomes[op.right], op, actor] as const));

describe('every item operation × every kind of caller', () => {
  it.each(CASES)('%s by %s → %s', async (_field, _name, outcome, op: ItemOperation, actor: Actor) => {
    const f = await buildItemFixture(t.db, actor.role, permissionsOf(actor), actor.isActive ?? true);
    if (actor.elsewhere) await t.db.query('UPDATE employees SET department_id = NULL WHERE id = $1', [f.actor.id]);
    const token = actor.token ? await buildApiToken(t.db, f.accountId, { role: actor.token, revokedAt: actor.revokedToken ? new Date() : null }) : null;
    const client = actor.anonymous ? t.anonymous() : token ? t.bearer(token.token) : await t.as(f.actor);
    const before = await fingerprint(t.db);
    const result = await client.gql(op.document, op.variables(f));
    const changed = changedTables(before, await fingerprint(t.db));
    const payload = payloadOf(result, op.field);
    const text = JSON.stringify(result.data ?? null);
    switch (outcome) {
      case 'ALLOWED':
        expect(result.errors).toBeUndefined();
        expect(payload).not.toBeNull();
        expect(payload?.userErrors ?? []).toEqual([]);
        if (op.right === 'list' && op.field === 'items') expect(text).toContain(f.itemId);
        if (op.right === 'read') expect(text).toContain(f.itemId);
        expect(changed).toEqual(op.writes.length === 0 ? [] : expect.arrayContaining([...op.writes]));
        break;
      case 'HIDDEN':
        expect(result.errors).toBeUndefined();
        expect(text).not.toContain(f.itemId);
        expect(changed).toEqual([]);
        break;
      case 'NOT_FOUND':
      case 'PERMISSION_NOT_HELD':
        expect(result.errors).toBeUndefined();
        expect((payload?.userErrors as { code: string }[] | undefined)?.map((e) => e.code)).toEqual([outcome]);
        expect(changed).toEqual([]);
        break;
      default:
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
        expect(changed).toEqual([]);
    }
  });
});
