import type { Logger } from "typeorm";

/**
 * Counts SQL statements (for the statement-count tests and benchmarks) and reports migrations.
 * Parameters are never printed: they can carry personal data and secrets.
 */
export class QueryLog implements Logger {
  statements = 0;
  private listeners = new Set<(sql: string) => void>();

  logQuery(query: string): void {
    this.statements++;
    for (const listener of this.listeners) listener(query);
  }

  /** Calls `listener` with every statement until the returned function is called. */
  watch(listener: (sql: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}

  logMigration(message: string): void {
    if (process.env.NODE_ENV !== "test") console.log(`[db] ${message}`);
  }

  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") console.warn(`[db] ${String(message)}`);
  }
}
