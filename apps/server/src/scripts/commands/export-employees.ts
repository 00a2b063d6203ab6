import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { isRole } from '@gatehouse/access';
import { INVITATION_STATES, type InvitationState } from '@gatehouse/contracts';
import { loadConfig } from '../../config';
import { exportEmployeesCsv } from '../../features/imports';
import { poolReader } from '../../platform/db/reader';
import { isUuid } from '../../platform/db/uuid';
import { databaseTarget, openDatabase } from '../../server';
import { UsageError } from '../cli';
import type { OperatorCommand } from './command';

const USAGE = 'usage: pnpm gatehouse export --account <account id> [--search text] [--department <id>] [--group <id>] [--role ROLE] [--active true|false] [--invitation-state STATE] > file.csv';

function isInvitationState(value: string): value is InvitationState {
  return INVITATION_STATES.some((state) => state === value);
}

/** `pnpm gatehouse export`: the account's (filtered) employee list as CSV on stdout, in the import's format. */
export const exportCommand: OperatorCommand = {
  words: ['export'],
  summary: "write an account's employees as CSV to stdout (the import's format; the list's filters)",
  usage: USAGE,
  async run(argv) {
    let values;
    try {
      values = parseArgs({
        args: [...argv],
        options: { account: { type: 'string' }, search: { type: 'string' }, department: { type: 'string' }, group: { type: 'string' }, role: { type: 'string' }, active: { type: 'string' }, 'invitation-state': { type: 'string' } },
        strict: true,
      }).values;
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { account, role, active } = values;
    const invitationState = values['invitation-state'];
    if (account === undefined || !isUuid(account)) throw new UsageError('--account: give the account id (a UUID)');
    if (role !== undefined && !isRole(role)) throw new UsageError(`--role: not a role: ${role}`);
    if (active !== undefined && active !== 'true' && active !== 'false') throw new UsageError('--active: true or false');
    if (invitationState !== undefined && !isInvitationState(invitationState)) throw new UsageError(`--invitation-state: one of ${INVITATION_STATES.join(', ')}`);
    const db = await openDatabase(databaseTarget(loadConfig()));
    try {
      const filter = {
        search: values.search,
        departmentId: values.department,
        groupId: values.group,
        role: role !== undefined && isRole(role) ? role : undefined,
        isActive: active === undefined ? undefined : active === 'true',
        invitationState: invitationState !== undefined && isInvitationState(invitationState) ? invitationState : undefined,
      };
      for await (const chunk of exportEmployeesCsv(poolReader(db), account, filter)) {
        if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
      }
    } finally {
      await db.destroy();
    }
  },
};
