// A raw statement with `$n` placeholders and its parameters: what Prisma's $queryRawUnsafe and a plain
// pg client both take, so the API and the bare server of bench/vs-bare run the same text.
export interface Statement {
  sql: string;
  params: unknown[];
}
