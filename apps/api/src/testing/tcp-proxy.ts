// A TCP proxy in front of a real server, for tests of an outage: `close()` refuses new connections and
// cuts the open ones, as a database that goes down does; `open()` brings it back on the same port.
import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** stop listening and destroy every connection through the proxy */
  close: () => Promise<void>;
  /** listen again on the same port */
  open: () => Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const connect = (client: net.Socket) => {
    const upstream = net.connect(target);
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };
  let server: net.Server | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve, reject) => {
      const listening = net.createServer(connect);
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as net.AddressInfo).port;
        server = listening;
        resolve();
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });
  await open();
  return {
    get port() {
      return port;
    },
    close,
    open,
  };
}
