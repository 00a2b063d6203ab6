import { loadConfig } from '../../config';
import { listAccountSummaries } from '../../features/accounts';
import { poolReader } from '../../platform/db/reader';
import { databaseTarget, openDatabase } from '../../server';
import { parseOptions, say } from '../cli';
import type { OperatorCommand } from './command';

async function run(argv: readonly string[]): Promise<void> {
  parseOptions({}, argv);
  const db = await openDatabase(databaseTarget(loadConfig()));
  try {
    const accounts = await listAccountSummaries(poolReader(db));
    if (accounts.length === 0) {
      say('No accounts yet.');
      return;
    }
    say(['id'.padEnd(36), 'employees'.padStart(9), 'name'].join('  '));
    for (const a of accounts) say([a.id, String(a.employees).padStart(9), a.name].join('  '));
  } finally {
    if (db.isInitialized) await db.destroy();
  }
}

export const accountsList: OperatorCommand = {
  words: ['accounts', 'list'],
  summary: 'list every account with its id and number of employees',
  usage: 'usage: pnpm gatehouse accounts list',
  run,
};
