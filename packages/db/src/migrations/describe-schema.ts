import pg from 'pg';

/**
 * A normalised, sorted description of the public schema (enums, columns, indexes, constraints), to
 * compare two databases without pg_dump (which the embedded PGlite does not have). It describes what
 * Prisma's datamodel describes: a partitioned table reads as the table it stands for, and its partitions
 * (which only the migrations know: bill_line_item's) are left out. NOT NULL reads from the columns, not
 * from PostgreSQL 18's (PGlite's) named not-null constraints, whose names a table rebuilt under its old
 * name (the partitioning migration) does not keep.
 */
export async function describeSchema(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const queries = [
      `SELECT 'enum ' || t.typname || ' (' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) || ')' AS line
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname`,
      `SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
              || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
              || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') AS line
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`,
      `SELECT 'index ' || replace(i.indexdef, ' ON ONLY ', ' ON ') AS line
         FROM pg_indexes i JOIN pg_namespace n ON n.nspname = i.schemaname
         JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = i.tablename
        WHERE i.schemaname = 'public' AND i.tablename <> '_prisma_migrations' AND NOT c.relispartition`,
      `SELECT 'constraint ' || c.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid) AS line
         FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations' AND NOT c.relispartition
          AND con.contype <> 'n'`,
    ];
    const lines: string[] = [];
    for (const sql of queries) {
      const { rows } = await client.query<{ line: string }>(sql);
      lines.push(...rows.map((r) => r.line));
    }
    return lines.sort();
  } finally {
    await client.end();
  }
}
