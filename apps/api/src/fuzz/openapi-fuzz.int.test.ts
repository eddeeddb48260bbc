// Hostile input never makes a server error: every operation of the OpenAPI document (read from the
// app itself, so routes added later are fuzzed too) gets requests built by fast-check from its own
// parameter and body schemas, logged in as a demo user with that user's real ids, mixed with hostile
// values. Every answer must be below 500, and every error problem+json with a known code.
//
// Operations that could end the fuzzing user's session or take its data away (DELETE, logout,
// password and e-mail change) run last, as a second demo user, so they cannot spoil the rest.
import { errorCodes, problemContentType } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../app.js';
import { createDemoDatabase, demoLogin, demoPassword, type DemoDatabase } from '../testing/demo-database.js';
import { startSandboxGateway, type RunningSandbox } from '../testing/sandbox-gateway.js';
import { buildTestApp } from '../testing/test-app.js';
import { requestArbitrary, slotsOf, type FuzzContext, type FuzzRequest } from './request-arbitraries.js';
import { operationsOf, type Operation } from './openapi-operations.js';

/** About this many requests in all, shared out by how many parameters and fields an operation has. */
const totalRequests = 4000;
const seed = 20_260_412;
/** requests in flight at once: many answers wait (uniform timing of the auth answers), few compute */
const concurrency = 8;
const logins = ['demo.business', 'demo.household'];

let demo: DemoDatabase;
let gateway: RunningSandbox;
let app: App;

beforeAll(async () => {
  demo = await createDemoDatabase({ customers: 3 });
  // card payments reach a real (sandbox) gateway, so that its answers are part of what is fuzzed
  gateway = await startSandboxGateway();
  app = await buildTestApp({ prisma: demo.prisma, config: { paymentGateway: gateway.config } });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await gateway?.close();
  await demo?.drop();
});

async function contextOf(prisma: PrismaClient, username: string): Promise<FuzzContext> {
  const { authorization } = await demoLogin(app, username);
  const user = await prisma.user.findUniqueOrThrow({ where: { usernameNormalized: username } });
  const links = await prisma.userMeteringPoint.findMany({
    where: { userId: user.id },
    orderBy: { meteringPointId: 'asc' },
    take: 8,
  });
  const pointIds = links.map((l) => l.meteringPointId);
  const points = await prisma.meteringPoint.findMany({ where: { id: { in: pointIds } } });
  const inPoints = { meteringPointId: { in: pointIds } };
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  return {
    authorization,
    logins,
    passwords: [demoPassword],
    ids: {
      meteringPoints: pointIds,
      billingAccounts: [...new Set(points.map((p) => p.billingAccountId))],
      bills: ids(
        await prisma.bill.findMany({
          where: inPoints,
          take: 8,
          orderBy: [{ periodStart: 'desc' }, { id: 'asc' }],
        }),
      ),
      notices: ids(await prisma.dunningNotice.findMany({ where: inPoints, orderBy: { id: 'asc' }, take: 4 })),
      orders: ids(
        await prisma.paymentOrder.findMany({ where: { userId: user.id }, orderBy: { id: 'asc' }, take: 4 }),
      ),
      sessions: ids(
        await prisma.session.findMany({ where: { userId: user.id }, orderBy: { id: 'asc' }, take: 4 }),
      ),
    },
  };
}

const irreversible = (op: Operation) =>
  op.method === 'DELETE' || /^\/api\/auth\/(logout|password|email)(\/|$)/.test(op.path);

/** A seed of each operation's own, so that adding an operation does not change the others' requests. */
function seedOf(op: Operation): number {
  return seed ^ createHash('sha256').update(`${op.method} ${op.path}`).digest().readUInt32BE(0);
}

interface Failure {
  operation: string;
  status: number;
  request: string;
  body: string;
}

/** Why an answer is wrong, or null when it is fine. */
function problemWith(response: Awaited<ReturnType<App['inject']>>): string | null {
  if (response.statusCode >= 500) return 'server error';
  if (response.statusCode < 400) return null;
  if (!String(response.headers['content-type'] ?? '').startsWith(problemContentType))
    return 'not problem+json';
  try {
    const body = response.json() as { code?: unknown; status?: unknown };
    if (!(errorCodes as readonly unknown[]).includes(body.code)) return 'unknown code';
    if (body.status !== response.statusCode) return 'status differs from the body';
  } catch {
    return 'body is not JSON';
  }
  return null;
}

const excerpt = (text: string) =>
  text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;

it('answers hostile requests to every operation below 500, errors as problem+json with a code', async () => {
  const operations = operationsOf(app.swagger() as Parameters<typeof operationsOf>[0]).filter((op) =>
    op.path.startsWith('/api/'),
  );
  expect(operations.length).toBeGreaterThanOrEqual(40);
  // an operation with more parameters and fields gets more requests
  const slots = (op: Operation) => slotsOf(op).reduce((sum, { weight }) => sum + weight, 0);
  const perSlot = totalRequests / operations.reduce((sum, op) => sum + slots(op), 0);
  const main = await contextOf(demo.prisma, 'demo.business');
  const other = await contextOf(demo.prisma, 'demo.household');
  // the ordinary operations first, then the irreversible ones as the other user
  const groups = [
    { operations: operations.filter((op) => !irreversible(op)), context: main },
    { operations: operations.filter(irreversible), context: other },
  ].map(({ operations: ops, context }) =>
    ops.flatMap((operation) =>
      fc
        .sample(requestArbitrary(operation, context), {
          seed: seedOf(operation),
          numRuns: Math.ceil(perSlot * slots(operation)),
        })
        .map((request) => ({ operation, request })),
    ),
  );

  const failures: Failure[] = [];
  let serverErrors = 0;
  let sent = 0;
  async function send(operation: Operation, request: FuzzRequest) {
    const n = sent++;
    const response = await app.inject({
      ...request,
      method: request.method as 'GET',
      // each request from an address of its own: the rate limits per address must not answer for the
      // code behind them
      remoteAddress: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
    });
    if (response.statusCode >= 500) serverErrors++;
    const wrong = problemWith(response);
    if (wrong) {
      failures.push({
        operation: `${operation.method} ${operation.path}: ${wrong}`,
        status: response.statusCode,
        request: excerpt(`${request.method} ${request.url} ${request.payload ?? ''}`),
        body: excerpt(response.body),
      });
    }
  }
  for (const group of groups) {
    let next = 0;
    const worker = async () => {
      while (next < group.length) {
        const { operation, request } = group[next++]!;
        await send(operation, request);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }

  console.log(
    `OpenAPI fuzz: ${sent} requests over ${operations.length} operations, ${serverErrors} answered 5xx, ` +
      `${failures.length} wrong answers`,
  );
  const byOperation = new Map<string, Failure[]>();
  for (const f of failures) byOperation.set(f.operation, [...(byOperation.get(f.operation) ?? []), f]);
  for (const [operation, list] of byOperation) {
    console.log(`  ${list.length} × ${operation}, e.g. ${list[0]!.request.slice(0, 160)}`);
  }
  expect(
    [...byOperation].map(([operation, list]) => ({
      operation,
      count: list.length,
      examples: list.slice(0, 3),
    })),
  ).toEqual([]);
});
