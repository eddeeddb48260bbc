import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import {
  createCustomer,
  createUser,
  nextAddress,
  uniqueBillingNumber,
  uniqueJmbg,
  uniqueMaticniBroj,
  uniquePib,
  type TestUser,
} from '../../testing/customer-data.js';
import { buildTestApp } from '../../testing/test-app.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
});

afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
});

function link(user: TestUser, payload: Record<string, unknown>, remoteAddress = nextAddress()) {
  return app.inject({
    method: 'POST',
    url: '/api/contracts',
    headers: { authorization: user.authorization },
    remoteAddress,
    payload,
  });
}

const listIds = async (user: TestUser) =>
  (
    await app.inject({
      method: 'GET',
      url: '/api/metering-points?pageSize=100',
      headers: { authorization: user.authorization },
    })
  )
    .json()
    .items.map((i: { id: string }) => i.id)
    .sort();

const auditCount = (userId: string, action: string) =>
  prisma.auditEvent.count({ where: { actorUserId: userId, action } });

describe('linking a contract', () => {
  it('links a natural person by billing number and JMBG: every point whose contract is in force', async () => {
    const customer = await createCustomer(prisma, {
      regionId: 'NI',
      points: [{}, { status: 'DISCONNECTED' }, { status: 'TERMINATED' }],
    });
    const user = await createUser(app, prisma);
    const response = await link(user, { billingNumber: ` ${customer.billingNumber} `, jmbg: customer.jmbg });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.linkedCount).toBe(2);
    expect(body.contracts).toHaveLength(1);
    expect(body.contracts[0]).toMatchObject({
      id: customer.billingAccountId,
      billingNumber: customer.billingNumber,
      region: { id: 'NI', name: 'Ниш', nameLatin: 'Niš' },
    });
    expect(body.contracts[0].meteringPoints.map((p: { id: string }) => p.id).sort()).toEqual(
      customer.meteringPointIds.slice(0, 2).sort(),
    );
    expect(await listIds(user)).toEqual(customer.meteringPointIds.slice(0, 2).sort());
    expect(await auditCount(user.id, 'contract.link.success')).toBe(1);

    const contracts = await app.inject({
      method: 'GET',
      url: '/api/contracts',
      headers: { authorization: user.authorization },
    });
    expect(contracts.json().items.map((c: { id: string }) => c.id)).toEqual([customer.billingAccountId]);
  });

  it('links a legal entity by billing number, PIB and matični broj', async () => {
    const customer = await createCustomer(prisma, { personType: 'LEGAL', regionId: 'KG', points: [{}, {}] });
    const user = await createUser(app, prisma, 'LEGAL');
    const response = await link(user, {
      billingNumber: customer.billingNumber,
      pib: customer.pib,
      mb: customer.maticniBroj,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().linkedCount).toBe(2);
    expect(await listIds(user)).toEqual([...customer.meteringPointIds].sort());
  });

  it('answers a wrong check digit or date at once, next to the field, without counting it', async () => {
    const natural = await createUser(app, prisma);
    const legal = await createUser(app, prisma, 'LEGAL');
    const billingNumber = uniqueBillingNumber();
    const jmbg = uniqueJmbg();
    const badCheck = `${jmbg.slice(0, 12)}${(Number(jmbg[12]) + 1) % 10}`;
    const cases: [TestUser, Record<string, unknown>, { path: string; code: string }[]][] = [
      [natural, { billingNumber, jmbg: badCheck }, [{ path: 'jmbg', code: 'invalid_checksum' }]],
      [natural, { billingNumber, jmbg: '3102990710003' }, [{ path: 'jmbg', code: 'invalid_date' }]],
      [natural, { billingNumber, jmbg: '12345' }, [{ path: 'jmbg', code: 'too_short' }]],
      [natural, { billingNumber, jmbg: `${jmbg}0` }, [{ path: 'jmbg', code: 'too_long' }]],
      [natural, { billingNumber: '203456789', jmbg }, [{ path: 'billingNumber', code: 'too_short' }]],
      [
        natural,
        { billingNumber, pib: uniquePib(), mb: uniqueMaticniBroj() },
        [
          { path: 'pib', code: 'invalid_value' },
          { path: 'mb', code: 'invalid_value' },
          { path: 'jmbg', code: 'required' },
        ],
      ],
      [
        legal,
        { billingNumber, pib: '101134703', mb: uniqueMaticniBroj() },
        [{ path: 'pib', code: 'invalid_checksum' }],
      ],
      [
        legal,
        { billingNumber, pib: '101134702', mb: '66143628' },
        [{ path: 'mb', code: 'invalid_checksum' }],
      ],
      [
        legal,
        { billingNumber, jmbg },
        [
          { path: 'jmbg', code: 'invalid_value' },
          { path: 'pib', code: 'required' },
          { path: 'mb', code: 'required' },
        ],
      ],
      [natural, { billingNumber: '12-34', jmbg }, [{ path: 'billingNumber', code: 'invalid_format' }]],
    ];
    for (const [user, payload, errors] of cases) {
      const response = await link(user, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(
        response.json().errors.map((e: { path: string; code: string }) => ({ path: e.path, code: e.code })),
      ).toEqual(errors);
    }
    expect(await auditCount(natural.id, 'contract.link.failure')).toBe(0);
    expect(await auditCount(legal.id, 'contract.link.failure')).toBe(0);
  });

  it('answers a mismatch the same whichever identifier was wrong', async () => {
    const customer = await createCustomer(prisma);
    const other = await createCustomer(prisma);
    const attempts = {
      unknownBillingNumber: { billingNumber: uniqueBillingNumber(), jmbg: customer.jmbg },
      wrongJmbg: { billingNumber: customer.billingNumber, jmbg: uniqueJmbg() },
      anotherCustomersBillingNumber: { billingNumber: other.billingNumber, jmbg: customer.jmbg },
      bothWrong: { billingNumber: uniqueBillingNumber(), jmbg: uniqueJmbg() },
    };
    const times: Record<string, number[]> = {};
    const bodies = new Set<string>();
    // Interleaved, each from a fresh user and address, so that neither limit is reached.
    for (let round = 0; round < 5; round++) {
      for (const [name, payload] of Object.entries(attempts)) {
        const user = await createUser(app, prisma);
        const started = performance.now();
        const response = await link(user, payload);
        (times[name] ??= []).push(performance.now() - started);
        expect(response.statusCode).toBe(422);
        expect(response.headers['retry-after']).toBeUndefined();
        bodies.add(response.body);
      }
    }
    expect([...bodies]).toHaveLength(1);
    expect(JSON.parse([...bodies][0]!)).toMatchObject({ code: 'CONTRACT_NOT_MATCHED', status: 422 });
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const medians = Object.values(times).map(median);
    // The code path is the same; this only catches a gross shortcut (e.g. an early return on an unknown
    // billing number), with room for a busy test machine.
    expect(Math.max(...medians) - Math.min(...medians)).toBeLessThan(Math.max(25, Math.min(...medians)));
  });

  it('answers a legal entity the same whether the PIB or the matični broj was wrong', async () => {
    const customer = await createCustomer(prisma, { personType: 'LEGAL' });
    const user = await createUser(app, prisma, 'LEGAL');
    const wrongPib = await link(user, {
      billingNumber: customer.billingNumber,
      pib: uniquePib(),
      mb: customer.maticniBroj,
    });
    const wrongMb = await link(user, {
      billingNumber: customer.billingNumber,
      pib: customer.pib,
      mb: uniqueMaticniBroj(),
    });
    expect(wrongPib.statusCode).toBe(422);
    expect(wrongPib.body).toBe(wrongMb.body);
  });

  it('refuses the 11th attempt after 10 failures of one account, even with the right identifiers', async () => {
    const customer = await createCustomer(prisma);
    const user = await createUser(app, prisma);
    for (let i = 0; i < 10; i++) {
      const failed = await link(user, { billingNumber: customer.billingNumber, jmbg: uniqueJmbg() });
      expect(failed.statusCode).toBe(422);
    }
    const refused = await link(user, { billingNumber: customer.billingNumber, jmbg: customer.jmbg });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('LINK_ATTEMPTS_EXCEEDED');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(23 * 3600);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
    expect(await listIds(user)).toEqual([]);
    expect(await auditCount(user.id, 'contract.link.failure')).toBe(10);
    expect(await auditCount(user.id, 'contract.link.refused')).toBe(1);
  });

  it('refuses the 11th failed attempt from one address within an hour, whoever makes it', async () => {
    const customer = await createCustomer(prisma);
    const address = nextAddress();
    for (let i = 0; i < 10; i++) {
      const user = await createUser(app, prisma);
      const failed = await link(user, { billingNumber: customer.billingNumber, jmbg: uniqueJmbg() }, address);
      expect(failed.statusCode).toBe(422);
    }
    const user = await createUser(app, prisma);
    const refused = await link(user, { billingNumber: customer.billingNumber, jmbg: customer.jmbg }, address);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
    // from another address the same user may go on
    const linked = await link(user, { billingNumber: customer.billingNumber, jmbg: customer.jmbg });
    expect(linked.statusCode).toBe(201);
  });

  it('says so when the contract is already linked, and lets a second user link it too', async () => {
    const customer = await createCustomer(prisma, { points: [{}, {}] });
    const payload = { billingNumber: customer.billingNumber, jmbg: customer.jmbg };
    const first = await createUser(app, prisma);
    expect((await link(first, payload)).statusCode).toBe(201);
    const again = await link(first, payload);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CONTRACT_ALREADY_LINKED');
    expect(await auditCount(first.id, 'contract.link.existing')).toBe(1);

    const householdMember = await createUser(app, prisma);
    const second = await link(householdMember, payload);
    expect(second.statusCode).toBe(201);
    expect(await listIds(householdMember)).toEqual([...customer.meteringPointIds].sort());
    expect(await listIds(first)).toEqual([...customer.meteringPointIds].sort());
  });
});

describe('unlinking a contract', () => {
  it("removes the contract's metering points from this account only", async () => {
    const customer = await createCustomer(prisma, { points: [{}, {}] });
    const kept = await createCustomer(prisma, { regionId: 'NS' });
    const payload = { billingNumber: customer.billingNumber, jmbg: customer.jmbg };
    const user = await createUser(app, prisma);
    const other = await createUser(app, prisma);
    await link(user, payload);
    await link(user, { billingNumber: kept.billingNumber, jmbg: kept.jmbg });
    await link(other, payload);

    const unlink = (who: TestUser, id: string) =>
      app.inject({
        method: 'DELETE',
        url: `/api/contracts/${id}`,
        headers: { authorization: who.authorization },
      });
    expect((await unlink(user, customer.billingAccountId)).statusCode).toBe(204);
    expect(await listIds(user)).toEqual(kept.meteringPointIds);
    expect(await listIds(other)).toEqual([...customer.meteringPointIds].sort());
    expect(await auditCount(user.id, 'contract.unlink')).toBe(1);

    const twice = await unlink(user, customer.billingAccountId);
    expect(twice.statusCode).toBe(404);
    expect(twice.json().code).toBe('NOT_FOUND');
    expect((await unlink(user, 'not-a-uuid')).statusCode).toBe(404);
    // linking it again works
    expect((await link(user, payload)).statusCode).toBe(201);
  });

  it('needs a login', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/contracts', payload: {} });
    expect(response.statusCode).toBe(401);
  });
});
