import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from '../schema';

/** Prints schema.graphql at the repository root; with --check, fails when the committed file is stale. */
async function run(): Promise<void> {
  const target = path.resolve(__dirname, '../../../../schema.graphql');
  const text = `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== text) {
      process.stderr.write('schema.graphql is stale: run `pnpm schema:emit` and commit the result\n');
      process.exit(1);
    }
    process.stdout.write('schema.graphql is up to date\n');
    return;
  }
  fs.writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
}

void run();
