// The bare server the portal is measured against: plain Fastify, @fastify/jwt verifying the portal's
// access tokens with the same key and options, and a pg pool of 10 connections. Each customer route is
// one statement that carries the ownership condition (the user's link) and answers in the JSON's own
// types, the same statements as the portal's modules; no session check, no access hooks, no rate limit,
// no zod on the way out (JSON.stringify). The inputs are read with the contract's zod schemas, as
// any server must read them.
import fastifyJwt from '@fastify/jwt';
import {
  billListQuery,
  consumptionQuery,
  meteringPointListQuery,
  paymentHistoryQuery,
} from '@portal/contract';
import { archiveStart, belgradeDateOf } from '@portal/domain';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import pg from 'pg';
import { poolStatementRows } from '@portal/db';
import { resultOf, runStatement, type Statement } from '../../src/lib/statement.js';
import type { Actor } from '../../src/modules/access/actor.js';
import {
  billDetailOf,
  billDetailStatement,
  billListOf,
  billListStatement,
  type DetailRow,
  type SummaryRow,
} from '../../src/modules/bills/bills.queries.js';
import { getConsumption, type ConsumptionDeps } from '../../src/modules/consumption/consumption.service.js';
import {
  overviewOf,
  overviewStatement,
  type OverviewRow,
} from '../../src/modules/metering-points/metering-points.service.js';
import {
  historyRange,
  paymentHistoryStatement,
  paymentPageOf,
} from '../../src/modules/payments/payment-history.service.js';
import type { AccessTokenClaims } from '../../src/plugins/auth.js';

export async function startBareServer(options: { databaseUrl: string; secret: string; now: () => Date }) {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
  const rows = poolStatementRows(pool);
  const run = <Row>(statement: Statement) => runStatement<Row>(rows, statement);
  const app = Fastify({ logger: false });
  await app.register(fastifyJwt, {
    secret: options.secret,
    verify: { algorithms: ['HS256'], requiredClaims: ['exp'] },
  });
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ code: 'UNAUTHORIZED' });
    }
  });
  const userOf = (request: FastifyRequest) => (request.user as AccessTokenClaims).sub;
  const today = () => belgradeDateOf(options.now());
  const notFound = (reply: FastifyReply) => reply.code(404).send({ code: 'NOT_FOUND' });
  type WithId = { Params: { id: string } };

  app.get('/api/metering-points', async (request) => {
    const query = meteringPointListQuery.parse(request.query);
    const [row] = await run<OverviewRow>(overviewStatement(userOf(request), today(), query));
    return overviewOf(row!, query);
  });

  app.get<WithId>('/api/metering-points/:id/bills', async (request, reply) => {
    const query = billListQuery.parse(request.query);
    const day = today();
    const statement = billListStatement(userOf(request), request.params.id, archiveStart(day));
    const rows = resultOf(await run<{ result: SummaryRow[] | null }>(statement));
    return rows ? billListOf(rows, day, query) : notFound(reply);
  });

  app.get<WithId>('/api/bills/:id', async (request, reply) => {
    const statement = billDetailStatement(userOf(request), request.params.id);
    const row = resultOf(await run<{ result: DetailRow | null }>(statement));
    return row ? billDetailOf(row, today()) : notFound(reply);
  });

  app.get<WithId>('/api/metering-points/:id/payments', async (request) => {
    const query = paymentHistoryQuery.parse(request.query);
    const range = historyRange(today(), query);
    const statement = paymentHistoryStatement(userOf(request), request.params.id, range, query);
    return paymentPageOf(resultOf(await run<{ result: never }>(statement)), query);
  });

  // The consumption service reads its one statement (consumption.statement.ts) through these rows.
  const consumptionDeps: ConsumptionDeps = { statementRows: rows, now: options.now };
  app.get<WithId>('/api/metering-points/:id/consumption', async (request) => {
    const claims = request.user as AccessTokenClaims;
    const actor: Actor = { userId: claims.sub, role: claims.role };
    return getConsumption(consumptionDeps, actor, request.params.id, consumptionQuery.parse(request.query));
  });

  // AppError (NOT_FOUND of the payments and consumption services) carries its status; zod's errors are bad input
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, _request, reply) =>
    reply
      .code(error.statusCode ?? (error.name === 'ZodError' ? 400 : 500))
      .send({ code: error.code, message: error.message }),
  );

  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await pool.end();
    },
  };
}
