// The embedded default: PostgreSQL compiled to WebAssembly (PGlite), kept in a local folder and served
// on a loopback port over the PostgreSQL wire protocol, so the rest of the app gets an ordinary
// DATABASE_URL and there is one code path for both modes.
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on `dataDir` (undefined = in memory) and serves it on 127.0.0.1 (port 0 = any free port).
 * PGlite runs one query at a time in one session. The socket server accepts several connections, but
 * it can interleave their extended-protocol messages (electric-sql/pglite#1046): clients that query
 * concurrently should use one connection (the app's Prisma client does).
 */
export async function startEmbeddedPostgres(
  options: { dataDir?: string; port?: number; maxConnections?: number } = {},
): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    // The default of 1 makes a connection pool fail with "Connection terminated unexpectedly".
    maxConnections: options.maxConnections ?? 20,
  });
  await server.start();
  return {
    databaseUrl: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
