// The demo household has a self-reading in its history (issue 17), and the page's facts around it.
import { readingsResponse } from '@portal/contract';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createDemoDatabase, demoLogin, type DemoDatabase } from '../../testing/demo-database.js';
import { buildTestApp } from '../../testing/test-app.js';

let demo: DemoDatabase;
let app: App;

beforeAll(async () => {
  demo = await createDemoDatabase({ customers: 3, asOf: '2026-11-15' });
  app = await buildTestApp({ prisma: demo.prisma, clock: demo.clock });
});
afterAll(async () => {
  await app?.close();
  await demo?.drop();
});

it("shows a plausible, not yet sent self-reading in the demo household's history", async () => {
  const household = await demoLogin(app, 'demo.household');
  const link = await demo.prisma.userMeteringPoint.findFirstOrThrow({
    where: { user: { usernameNormalized: 'demo.household' } },
    orderBy: { meteringPointId: 'asc' },
  });
  const answer = await app.inject({
    method: 'GET',
    url: `/api/metering-points/${link.meteringPointId}/readings`,
    headers: household,
  });
  expect(answer.statusCode, answer.body).toBe(200);
  const body = readingsResponse.parse(answer.json());
  expect(body.selfReadings).toHaveLength(1);
  const [reading] = body.selfReadings;
  expect(reading).toMatchObject({ status: 'accepted', confirmed: false });
  expect(body.lastReading).toMatchObject({ source: 'self', readOn: reading!.readOn });
  expect(reading!.readOn <= '2026-11-15').toBe(true);
  for (const register of body.registers) expect(reading![register]).not.toBeNull();
});
