import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailableError, isUniqueConstraintError } from './errors.js';
import { Prisma } from './generated/prisma/client.js';

const known = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError('failed', { code, clientVersion: '7', ...(meta ? { meta } : {}) });
const adapter = (cause: Record<string, unknown>) => ({
  driverAdapterError: { name: 'DriverAdapterError', cause },
});
/** node-postgres's DatabaseError: the SQLSTATE as its code */
const serverError = (code: string) => Object.assign(new Error('refused'), { code, severity: 'FATAL' });
const socketError = (code: string) =>
  Object.assign(new Error(`connect ${code}`), { code, syscall: 'connect', errno: -1 });

describe('a database outage', () => {
  it.each([
    ['connection refused (P1001)', known('P1001', adapter({ kind: 'DatabaseNotReachable' }))],
    [
      'a raw query that could not reach the server (P2010)',
      known('P2010', adapter({ kind: 'DatabaseNotReachable' })),
    ],
    ['a closed connection', known('P2010', adapter({ kind: 'ConnectionClosed' }))],
    ['a pool timeout (P2024)', known('P2024')],
    [
      'the server shutting down (57P01)',
      known('P2010', adapter({ kind: 'postgres', originalCode: '57P01' })),
    ],
    ['a connection exception (08006)', known('P2010', adapter({ kind: 'postgres', originalCode: '08006' }))],
    ['a connection cut in mid-query (node-postgres)', new Error('Connection terminated unexpectedly')],
    ['no connection in time (node-postgres)', new Error('timeout exceeded when trying to connect')],
    ['a socket error', socketError('ECONNREFUSED')],
    ['the server shutting down (node-postgres, 57P01)', serverError('57P01')],
    ['too many connections (node-postgres, 53300)', serverError('53300')],
    ['one wrapped as a cause', new Error('loading failed', { cause: known('P1001') })],
    ['Prisma failing to start', new Prisma.PrismaClientInitializationError("Can't reach database", '7')],
  ])('is recognised: %s', (_what, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(true);
  });

  it.each([
    ['a unique violation', known('P2002')],
    [
      'a bad value in a raw query (22021: NUL in text)',
      known('P2010', adapter({ kind: 'postgres', originalCode: '22021' })),
    ],
    ['an error of our own', new Error('boom')],
    ['a bad value (node-postgres, 22P02)', serverError('22P02')],
    ['not an error', 'Connection terminated'],
  ])('is not: %s', (_what, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });

  it('leaves the unique constraint check as it was', () => {
    expect(isUniqueConstraintError(known('P2002'))).toBe(true);
  });
});
