import { outcome, tally } from './probe-client';
import type { ProbeContext } from './probe-context';

const P = 'userErrors { code field }';

/** 600 wrong confirmation numbers, then the right one. */
export async function guessDeleteNumber(p: ProbeContext): Promise<string> {
  const account = await p.seed.account('Delete');
  const { client } = await p.loggedIn(account, 'ACCOUNT_ADMIN');
  const victim = await p.seed.employee(account, p.seed.email('victim'));
  const asked = await client.gql(`mutation($ids: [ID!]!) { requestDeleteChallenge(input: { employeeIds: $ids }) { challenge { id code } ${P} } }`, { ids: [victim] });
  const challenge = (asked.body.data?.requestDeleteChallenge as { challenge: { id: string; code: string } }).challenge;
  const DELETE = `mutation($input: DeleteEmployeesInput!) { deleteEmployees(input: $input) { deletedIds ${P} } }`;
  const wrong: string[] = [];
  for (let i = 0; i < 600; i++) {
    const code = String((Number(challenge.code) + 1 + i) % 10_000).padStart(4, '0');
    wrong.push(outcome(await client.gql(DELETE, { input: { employeeIds: [victim], challengeId: challenge.id, code } }), 'deleteEmployees'));
  }
  const right = await client.gql(DELETE, { input: { employeeIds: [victim], challengeId: challenge.id, code: challenge.code } });
  const deleted = (right.body.data?.deleteEmployees as { deletedIds: string[] | null }).deletedIds !== null;
  return `600 wrong: ${tally(wrong)}; then the right number: ${deleted ? 'DELETED' : outcome(right, 'deleteEmployees')}`;
}

/** A USER_ADMIN takes an ACCOUNT_ADMIN out of a group and puts them back. */
export async function userAdminMovesAccountAdmin(p: ProbeContext): Promise<string> {
  const account = await p.seed.account('Groups');
  const admin = await p.seed.employee(account, p.seed.email('groupadmin'), { role: 'ACCOUNT_ADMIN' });
  const group = await p.seed.group(account, [admin]);
  const { client } = await p.loggedIn(account, 'USER_ADMIN');
  const M = `mutation($input: SetUserGroupMembersInput!) { setUserGroupMembers(input: $input) { userGroup { id } ${P} } }`;
  const removed = outcome(await client.gql(M, { input: { groupId: group, removeEmployeeIds: [admin] } }), 'setUserGroupMembers');
  const added = outcome(await client.gql(M, { input: { groupId: group, addEmployeeIds: [admin] } }), 'setUserGroupMembers');
  return `remove: ${removed}; add back: ${added}`;
}

/** The field named by userErrors for unknown ids in the "remove" lists. */
export async function wrongFieldNames(p: ProbeContext): Promise<string> {
  const account = await p.seed.account('Fields');
  const { client, employeeId } = await p.loggedIn(account, 'ACCOUNT_ADMIN');
  const group = await p.seed.group(account, []);
  const unknown = '00000000-0000-4000-8000-000000000000';
  const members = await client.gql(`mutation($input: SetUserGroupMembersInput!) { setUserGroupMembers(input: $input) { userGroup { id } ${P} } }`, { input: { groupId: group, removeEmployeeIds: [unknown] } });
  const bulk = await client.gql(`mutation($input: BulkUpdateEmployeesInput!) { bulkUpdateEmployees(input: $input) { employees { id } ${P} } }`, { input: { employeeIds: [employeeId], removeGroupIds: [unknown] } });
  return `removeEmployeeIds → ${outcome(members, 'setUserGroupMembers')}; removeGroupIds → ${outcome(bulk, 'bulkUpdateEmployees')}`;
}

/** The same-looking email four more times. */
export async function lookalikeEmails(p: ProbeContext): Promise<string> {
  const account = await p.seed.account('Lookalikes');
  const { client } = await p.loggedIn(account, 'ACCOUNT_ADMIN');
  const CREATE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } ${P} } }`;
  const base = `jos\u00E9.${p.seed.run}@probe.example.com`;
  const variants = [base, `jose\u0301.${p.seed.run}@probe.example.com`, `jos\u00E9\u200B.${p.seed.run}@probe.example.com`, `ｊｏｓ\u00E9.${p.seed.run}@probe.example.com`, `\uFEFFJOS\u00C9.${p.seed.run}@probe.example.com`];
  const codes: string[] = [];
  for (const email of variants) codes.push(outcome(await client.gql(CREATE, { input: { firstName: 'José', surname: 'Alike', email, role: 'GENERAL' } }), 'createEmployee'));
  return `NFC, NFD, zero-width, fullwidth, BOM+upper: ${codes.join(' | ')}`;
}
