// A TCP proxy in front of the real PostgreSQL for integration tests: it counts the statements the app
// sends (simple queries and extended-protocol executions, read off the frontend message stream) and can
// cut the database off and bring it back, as an outage would.
import net from 'node:net';

export interface PgProxy {
  /** DATABASE_URL through the proxy */
  url: string;
  /** statements sent through the proxy so far */
  statements(): number;
  /** closes every connection and refuses new ones, like a database that went away */
  cut(): Promise<void>;
  /** accepts connections again */
  restore(): void;
  close(): Promise<void>;
}

/** Counts 'Q' (simple query) and 'E' (execute) messages of one client connection's byte stream. */
function statementCounter(onStatement: () => void) {
  let buffer = Buffer.alloc(0);
  let started = false;
  return (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (!started) {
        // The startup message (or an SSL request) has no type byte: int32 length, then its body.
        if (buffer.length < 4) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        buffer = buffer.subarray(length);
        started = code !== 80877103; // an SSL request is followed by the real startup message
        continue;
      }
      if (buffer.length < 5) return;
      const length = buffer.readInt32BE(1);
      if (buffer.length < 1 + length) return;
      const type = String.fromCharCode(buffer[0]!);
      if (type === 'Q' || type === 'E') onStatement();
      buffer = buffer.subarray(1 + length);
    }
  };
}

export async function startPgProxy(databaseUrl: string): Promise<PgProxy> {
  const target = new URL(databaseUrl);
  let count = 0;
  let accepting = true;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!accepting) return client.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    const count1 = statementCounter(() => count++);
    client.on('data', (chunk: Buffer) => {
      count1(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    statements: () => count,
    async cut() {
      accepting = false;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    restore() {
      accepting = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
