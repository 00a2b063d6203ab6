import { Readable } from 'node:stream';
import { buildAccount, buildEmployee, type BuiltEmployee } from '../../test/factories';
import { changedTables, fingerprint } from '../../test/fingerprint';
import { startTestGatehouse, type TestClient, type TestGatehouse } from '../../test/harness';
import { applyAndWait, csv, job, upload } from '../../test/imports';
import { createUnitOfWork } from '../../platform/db/unit-of-work';
import { poolReader } from '../../platform/db/reader';
import { operatorImporter } from '../../scripts/commands/operator-importer';
import { claimImport, previewImport, runApply } from '.';

let t: TestGatehouse;
beforeAll(async () => {
  t = await startTestGatehouse();
});
afterAll(async () => t.close());

const HEADER = ['Email', 'First name', 'Surname', 'Role', 'Active'];

async function scene(): Promise<{ accountId: string; admin: BuiltEmployee; adminClient: TestClient }> {
  const accountId = await buildAccount(t.db);
  const admin = await buildEmployee(t.db, accountId, { role: 'ACCOUNT_ADMIN', email: `admin.${accountId}@example.com`, firstName: 'Ada', surname: 'Admin' });
  return { accountId, admin, adminClient: await t.as(admin) };
}

interface Outcome {
  mails: { recipient: string; template: string; invited_by: string | null }[];
  states: { email: string; invitation_state: string; links: number }[];
  audits: string[];
}

async function outcome(accountId: string): Promise<Outcome> {
  const mails = await t.db.query(
    `SELECT recipient, template, data->>'invitedBy' AS invited_by FROM mail_outbox WHERE account_id = $1 ORDER BY recipient`,
    [accountId],
  );
  const states = await t.db.query(
    `SELECT e.email, e.invitation_state, (SELECT count(*)::int FROM invitations i WHERE i.employee_id = e.id) AS links
       FROM employees e WHERE e.account_id = $1 AND e.role <> 'ACCOUNT_ADMIN' ORDER BY e.email`,
    [accountId],
  );
  const audits: { action: string }[] = await t.db.query(`SELECT action FROM audit_events WHERE account_id = $1 ORDER BY action`, [accountId]);
  return { mails, states, audits: audits.map((a) => a.action) };
}

describe('sending invites to the new people', () => {
  it('with the option, the apply invites each new active person through the outbox, and nobody else', async () => {
    const { accountId, adminClient } = await scene();
    await buildEmployee(t.db, accountId, { email: `known.${accountId}@example.com`, firstName: 'Known', surname: 'Person' });
    const file = csv([
      HEADER,
      [`new.${accountId}@example.com`, 'Nina', 'New', 'GENERAL', 'yes'],
      [`off.${accountId}@example.com`, 'Otto', 'Off', 'GENERAL', 'no'],
      [`known.${accountId}@example.com`, 'Renamed', 'Person', 'GENERAL', 'yes'],
    ]);
    const uploaded = await upload(t, adminClient, file, { sendInvites: 'true' });
    const preview = await job(adminClient, uploaded.jobId ?? '');
    expect(preview).toMatchObject({ state: 'READY', creates: 2, updates: 1, errorRows: 0 });
    expect((await adminClient.gql('query($id: ID!) { employeeImport(id: $id) { sendInvites } }', { id: preview.id })).data).toEqual({ employeeImport: { sendInvites: true } });

    expect((await applyAndWait(adminClient, preview.id)).view.state).toBe('APPLIED');
    const after = await outcome(accountId);
    expect(after.mails).toEqual([{ recipient: `new.${accountId}@example.com`, template: 'invitation', invited_by: 'Ada Admin' }]);
    expect(after.states).toEqual([
      { email: `known.${accountId}@example.com`, invitation_state: 'NOT_INVITED', links: 0 },
      { email: `new.${accountId}@example.com`, invitation_state: 'INVITED', links: 1 },
      { email: `off.${accountId}@example.com`, invitation_state: 'NOT_INVITED', links: 0 },
    ]);
    expect(after.audits).toEqual(['employee.created', 'employee.created', 'employee.invited', 'employee.updated']);
  });

  it('without the option, nobody is invited', async () => {
    const { accountId, adminClient } = await scene();
    const uploaded = await upload(t, adminClient, csv([HEADER, [`quiet.${accountId}@example.com`, 'Quinn', 'Quiet', 'GENERAL', 'yes']]));
    expect((await applyAndWait(adminClient, uploaded.jobId ?? '')).view.state).toBe('APPLIED');
    const after = await outcome(accountId);
    expect(after.mails).toEqual([]);
    expect(after.states).toEqual([{ email: `quiet.${accountId}@example.com`, invitation_state: 'NOT_INVITED', links: 0 }]);
  });

  it('invites in pages: every one of more new people than one batch gets exactly one link and one email', async () => {
    const { accountId, adminClient } = await scene();
    const rows = Array.from({ length: 5_050 }, (_, i) => [`p${i}.${accountId}@example.com`, 'Pat', `P${i}`, 'GENERAL', 'yes']);
    const uploaded = await upload(t, adminClient, csv([HEADER, ...rows]), { sendInvites: 'true' });
    expect((await applyAndWait(adminClient, uploaded.jobId ?? '')).view.state).toBe('APPLIED');
    const [counts] = await t.db.query(
      `SELECT (SELECT count(DISTINCT recipient)::int FROM mail_outbox WHERE account_id = $1) AS recipients,
              (SELECT count(*)::int FROM mail_outbox WHERE account_id = $1) AS mails,
              (SELECT count(*)::int FROM invitations WHERE account_id = $1) AS links,
              (SELECT count(*)::int FROM employees WHERE account_id = $1 AND invitation_state = 'INVITED') AS invited`,
      [accountId],
    );
    expect(counts).toEqual({ recipients: 5_050, mails: 5_050, links: 5_050, invited: 5_050 });
  });

  it('an apply that is refused at its end sends nothing: no link, no email', async () => {
    const { accountId, admin } = await scene();
    // The last row inactivates the only account admin: the apply refuses after writing the rest.
    const file = csv([HEADER, [`late.${accountId}@example.com`, 'Lee', 'Late', 'GENERAL', 'yes'], [admin.email, 'Ada', 'Admin', 'ACCOUNT_ADMIN', 'no']]);
    const importer = operatorImporter(accountId);
    const uow = createUnitOfWork(t.db, { accountId, employeeId: null });
    const jobId = await previewImport(uow, importer, { fileName: 'people.csv', createMissing: false, sendInvites: true, body: Readable.from([file]) });
    const before = await fingerprint(t.db);
    await expect(runApply(uow, poolReader(t.db), importer, await claimImport(uow, importer, jobId))).rejects.toMatchObject({ code: 'LAST_ACCOUNT_ADMIN' });
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
  });
});
