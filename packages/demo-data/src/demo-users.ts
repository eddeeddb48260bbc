// The demo users and their links to metering points: portal data, which no regional export carries.
// Loaded with the billing data (generate.ts) or, when the billing data comes through the import of
// the demo exports, afterwards, finding the imported metering points by region and ED number.
import argon2 from 'argon2';
import type pg from 'pg';
import { belgradeDateOf, passwordHashParameters } from '@portal/domain';
import { demoIdentities, type DemoPlan } from './demo-accounts.js';
import { addDemoSelfReading } from './demo-self-reading.js';
import { addDemoComplaint } from './demo-complaints.js';
import type { DemoUserLinks } from './exports/portal-data.js';
import { Sink } from './sink.js';

// The same cost as the API's, so that demo users log in like real ones.
const passwordHashOptions = { type: argon2.argon2id, ...passwordHashParameters } as const;

export async function addDemoUsers(
  sink: Sink,
  links: DemoPlan['links'],
  password: string,
  now: string,
): Promise<void> {
  const hash = await argon2.hash(password, passwordHashOptions);
  // Fixed ids keep the demo users' URLs stable between runs.
  const idOf = (index: number) => `00000000-0000-4000-8000-00000000000${index + 1}`;
  const indexOf = (username: string) => links.findIndex((link) => link.username === username);
  links.forEach((link, index) => {
    const id = idOf(index);
    const legal = [demoIdentities.business.username, demoIdentities.powerMetering.username].some(
      (username) => username === link.username,
    );
    const role =
      link.username === demoIdentities.support.username
        ? 'SUPPORT'
        : link.username === demoIdentities.supervisor.username
          ? 'SUPERVISOR'
          : 'CUSTOMER';
    sink.add('user', [
      id,
      legal ? 'LEGAL' : 'NATURAL',
      role,
      link.username,
      link.username,
      `${link.username}@example.rs`,
      `${link.username}@example.rs`,
      hash,
      now,
      'sr-Cyrl',
      '2026-01',
      now,
      '2026-01',
      now,
      now,
    ]);
    for (const meteringPointId of link.meteringPointIds) {
      sink.add('userMeteringPoint', [
        id,
        meteringPointId,
        link.nicknames?.get(meteringPointId) ?? null,
        false,
        now,
      ]);
    }
  });
  const household = indexOf(demoIdentities.household.username);
  const homePoint = links[household]?.meteringPointIds[0];
  if (homePoint) {
    const support = indexOf(demoIdentities.support.username);
    addDemoComplaint(
      sink,
      { userId: idOf(household), meteringPointId: homePoint },
      support < 0 ? null : idOf(support),
      now,
    );
  }
  const supervisor = indexOf(demoIdentities.supervisor.username);
  if (supervisor >= 0) addDemoNews(sink, idOf(supervisor), now);
}

/** One current announcement for everyone (modules/news), written by the demo supervisor. */
function addDemoNews(sink: Sink, supervisorId: string, now: string): void {
  const expiresAt = new Date(Date.parse(now) + 90 * 86_400_000).toISOString();
  sink.add('newsItem', [
    '00000000-0000-4000-8000-0000000000a1',
    null,
    'FEATURE',
    'Ново: вести е-поштом',
    'New: news by e-mail',
    'Портал вас сада може е-поштом обавестити о планираним искључењима, променама цена и новинама. Укључите то на страници налога.',
    'The portal can now e-mail you about planned outages, price changes and new features. Turn it on on your account page.',
    now,
    expiresAt,
    supervisorId,
    now,
  ]);
}

/**
 * After the demo exports are imported: the demo users, linked to the imported metering points (found by
 * region and ED number, as the exports name them). Throws if one is missing: the import is not complete.
 */
export async function addDemoUsersAfterImport(
  client: pg.ClientBase,
  links: DemoUserLinks[],
  password: string,
  now: string,
): Promise<void> {
  const wanted = links.flatMap((link) => link.meteringPoints);
  const { rows } = await client.query<{ id: string; region_id: string; ed_number: string }>(
    `SELECT mp.id, mp.region_id, mp.ed_number FROM metering_point mp
       JOIN unnest($1::text[], $2::text[]) AS k(region_id, ed_number)
         ON mp.region_id = k.region_id AND mp.ed_number = k.ed_number`,
    [wanted.map((p) => p.region), wanted.map((p) => p.edNumber)],
  );
  const ids = new Map(rows.map((row) => [`${row.region_id}/${row.ed_number}`, row.id]));
  const resolved = links.map((link) => {
    const points = link.meteringPoints.map((p) => {
      const id = ids.get(`${p.region}/${p.edNumber}`);
      if (!id)
        throw new Error(`metering point ${p.region} ${p.edNumber} of ${link.username} is not imported`);
      return { id, nickname: p.nickname };
    });
    const nicknames = new Map(
      points.flatMap((p) => (p.nickname === null ? [] : [[p.id, p.nickname] as const])),
    );
    return { username: link.username, meteringPointIds: points.map((p) => p.id), nicknames };
  });
  const sink = new Sink(now);
  await addDemoUsers(sink, resolved, password, now);
  await sink.flush(client, false);
  await addDemoSelfReading(client, belgradeDateOf(new Date(now)), now);
}
