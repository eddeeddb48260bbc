// Support's look-up through the real API and database: every key finds its customer, names match across
// scripts without diacritics, identifiers and e-mails come back masked only, every look-up is audited
// without its text, and nobody but staff gets an answer.
import type { PrismaClient } from '@portal/db';
import { searchKey } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import {
  createCustomer,
  createUser,
  linkPoints,
  type TestCustomer,
  type TestUser,
} from '../../testing/customer-data.js';
import { buildTestApp } from '../../testing/test-app.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let support: TestUser;
let supervisor: TestUser;
let customerUser: TestUser;
let household: TestCustomer;
let firm: TestCustomer;
let householdEic: string;
let householdEd: string;

// A made-up surname, new on every run (test files share one database), spelt in letters that have
// one Cyrillic twin each, so the test can write it in both scripts.
const latin = 'abvgdezik'.split('');
const cyrillic = 'абвгдезик'.split('');
const pick = Array.from({ length: 6 }, () => Math.floor(Math.random() * latin.length));
const tokenLatin = pick.map((i) => latin[i]).join('');
const tokenCyrillic = pick.map((i) => cyrillic[i]).join('');

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
  support = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  supervisor = await createUser(app, prisma, 'NATURAL', 'SUPERVISOR');
  customerUser = await createUser(app, prisma);
  household = await createCustomer(prisma);
  firm = await createCustomer(prisma, { personType: 'LEGAL', regionId: 'NI' });
  // stored in Latin with diacritics, and in Cyrillic
  await prisma.customer.update({
    where: { id: household.customerId },
    data: { name: `Đorđe ${tokenLatin}ić` },
  });
  await prisma.customer.update({
    where: { id: firm.customerId },
    data: { name: `Пекара ${tokenCyrillic}ћ д.о.о.` },
  });
  await linkPoints(prisma, customerUser.id, household.meteringPointIds);
  const point = await prisma.meteringPoint.findUniqueOrThrow({
    where: { id: household.meteringPointIds[0]! },
  });
  householdEic = point.eic;
  householdEd = point.edNumber;
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
});

const lookUp = (user: TestUser | null, q: string, extra = '') =>
  app.inject({
    method: 'GET',
    url: `/api/support/customers?q=${encodeURIComponent(q)}${extra}`,
    headers: user ? { authorization: user.authorization } : {},
  });

async function idsFound(q: string, user = support): Promise<string[]> {
  const answer = await lookUp(user, q, '&pageSize=100');
  expect(answer.statusCode, answer.body).toBe(200);
  return (answer.json().items as { id: string }[]).map((c) => c.id);
}

describe("the customers' name key", () => {
  it('folds every name as searchKey does (the trigger customer_name_key), on insert and on rename', async () => {
    const names = [
      'Љиљана Ђорђевић-Њежић',
      'Džemal Šćekić',
      'ĐURĐA ŽUNIĆ',
      'Ćirić & sinovi d.o.o.',
      'Џомбић',
    ];
    const customer = await createCustomer(prisma);
    for (const name of names) {
      const row = await prisma.customer.update({ where: { id: customer.customerId }, data: { name } });
      expect(row.nameKey, name).toBe(searchKey(name));
    }
    const inserted = await createCustomer(prisma);
    const row = await prisma.customer.findUniqueOrThrow({ where: { id: inserted.customerId } });
    expect(row.nameKey).toBe(searchKey(row.name));
  });
});

describe('look-up by each key', () => {
  it('finds a customer by billing number, ED number and EIC (typed in any case)', async () => {
    expect(await idsFound(household.billingNumber)).toEqual([household.customerId]);
    expect(await idsFound(householdEd)).toContain(household.customerId);
    expect(await idsFound(householdEic.toLowerCase())).toEqual([household.customerId]);
  });

  it('finds a customer by the last digits of a JMBG or PIB', async () => {
    expect(await idsFound(household.jmbg!.slice(-6))).toContain(household.customerId);
    expect(await idsFound(household.jmbg!)).toEqual([household.customerId]);
    expect(await idsFound(firm.pib!.slice(-5))).toContain(firm.customerId);
  });

  it('finds a customer by the e-mail of a linked portal user', async () => {
    const email = `${customerUser.username}@example.rs`.toUpperCase();
    expect(await idsFound(email)).toEqual([household.customerId]);
  });

  it('finds names across scripts, with or without diacritics', async () => {
    // Latin with diacritics stored: Cyrillic, and Latin without diacritics, find it
    expect(await idsFound(`Ђорђе ${tokenCyrillic}`)).toEqual([household.customerId]);
    expect(await idsFound(`djordje ${tokenLatin}ic`)).toEqual([household.customerId]);
    // Cyrillic stored: Latin without diacritics finds it
    expect(await idsFound(`${tokenLatin}c d.o.o`)).toEqual([firm.customerId]);
    expect(await idsFound(`${tokenLatin.toUpperCase()}`)).toEqual(
      expect.arrayContaining([household.customerId, firm.customerId]),
    );
  });

  it('lets a supervisor look up too, and pages the matches', async () => {
    expect(await idsFound(household.billingNumber, supervisor)).toEqual([household.customerId]);
    const first = (await lookUp(support, tokenLatin, '&pageSize=1&page=1')).json();
    const second = (await lookUp(support, tokenLatin, '&pageSize=1&page=2')).json();
    expect(first.total).toBe(2);
    expect([first.items[0].id, second.items[0].id].sort()).toEqual(
      [household.customerId, firm.customerId].sort(),
    );
  });
});

describe('what a look-up answers', () => {
  it('gives identifiers and e-mails masked, never whole, anywhere in the answer', async () => {
    const answers = [
      await lookUp(support, household.billingNumber),
      await lookUp(support, household.jmbg!),
      await lookUp(support, firm.pib!),
      await lookUp(support, `${customerUser.username}@example.rs`),
      await lookUp(support, tokenLatin),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      expect(answer.body).not.toContain(household.jmbg!);
      expect(answer.body).not.toContain(firm.pib!);
      expect(answer.body).not.toContain(firm.maticniBroj!);
      expect(answer.body).not.toContain(`${customerUser.username}@`);
      // no whole JMBG of anyone (13 digits on their own; EICs have letters before their digits)
      expect(answer.body).not.toMatch(/(?<![A-Za-z0-9])\d{13}(?!\d)/);
    }
    const [byBilling] = (await lookUp(support, household.billingNumber)).json().items;
    expect(byBilling).toMatchObject({
      personType: 'natural',
      jmbg: `${household.jmbg!.slice(0, 4)}•••••${household.jmbg!.slice(-4)}`,
      pib: null,
      region: 'BG',
      billingNumbers: [household.billingNumber],
      portalUsers: [{ id: customerUser.id, email: `${customerUser.username[0]}•••@example.rs` }],
    });
    expect(byBilling.meteringPoints[0]).toMatchObject({ edNumber: householdEd, eic: householdEic });
    const [byPib] = (await lookUp(support, firm.pib!)).json().items;
    expect(byPib).toMatchObject({
      personType: 'legal',
      jmbg: null,
      pib: `${firm.pib!.slice(0, 2)}•••••${firm.pib!.slice(-2)}`,
    });
  });

  it('records every look-up with its kind and the customers shown, never its text', async () => {
    const tail = household.jmbg!.slice(-6);
    await lookUp(support, tail);
    const events = await prisma.auditEvent.findMany({
      where: { action: 'support.customers.lookup', actorUserId: support.id },
    });
    const event = events.find(
      (e) =>
        (e.details as { kind?: string }).kind === 'digits' &&
        JSON.stringify(e.details).includes(household.customerId),
    );
    expect(event?.details).toMatchObject({ kind: 'digits', length: 6 });
    for (const e of events) expect(JSON.stringify(e.details)).not.toContain(tail);
  });

  it('refuses a text too short, too long or with control characters, and answers nothing to others', async () => {
    for (const q of ['a', 'x'.repeat(101), 'ab\u0000c'])
      expect((await lookUp(support, q)).statusCode).toBe(400);
    expect((await lookUp(support, 'ab')).json()).toMatchObject({ items: [], total: 0 });
    for (const q of [
      '%%%',
      '___',
      '\\\\',
      "'; DROP TABLE customer; --",
      '0000',
      '@@',
      'a@b',
      '😀😀😀',
      'Ђ'.repeat(100),
    ]) {
      const answer = await lookUp(support, q);
      expect(answer.statusCode, q).toBe(200);
    }
    // a % typed is searched for literally, not as "anything"
    expect((await lookUp(support, '%%%')).json().total).toBe(0);
    const customer = await lookUp(customerUser, household.billingNumber);
    expect(customer.statusCode).toBe(403);
    expect(customer.json().code).toBe('FORBIDDEN');
    expect((await lookUp(null, household.billingNumber)).statusCode).toBe(401);
  });
});
