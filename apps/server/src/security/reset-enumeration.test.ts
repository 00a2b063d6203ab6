import { performance } from 'node:perf_hooks';
import { buildAccount, buildEmployee } from '../test/factories';
import { startTestGatehouse, TestClient, type TestGatehouse } from '../test/harness';

/*
 * Forgot password must not tell whether an email has a login: not by its answer, not by its
 * status, not by how long it takes. Known and unknown emails are asked in alternation (so drift
 * of a noisy machine hits both alike), each from its own address and for its own email (so no
 * throttle interferes), and the medians are compared. One argon2 hash (about 10 ms) or one
 * extra commit on either path would be far outside the tolerance.
 */
const REQUEST = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok userErrors { code } } }';
const PAIRS = 80;
const WARM_UP = 10;

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

let ipCounter = 0;
async function timed(email: string): Promise<{ ms: number; status: number; body: string }> {
  ipCounter += 1;
  const client = new TestClient(t.gatehouse, `10.40.${ipCounter >> 8}.${ipCounter & 255}`);
  const start = performance.now();
  const response = await client.request('POST', '/graphql', { query: REQUEST, variables: { input: { email } } });
  return { ms: performance.now() - start, status: response.statusCode, body: response.body };
}

describe('forgot password does not enumerate accounts', () => {
  it('answers known and unknown emails with the same status and body, in the same time', async () => {
    const accountId = await buildAccount(t.db);
    const known: string[] = [];
    for (let i = 0; i < PAIRS + WARM_UP; i++) {
      known.push((await buildEmployee(t.db, accountId, { email: `timing.known.${i}@example.com`, withPassword: true })).email);
    }
    const knownMs: number[] = [];
    const unknownMs: number[] = [];
    const answers = new Set<string>();
    for (let i = 0; i < PAIRS + WARM_UP; i++) {
      const unknown = `timing.unknown.${i}@example.com`;
      const knownEmail = known[i] ?? '';
      // Alternate which goes first, so neither always runs on a warmer cache.
      const knownFirst = i % 2 === 0;
      const a = await timed(knownFirst ? knownEmail : unknown);
      const b = await timed(knownFirst ? unknown : knownEmail);
      const [k, u] = knownFirst ? [a, b] : [b, a];
      answers.add(`${k.status} ${k.body}`);
      answers.add(`${u.status} ${u.body}`);
      if (i < WARM_UP) continue;
      knownMs.push(k.ms);
      unknownMs.push(u.ms);
    }
    expect([...answers]).toEqual(['200 {"data":{"requestPasswordReset":{"ok":true,"userErrors":[]}}}\n']);
    const mails: { n: number }[] = await t.db.query("SELECT count(*)::int AS n FROM mail_outbox WHERE recipient LIKE 'timing.%'");
    expect(mails[0]?.n).toBe(2 * (PAIRS + WARM_UP));
    const k = median(knownMs);
    const u = median(unknownMs);
    const tolerance = Math.max(0.25 * Math.max(k, u), 1);
    // Printed so a run shows the figures it judged.
    process.stdout.write(`forgot-password medians: known ${k.toFixed(2)} ms, unknown ${u.toFixed(2)} ms, tolerance ${tolerance.toFixed(2)} ms\n`);
    expect(Math.abs(k - u)).toBeLessThanOrEqual(tolerance);
  });
});
