import { buildAccount, buildEmployee } from '../test/factories';
import { startTestGatehouse, type TestGatehouse } from '../test/harness';

/*
 * The typed-number confirmation of a deletion: a wrong number is counted even though the
 * deletion fails, and the challenge is burned after 3, so 4 digits cannot be guessed.
 */
const P = 'userErrors { code field message }';
const CHALLENGE = `mutation($input: RequestDeleteChallengeInput!) { requestDeleteChallenge(input: $input) { challenge { id code } ${P} } }`;
const DELETE = `mutation($input: DeleteEmployeesInput!) { deleteEmployees(input: $input) { deletedIds ${P} } }`;

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

async function scene() {
  const accountId = await buildAccount(t.db);
  const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN' });
  const victim = await buildEmployee(t.db, accountId, { role: 'GENERAL' });
  const client = await t.as(admin);
  const r = await client.gql(CHALLENGE, { input: { employeeIds: [victim.id] } });
  const challenge = (r.data?.requestDeleteChallenge as { challenge: { id: string; code: string } }).challenge;
  return { client, victim, challenge };
}

const wrongFor = (code: string, i: number) => String((Number(code) + 1 + i) % 10_000).padStart(4, '0');

async function stillThere(id: string): Promise<boolean> {
  const rows: unknown[] = await t.db.query('SELECT 1 FROM employees WHERE id = $1', [id]);
  return rows.length === 1;
}

describe('guessing the delete confirmation number', () => {
  it('burns the challenge after 3 wrong numbers: 600 guesses, then the right number, delete nobody', async () => {
    const { client, victim, challenge } = await scene();
    const codes: string[] = [];
    for (let i = 0; i < 600; i++) {
      const r = await client.gql(DELETE, { input: { employeeIds: [victim.id], challengeId: challenge.id, code: wrongFor(challenge.code, i) } });
      codes.push(String((r.data?.deleteEmployees as { userErrors: { code: string }[] }).userErrors[0]?.code));
    }
    expect(new Set(codes)).toEqual(new Set(['CHALLENGE_INVALID']));
    const right = await client.gql(DELETE, { input: { employeeIds: [victim.id], challengeId: challenge.id, code: challenge.code } });
    expect(right.data?.deleteEmployees).toMatchObject({ deletedIds: null, userErrors: [{ code: 'CHALLENGE_INVALID', field: 'challengeId' }] });
    expect(await stillThere(victim.id)).toBe(true);
    const rows: { failed_attempts: number }[] = await t.db.query('SELECT failed_attempts FROM delete_challenges WHERE id = $1', [challenge.id]);
    expect(rows[0]?.failed_attempts).toBe(3);
  });

  it('counts parallel wrong numbers one by one (the row is locked), never more than 3', async () => {
    const { client, victim, challenge } = await scene();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => client.gql(DELETE, { input: { employeeIds: [victim.id], challengeId: challenge.id, code: wrongFor(challenge.code, i) } })),
    );
    const rows: { failed_attempts: number; used: boolean }[] = await t.db.query('SELECT failed_attempts, used_at IS NOT NULL AS used FROM delete_challenges WHERE id = $1', [challenge.id]);
    expect(rows[0]).toEqual({ failed_attempts: 3, used: true });
  });

  it('still deletes with the right number after fewer than 3 wrong ones, and tells how many tries are left', async () => {
    const { client, victim, challenge } = await scene();
    const wrong = await client.gql(DELETE, { input: { employeeIds: [victim.id], challengeId: challenge.id, code: wrongFor(challenge.code, 0) } });
    expect(wrong.data?.deleteEmployees).toMatchObject({ userErrors: [{ code: 'CHALLENGE_INVALID', field: 'code', message: 'That is not the number shown (2 tries left).' }] });
    const right = await client.gql(DELETE, { input: { employeeIds: [victim.id], challengeId: challenge.id, code: challenge.code } });
    expect(right.data?.deleteEmployees).toEqual({ deletedIds: [victim.id], userErrors: [] });
    expect(await stillThere(victim.id)).toBe(false);
  });
});
