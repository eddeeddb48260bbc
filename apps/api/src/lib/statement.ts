import { createHash } from 'node:crypto';
import type { StatementRows } from '@portal/db';

// A raw statement with `$n` placeholders and its parameters: what Prisma's $queryRawUnsafe and a plain
// pg client both take, so the API and the bare server of bench/vs-bare run the same text.
export interface Statement {
  sql: string;
  params: unknown[];
  /**
   * Prepared under this name (with a hash of the text, which may vary by the query's options) and its
   * plan kept per connection: for a hot statement whose text holds no values, only parameters.
   */
  prepareAs?: string;
}

/** The prepared statement's name of `statement`, or undefined when it is not to be prepared. */
export function preparedName({ sql, prepareAs }: Statement): string | undefined {
  if (!prepareAs) return undefined;
  return `${prepareAs}-${createHash('sha1').update(sql).digest('base64url').slice(0, 12)}`;
}

/**
 * The json column `result` of a statement's first row, or null: pg parses json, Prisma's raw queries
 * may leave it text.
 */
export function resultOf<T>(rows: readonly { result: T | string | null }[]): T | null {
  const result = rows[0]?.result ?? null;
  return typeof result === 'string' ? (JSON.parse(result) as T) : result;
}

/** The rows of `statement` run by `rows` (app.statementRows), prepared when it says so. */
export async function runStatement<Row = Record<string, unknown>>(
  rows: StatementRows,
  statement: Statement,
): Promise<Row[]> {
  return (await rows(statement.sql, statement.params, preparedName(statement))) as Row[];
}

/** The json `result` of `statement` run by `rows` (app.statementRows), or null. */
export async function readResult<T>(rows: StatementRows, statement: Statement): Promise<T | null> {
  return resultOf(await runStatement<{ result: T | string | null }>(rows, statement));
}
