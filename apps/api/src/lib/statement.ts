import type { StatementRows } from '@portal/db';

// A raw statement with `$n` placeholders and its parameters: what Prisma's $queryRawUnsafe and a plain
// pg client both take, so the API and the bare server of bench/vs-bare run the same text.
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The json column `result` of a statement's first row, or null: pg parses json, Prisma's raw queries
 * may leave it text.
 */
export function resultOf<T>(rows: readonly { result: T | string | null }[]): T | null {
  const result = rows[0]?.result ?? null;
  return typeof result === 'string' ? (JSON.parse(result) as T) : result;
}

/** The json `result` of `statement` run by `rows` (app.statementRows), or null. */
export async function readResult<T>(rows: StatementRows, { sql, params }: Statement): Promise<T | null> {
  return resultOf((await rows(sql, params)) as { result: T | string | null }[]);
}
