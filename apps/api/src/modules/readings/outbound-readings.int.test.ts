// The daily outbound file of self-readings: an accepted reading is in its region's file exactly once,
// however often (and however concurrently) the job runs; the file is recorded in outbound_file; the
// reading then shows as sent, and as taken by billing once a reading of record of that day arrives.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrismaClient } from '@portal/db';
import { clockStartingAt } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createCustomer, createUser, linkPoints, type TestUser } from '../../testing/customer-data.js';
import { buildTestApp } from '../../testing/test-app.js';
import { outboundFileName, outboundReadingColumns, writeOutboundReadings } from './outbound-readings.js';
import { addHistory } from './readings.test-helpers.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let outbox: string;
let holder: TestUser;
let point: string;
let region: string;

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma, clock: clockStartingAt(new Date('2026-11-15T10:00:00Z')) });
  outbox = await mkdtemp(join(tmpdir(), 'portal-outbox-'));
  holder = await createUser(app, prisma);
  const customer = await createCustomer(prisma, { regionId: 'NI' });
  await linkPoints(prisma, holder.id, customer.meteringPointIds);
  point = customer.meteringPointIds[0]!;
  region = 'NI';
  await addHistory(prisma, point);
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
  if (outbox) await rm(outbox, { recursive: true, force: true });
});

const deps = (day: string) => ({ prisma, outbox, now: () => new Date(`${day}T09:00:00Z`) });
const submit = (payload: object) =>
  app.inject({
    method: 'POST',
    url: `/api/metering-points/${point}/readings`,
    payload,
    headers: { authorization: holder.authorization },
  });
const statusOf = async (id: string) => {
  const answer = await app.inject({
    method: 'GET',
    url: `/api/metering-points/${point}/readings`,
    headers: { authorization: holder.authorization },
  });
  return (answer.json().selfReadings as { id: string; status: string }[]).find((r) => r.id === id)?.status;
};

describe('the outbound readings file', () => {
  it('contains the accepted reading once, even when the job runs twice (and at once)', async () => {
    const accepted = await submit({ readOn: '2026-11-14', vt: 11_100, nt: 5_550 });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const id = accepted.json().id as string;
    expect(await statusOf(id)).toBe('accepted');

    const [first, second] = await Promise.all([
      writeOutboundReadings(deps('2026-11-15')),
      writeOutboundReadings(deps('2026-11-15')),
    ]);
    const third = await writeOutboundReadings(deps('2026-11-15'));
    const ours = [...first, ...second, ...third].filter((o) => o.region === region);
    expect(ours).toEqual([{ region, fileName: 'NI_OCITAVANJA_20261115.csv', records: expect.any(Number) }]);

    const files = (await readdir(outbox)).filter((f) => f.startsWith('NI_'));
    expect(files).toEqual([outboundFileName(region, '2026-11-15')]);
    const text = await readFile(join(outbox, files[0]!), 'utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(outboundReadingColumns.join(';'));
    const rows = lines.filter((line) => line.includes(id));
    expect(rows).toHaveLength(1);
    const [, edNumber, serial, readOn, kind, vt, nt, single, confirmed] = rows[0]!.split(';');
    const meteringPoint = await prisma.meteringPoint.findUniqueOrThrow({ where: { id: point } });
    expect({ edNumber, readOn, kind, vt, nt, single, confirmed }).toEqual({
      edNumber: meteringPoint.edNumber,
      readOn: '2026-11-14',
      kind: 'S',
      vt: '11100',
      nt: '5550',
      single: '',
      confirmed: 'N',
    });
    expect(serial).toMatch(/^M/);

    const recorded = await prisma.outboundFile.findMany({ where: { regionId: region } });
    expect(recorded).toEqual([
      expect.objectContaining({ kind: 'SELF_READINGS', fileName: files[0], records: lines.length - 2 }),
    ]);
    expect(await statusOf(id)).toBe('sent');
  });

  it("sends a reading accepted after the day's file in the next day's file", async () => {
    const later = await submit({ readOn: '2026-11-15', vt: 11_110, nt: 5_555 });
    expect(later.statusCode, later.body).toBe(201);
    const id = later.json().id as string;
    expect((await writeOutboundReadings(deps('2026-11-15'))).filter((o) => o.region === region)).toEqual([]);
    const next = await writeOutboundReadings(deps('2026-11-16'));
    expect(next.filter((o) => o.region === region)).toEqual([
      { region, fileName: 'NI_OCITAVANJA_20261116.csv', records: 1 },
    ]);
    const text = await readFile(join(outbox, 'NI_OCITAVANJA_20261116.csv'), 'utf8');
    expect(text.split('\r\n').filter((line) => line.includes(id))).toHaveLength(1);
  });

  it('shows a sent reading as taken by billing once an export brings a reading of that day', async () => {
    const sent = await prisma.selfReading.findFirstOrThrow({
      where: { meteringPointId: point, readOn: new Date('2026-11-14T00:00:00Z') },
    });
    expect(await statusOf(sent.id)).toBe('sent');
    await prisma.meterReading.create({
      data: {
        meteringPointId: point,
        meterId: sent.meterId,
        readOn: sent.readOn,
        kind: 'SELF_READING',
        vtValue: 11_100,
        ntValue: 5_550,
      },
    });
    expect(await statusOf(sent.id)).toBe('confirmed_by_billing');
  });
});
