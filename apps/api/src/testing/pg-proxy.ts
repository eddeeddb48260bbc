// A TCP proxy in front of the real PostgreSQL for integration tests: it counts the statements the app
// sends (simple queries and extended-protocol executions, read off the frontend message stream), and
// `cut()` stops listening and cuts every connection, as a database that goes down does; `restore()`
// brings it back on the same port.
import net from 'node:net';

export interface PgProxy {
  /** DATABASE_URL through the proxy */
  url: string;
  /** statements sent through the proxy so far */
  statements(): number;
  cut(): Promise<void>;
  restore(): Promise<void>;
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
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        started = buffer.readInt32BE(4) !== 80877103; // an SSL request comes before the real startup
        buffer = buffer.subarray(length);
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
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const connect = (client: net.Socket) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    track(client);
    track(upstream);
    const counted = statementCounter(() => count++);
    client.on('data', (chunk: Buffer) => {
      counted(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };

  let server: net.Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const listening = net.createServer(connect);
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as net.AddressInfo).port;
        server = listening;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });

  await listen();
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return { url: url.toString(), statements: () => count, cut: stop, restore: listen, close: stop };
}
