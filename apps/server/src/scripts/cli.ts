import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../config';
import { StartupError } from '../platform/db/data-source';

/** A mistake in the command line: printed as one line, with the usage; exit code 2. */
export class UsageError extends Error {}

/**
 * An expected refusal that is not about the command line's shape (a name already taken, an
 * import file with errors): one line per problem, no usage, and the exit code the command
 * documents for it (1 for accounts create, 3 for import).
 */
export class CommandFailed extends Error {
  readonly problems: readonly string[];

  constructor(
    readonly exitCode: number,
    problems: string | readonly string[],
  ) {
    const lines = typeof problems === 'string' ? [problems] : problems;
    super(lines.join('; '));
    this.problems = lines;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `--name value` options strictly: an unknown or malformed option is a UsageError. */
export function parseOptions<O extends Options>(options: O, argv: readonly string[] = process.argv.slice(2)) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A whole number option within [min, max], or its default when absent. */
export function intOption(name: string, raw: string | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`--${name}: expected a whole number from ${min} to ${max}, got "${raw}"`);
  return value;
}

/** A positive number option (seconds may have decimals). */
export function numberOption(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new UsageError(`--${name}: expected a number ≥ ${min}, got "${raw}"`);
  return value;
}

/** Writes one line to stdout. */
export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Runs a script's main: a usage mistake exits 2, a CommandFailed its own code, other known failures 1 (one line each); anything else prints its stack. */
export function runCli(name: string, usage: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const lines =
        error instanceof ConfigError ? error.problems
        : error instanceof UsageError ? [error.message, usage]
        : error instanceof CommandFailed ? error.problems
        : error instanceof StartupError ? [error.message]
        : [error instanceof Error ? (error.stack ?? error.message) : String(error)];
      for (const line of lines) process.stderr.write(`${name}: ${line}\n`);
      process.exit(error instanceof UsageError ? 2 : error instanceof CommandFailed ? error.exitCode : 1);
    },
  );
}

/** "1.23 s" or "456 ms". */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
