/**
 * A statement run as a server-side prepared statement on a MySQL query runner's connection
 * (mysql2's `execute`, the binary protocol). The database parses the statement's text once per
 * connection (mysql2 keeps it prepared, by text) and is sent the values as they are: a multi-row
 * INSERT of thousands of values then costs it no parsing, where as text about a third of its CPU
 * on a sync's inserts went to reading those values. Logged, timed out and failed as TypeORM's own
 * `query()` does (QueryFailedError with the driver's error, whose code callers read).
 */
import { QueryFailedError, QueryRunnerAlreadyReleasedError, type QueryRunner } from "typeorm";

/** The part of a mysql2 connection (callback API, as TypeORM holds it) used here. */
interface ExecutingConnection {
  execute(options: { sql: string; timeout?: number }, values: unknown[], callback: (err: Error | null, result: unknown) => void): void;
}

export async function executePrepared(runner: QueryRunner, sql: string, parameters: unknown[]): Promise<unknown> {
  if (runner.isReleased) throw new QueryRunnerAlreadyReleasedError();
  const options = runner.connection.options as { maxQueryExecutionTime?: number; enableQueryTimeout?: boolean };
  const connection = (await runner.connect()) as ExecutingConnection;
  const logger = runner.connection.logger;
  logger.logQuery(sql, parameters, runner);
  const limit = options.maxQueryExecutionTime;
  const timeout = options.enableQueryTimeout && limit ? limit : undefined;
  const started = Date.now();
  try {
    return await new Promise<unknown>((resolve, reject) =>
      connection.execute({ sql, timeout }, parameters, (err, result) => (err ? reject(err) : resolve(result))),
    );
  } catch (err) {
    logger.logQueryError(err as Error, sql, parameters, runner);
    throw new QueryFailedError(sql, parameters, err as Error);
  } finally {
    const took = Date.now() - started;
    if (limit && took > limit) logger.logQuerySlow(took, sql, parameters, runner);
  }
}
