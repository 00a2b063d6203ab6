import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { claimImport, importErrorsPage, ImportFileError, jobById, previewImport, runApply, type ImportJobRow } from '../../features/imports';
import { poolReader } from '../../platform/db/reader';
import { createUnitOfWork } from '../../platform/db/unit-of-work';
import { DomainError } from '../../platform/graphql/domain-error';
import { isUuid } from '../../platform/db/uuid';
import { databaseTarget, openDatabase } from '../../server';
import { CommandFailed, say, UsageError } from '../cli';
import type { OperatorCommand } from './command';
import { operatorImporter } from './operator-importer';

const USAGE = 'usage: pnpm gatehouse import --account <account id> <file.csv> [--dry-run] [--create-missing] [--send-invites]';

function printPreview(job: ImportJobRow): void {
  say(`file: ${job.file_name}`);
  say(`state: ${job.state}${job.message ? ` (${job.message})` : ''}`);
  say(`rows: ${job.total_rows}  creates: ${job.creates}  updates: ${job.updates}  unchanged: ${job.unchanged}  rows with errors: ${job.error_rows}`);
  if (job.new_departments + job.new_groups > 0) say(`will create: ${job.new_departments} departments, ${job.new_groups} user groups`);
}

/** `pnpm gatehouse import`: previews a CSV for an account, prints counts and every problem, and applies it unless --dry-run. */
export const importCommand: OperatorCommand = {
  words: ['import'],
  summary: 'preview and apply an employee CSV for an account (exit 0 applied or clean, 3 refused or has errors, 2 usage)',
  usage: USAGE,
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: { account: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'create-missing': { type: 'boolean' }, 'send-invites': { type: 'boolean' } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const accountId = parsed.values.account;
    const [file, ...extra] = parsed.positionals;
    if (accountId === undefined || !isUuid(accountId)) throw new UsageError('--account: give the account id (a UUID)');
    if (file === undefined || extra.length > 0) throw new UsageError('give exactly one CSV file');
    if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);

    const db = await openDatabase(databaseTarget(loadConfig()));
    try {
      const accounts: unknown[] = await db.query('SELECT 1 FROM accounts WHERE id = $1', [accountId]);
      if (accounts.length === 0) throw new UsageError(`--account: no account ${accountId}`);
      const uow = createUnitOfWork(db, { accountId, employeeId: null });
      const importer = operatorImporter(accountId);
      const read = poolReader(db);
      let jobId: string;
      try {
        jobId = await previewImport(uow, importer, { fileName: path.basename(file), createMissing: parsed.values['create-missing'] === true, sendInvites: parsed.values['send-invites'] === true, body: fs.createReadStream(file) });
      } catch (error) {
        if (error instanceof ImportFileError) throw new CommandFailed(3, error.message);
        throw error;
      }
      const job = await jobById(read, accountId, jobId);
      if (job === null) throw new Error(`import ${jobId} vanished`);
      printPreview(job);
      for (let after: { row: number; seq: number } | null = null; ; ) {
        const rows = await importErrorsPage(read, jobId, null, after, 1000);
        for (const e of rows.slice(0, 1000)) say(`row ${e.row_number}${e.column ? `, ${e.column}` : ''}: ${e.code}: ${e.message}`);
        const last = rows[999];
        if (rows.length <= 1000 || last === undefined) break;
        after = { row: last.row_number, seq: last.seq };
      }
      if (job.state !== 'READY' || job.error_rows > 0) throw new CommandFailed(3, `not applied: ${job.state === 'READY' ? `${job.error_rows} rows have errors` : job.state.toLowerCase()}`);
      if (parsed.values['dry-run'] === true) {
        say('dry run: nothing applied');
        return;
      }
      try {
        await runApply(uow, read, importer, await claimImport(uow, importer, jobId));
      } catch (error) {
        if (error instanceof DomainError) throw new CommandFailed(3, `not applied: ${error.message}`);
        throw error;
      }
      say(`applied: ${job.creates} created, ${job.updates} updated (import ${jobId})`);
    } finally {
      await db.destroy();
    }
  },
};
