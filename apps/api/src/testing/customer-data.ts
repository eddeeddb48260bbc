// Minimal regional billing data and portal users for integration tests: a customer with a billing
// account, metering points, bills, ledger entries and dunning notices, each value unique per call so
// that test files can share one database.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@portal/db';
import { jmbgCheckDigit, maticniBrojCheckDigit, pibCheckDigit } from '@portal/domain';
import type { App } from '../app.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { testClock } from './clock.js';
import { enrolStaff } from './staff.js';

// A random start: the test files of a run share one database.
let serial = Math.floor(Math.random() * 1e8);
const next = () => ++serial;
const digits = (n: number, width: number) => String(n % 10 ** width).padStart(width, '0');

/** A JMBG with a valid date and check digit, different on every call. */
export function uniqueJmbg(): string {
  for (;;) {
    const n = next();
    const date = `${digits(1 + (n % 28), 2)}${digits(1 + (Math.floor(n / 28) % 12), 2)}985`; // DDMM 1985
    const first12 = `${date}${digits(n, 5)}`; // then region and serial
    const check = jmbgCheckDigit(first12);
    if (check !== null) return `${first12}${check}`;
  }
}

export function uniquePib(): string {
  const first8 = `1${digits(next(), 7)}`;
  return `${first8}${pibCheckDigit(first8)}`;
}

export function uniqueMaticniBroj(): string {
  for (;;) {
    const first7 = `2${digits(next(), 6)}`;
    const check = maticniBrojCheckDigit(first7);
    if (check !== null) return `${first7}${check}`;
  }
}

export const uniqueBillingNumber = () => `9${digits(next(), 9)}`;

/** The five regions, reference data that the migrations put in every database. */
export type RegionId = 'BG' | 'NS' | 'NI' | 'KG' | 'KV';

export interface BillSpec {
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  total: string;
  paid: string;
}

export interface PointSpec {
  street?: string;
  city?: string;
  status?: 'ACTIVE' | 'DISCONNECTED' | 'TERMINATED';
  /** ledger balance as of the last sync, e.g. "1200.50" (debt) or "-300.00" (credit) */
  balance?: string;
  bills?: BillSpec[];
  openNotice?: { kind: 'REMINDER_BEFORE_ENFORCEMENT' | 'WARNING_BEFORE_DISCONNECTION'; debt: string };
}

export interface CustomerSpec {
  regionId?: RegionId;
  personType?: 'NATURAL' | 'LEGAL';
  billingNumber?: string;
  points?: PointSpec[];
}

export interface TestCustomer {
  customerId: string;
  billingAccountId: string;
  billingNumber: string;
  jmbg: string | null;
  pib: string | null;
  maticniBroj: string | null;
  meteringPointIds: string[];
  billIds: string[];
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A customer of the regional data with one billing account and its metering points. */
export async function createCustomer(prisma: PrismaClient, spec: CustomerSpec = {}): Promise<TestCustomer> {
  const regionId = spec.regionId ?? 'BG';
  const legal = spec.personType === 'LEGAL';
  const jmbg = legal ? null : uniqueJmbg();
  const pib = legal ? uniquePib() : null;
  const maticniBroj = legal ? uniqueMaticniBroj() : null;
  const billingNumber = spec.billingNumber ?? uniqueBillingNumber();
  const customer = await prisma.customer.create({
    data: {
      regionId,
      sourceId: `c${next()}`,
      personType: legal ? 'LEGAL' : 'NATURAL',
      jmbg,
      pib,
      maticniBroj,
      name: legal ? `Фирма ${serial} д.о.о.` : `Купац ${serial}`,
      deliveryStreet: 'Доставна 5',
      deliveryPostalCode: '11000',
      deliveryCity: 'Београд',
    },
  });
  const account = await prisma.billingAccount.create({
    data: { regionId, customerId: customer.id, number: billingNumber, subscriberNumber: `P${serial}` },
  });
  const meteringPointIds: string[] = [];
  const billIds: string[] = [];
  for (const point of spec.points ?? [{}]) {
    const n = next();
    const meteringPoint = await prisma.meteringPoint.create({
      data: {
        regionId,
        billingAccountId: account.id,
        edNumber: `ED${digits(n, 8)}`,
        eic: `TEST${digits(n, 12)}`,
        category: legal ? 'COMMERCIAL' : 'HOUSEHOLD',
        rateType: 'DUAL',
        status: point.status ?? 'ACTIVE',
        approvedPowerKw: '17.25',
        billingPowerKw: '11.04',
        street: point.street ?? `Улица ${n}`,
        postalCode: '11000',
        city: point.city ?? 'Београд',
      },
    });
    meteringPointIds.push(meteringPoint.id);
    const meter = await prisma.meter.create({ data: { serialNumber: `M${n}`, model: 'Iskra ME382' } });
    await prisma.meterInstallation.create({
      data: { meteringPointId: meteringPoint.id, meterId: meter.id, installedOn: day('2020-01-15') },
    });
    await prisma.supplyContract.create({
      data: {
        customerId: customer.id,
        meteringPointId: meteringPoint.id,
        number: `UG-${n}`,
        startDate: day('2020-01-15'),
      },
    });
    for (const [i, bill] of (point.bills ?? []).entries()) {
      const created = await prisma.bill.create({
        data: {
          regionId,
          sourceId: `b${n}-${i}`,
          meteringPointId: meteringPoint.id,
          number: `R-${n}-${i}`,
          layout: 'EPS_HOUSEHOLD',
          periodStart: day(bill.periodStart),
          periodEnd: day(bill.periodEnd),
          days: 30,
          issueDate: day(bill.periodEnd),
          dueDate: day(bill.dueDate),
          periodCharge: bill.total,
          monthTotal: bill.total,
          totalToPay: bill.total,
          amountPaid: bill.paid,
          importedAt: day(bill.periodEnd),
        },
      });
      billIds.push(created.id);
    }
    if (point.balance !== undefined) {
      await prisma.ledgerEntry.create({
        data: {
          meteringPointId: meteringPoint.id,
          entryDate: day('2026-10-01'),
          documentType: 'BILL',
          documentNumber: `L-${n}`,
          debit: point.balance,
          balance: point.balance,
        },
      });
    }
    if (point.openNotice) {
      await prisma.dunningNotice.create({
        data: {
          regionId,
          sourceId: `d${n}`,
          meteringPointId: meteringPoint.id,
          kind: point.openNotice.kind,
          number: `O-${n}`,
          issuedOn: day('2026-10-20'),
          debtDate: day('2026-10-15'),
          debtAmount: point.openNotice.debt,
          deadline: day('2026-11-05'),
        },
      });
    }
  }
  return {
    customerId: customer.id,
    billingAccountId: account.id,
    billingNumber,
    jmbg,
    pib,
    maticniBroj,
    meteringPointIds,
    billIds,
  };
}

export interface TestUser {
  id: string;
  username: string;
  /** Authorization header value */
  authorization: string;
}

const password = 'Struja#Zelena42';
let passwordHash: Promise<string> | undefined;
let address = 0;

/** A distinct client address per call: link attempts and logins are limited per address. */
export function nextAddress(): string {
  address++;
  return `10.77.${Math.floor(address / 250) % 250}.${(address % 250) + 1}`;
}

/** A verified portal user, logged in through the API (staff with TOTP enrolled: testing/staff.ts). */
export async function createUser(
  app: App,
  prisma: PrismaClient,
  personType: 'NATURAL' | 'LEGAL' = 'NATURAL',
  role: 'CUSTOMER' | 'SUPPORT' | 'SUPERVISOR' = 'CUSTOMER',
  /** for staff: false leaves them with the session that may only enrol TOTP */
  options: { enrolTotp?: boolean } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(password);
  const username = `mp.${next()}.${randomUUID().slice(0, 8)}`;
  const now = testClock.now();
  const user = await prisma.user.create({
    data: {
      personType,
      role,
      username,
      usernameNormalized: username,
      email: `${username}@example.rs`,
      emailNormalized: `${username}@example.rs`,
      passwordHash: await passwordHash,
      emailVerifiedAt: now,
      termsVersion: '2026-01',
      termsAcceptedAt: now,
      privacyVersion: '2026-01',
      privacyAcceptedAt: now,
    },
  });
  const remoteAddress = nextAddress();
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress,
    payload: { login: username, password },
  });
  if (login.statusCode !== 200) throw new Error(`login answered ${login.statusCode}: ${login.body}`);
  // staff must use TOTP: their first session may only enrol it
  if (role !== 'CUSTOMER' && options.enrolTotp !== false)
    return enrolStaff(app, { id: user.id, username }, login, remoteAddress);
  return { id: user.id, username, authorization: `Bearer ${login.json().accessToken}` };
}

/** Links metering points to a user directly, as the demo data does. */
export async function linkPoints(prisma: PrismaClient, userId: string, meteringPointIds: string[]) {
  await prisma.userMeteringPoint.createMany({
    data: meteringPointIds.map((meteringPointId) => ({ userId, meteringPointId, linkedAt: testClock.now() })),
  });
}
