// The demo household's self-reading (issue 17: "a self-reading in its history"): portal data, like the
// demo users, so added once the users and the readings of record are in the database, by either path
// (generated, or imported from the demo exports). Left unsent: the API's outbox job sends it.
import type pg from 'pg';
import { demoIdentities } from './demo-accounts.js';

/**
 * A self-reading of the household's first metering point, 20 days after its last reading of record but
 * halfway to today at the latest (so that the household can read its meter again today), 9 kWh a day
 * more on its registers: plausible, so as the portal would take it.
 */
export async function addDemoSelfReading(client: pg.ClientBase, today: string, now: string): Promise<void> {
  await client.query(
    `INSERT INTO self_reading (id, metering_point_id, meter_id, read_on, vt_value, nt_value, single_value,
                               confirmed, submitted_by, submitted_at)
     SELECT gen_random_uuid(), r.metering_point_id, r.meter_id, r.read_on + LEAST(20, ($2::date - r.read_on) / 2),
            r.vt_value + 120, r.nt_value + 60, r.single_value + 180, false, u.id, $3::timestamptz
       FROM app_user u
       JOIN LATERAL (SELECT um.metering_point_id FROM user_metering_point um
                      WHERE um.user_id = u.id ORDER BY um.metering_point_id LIMIT 1) l ON true
       JOIN LATERAL (SELECT * FROM meter_reading mr WHERE mr.metering_point_id = l.metering_point_id
                      ORDER BY mr.read_on DESC LIMIT 1) r ON true
      WHERE u.username_normalized = $1 AND $2::date - r.read_on >= 2`,
    [demoIdentities.household.username, today, now],
  );
}
