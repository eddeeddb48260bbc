import { Prisma } from './generated/prisma/client.js';

/** A unique constraint refused the write (Prisma's P2002): someone else got there first. */
export function isUniqueConstraintError(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

// Prisma's codes for a database it cannot reach or that stopped answering: can't reach (P1001), timed
// out (P1002, P1008), closed the connection (P1017), no connection from the pool in time (P2024), too
// many connections (P2037).
const unavailableCodes = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);
// What adapter-pg reports underneath (also inside P2010, a raw query that failed).
const unavailableKinds = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
// SQLSTATEs: connection exceptions (class 08), the server shutting down or starting up (57P01-57P03),
// too many connections (53300).
const unavailableSqlStates = /^(08|57P0[123]$|53300$)/;
// node-postgres raises these as plain Errors without a code, so their words are all there is to go by.
const driverConnectionMessages = /^(Connection terminated|timeout exceeded when trying to connect)/;
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);

interface AdapterCause {
  kind?: string;
  code?: string;
  originalCode?: string;
}

function adapterCause(error: Prisma.PrismaClientKnownRequestError): AdapterCause | undefined {
  const meta = error.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined;
  return meta?.driverAdapterError?.cause;
}

/**
 * The database is down or unreachable for now (refused, cut off, timed out, out of connections), as
 * opposed to a query that is wrong: the request may succeed when tried again a little later.
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++, current = current.cause) {
    if (current instanceof Prisma.PrismaClientInitializationError) return true;
    if (current instanceof Prisma.PrismaClientKnownRequestError) {
      if (unavailableCodes.has(current.code)) return true;
      const cause = adapterCause(current);
      if (cause?.kind && unavailableKinds.has(cause.kind)) return true;
      const sqlState = cause?.kind === 'postgres' ? (cause.originalCode ?? cause.code) : undefined;
      return sqlState !== undefined && unavailableSqlStates.test(sqlState);
    }
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && socketCodes.has(code)) return true;
    // node-postgres's DatabaseError (a statement run on its pool directly) carries the SQLSTATE as code
    if (typeof code === 'string' && 'severity' in current && unavailableSqlStates.test(code)) return true;
    if (code === undefined && driverConnectionMessages.test(current.message)) return true;
  }
  return false;
}
