import type { Answer } from './probe-client';
import type { ProbeContext } from './probe-context';

function describe(a: Answer): string {
  const top = a.body.errors?.[0];
  const data = a.body.data ? Object.keys(a.body.data).length : 0;
  return `HTTP ${a.status}${top ? ` ${top.extensions?.code ?? ''} "${top.message.slice(0, 80)}"` : ''}, ${data} fields answered, ${a.ms.toFixed(0)} ms`;
}

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

/** Price an operation while it is cheap (@skip on), then run it expensive. */
export async function skipPriceCache(p: ProbeContext): Promise<string> {
  const query = `query($s: Boolean!) { ${aliases(6000, 'setupStatus @skip(if: $s) { needsSetup }')} }`;
  await p.client().gql(query, { s: true });
  return describe(await p.client().gql(query, { s: false }));
}

/** The same with `me` as a GENERAL user. */
export async function skipPriceCacheMe(p: ProbeContext): Promise<string> {
  const { client } = await p.loggedIn(await p.seed.account('Skip'), 'GENERAL');
  const query = `query($s: Boolean!) { ${aliases(2000, 'me @skip(if: $s) { email employee { fullName } }')} }`;
  await client.gql(query, { s: true });
  return describe(await client.gql(query, { s: false }));
}

/** Many database-backed root fields within the flat per-field price. */
export async function manyDatabaseFields(p: ProbeContext): Promise<string> {
  return describe(await p.client().gql(`{ ${aliases(4900, 'setupStatus { needsSetup }')} }`));
}

/** A query over the cost limit. */
export async function overCost(p: ProbeContext): Promise<string> {
  const { client } = await p.loggedIn(await p.seed.account('Cost'), 'ACCOUNT_ADMIN');
  const page = 'employees(first: 200) { edges { node { id email department { id name } userGroups { id name } permissions { module seeLevels } } } }';
  return describe(await client.gql(`{ ${aliases(10, page)} }`));
}

/** More than 10,000 nodes in the document. */
export async function tooManyNodes(p: ProbeContext): Promise<string> {
  return describe(await p.client().gql(`{ ${aliases(12000, '__typename')} }`));
}

/** A cursor that decodes, with a value that is not a timestamp. */
export async function craftedCursor(p: ProbeContext): Promise<string> {
  const { client } = await p.loggedIn(await p.seed.account('Cursor'), 'ACCOUNT_ADMIN');
  const after = Buffer.from(JSON.stringify(['abc', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
  return describe(await client.gql('query($after: String) { employees(first: 5, after: $after, orderBy: { field: LAST_LOGIN, direction: ASC }) { totalCount } }', { after }));
}

/** A NUL byte in a search, a login email and a department name. */
export async function nulBytes(p: ProbeContext): Promise<string> {
  const { client } = await p.loggedIn(await p.seed.account('Nul'), 'ACCOUNT_ADMIN');
  const search = await client.gql('query($s: String) { employees(filter: { search: $s }) { totalCount } }', { s: 'a\u0000b' });
  const login = await p.client().gql('mutation($e: String!) { login(input: { email: $e, password: "whatever password" }) { userErrors { code } } }', { e: 'a\u0000@example.com' });
  const name = await client.gql('mutation($n: String!) { createDepartment(input: { name: $n }) { department { id } userErrors { code } } }', { n: 'Dept\u0000' });
  return `search: ${describe(search)} | login: ${describe(login)} | name: ${describe(name)}`;
}

/** A misspelt field: does the answer suggest the real one? */
export async function schemaHints(p: ProbeContext): Promise<string> {
  const a = await p.client().gql('{ employes { totalCount } }');
  const message = a.body.errors?.[0]?.message ?? '';
  return `HTTP ${a.status} "${message.slice(0, 90)}"${message.includes('Did you mean') ? ' (hint shown)' : ''}`;
}
