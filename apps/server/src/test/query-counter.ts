import type { Logger } from 'typeorm';

/** A TypeORM logger that counts every statement sent (TypeORM calls logQuery for each one). */
export class QueryCounter implements Logger {
  private statements: string[] = [];
  private counting = false;

  /** Counts the statements `run` sends. */
  async during<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    this.statements = [];
    this.counting = true;
    try {
      const result = await run();
      return { result, statements: [...this.statements] };
    } finally {
      this.counting = false;
    }
  }

  logQuery(query: string): void {
    if (this.counting) this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
