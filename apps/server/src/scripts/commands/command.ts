/** One operator command of `pnpm gatehouse`, named by its words (`accounts create`). */
export interface OperatorCommand {
  /** The words that select it, e.g. `['accounts', 'create']`. */
  readonly words: readonly string[];
  /** One line for the list of commands. */
  readonly summary: string;
  /** The full usage line, printed with a UsageError. */
  readonly usage: string;
  /** Runs with the arguments after its words; throws UsageError for a bad command line. */
  run(argv: readonly string[]): Promise<void>;
}
