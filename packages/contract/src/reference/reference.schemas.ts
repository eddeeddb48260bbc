// Reference data and the portal's clock, as the SPA reads them: the regions (so that a new region
// needs no change of the web app) and "today" by the server's one clock (CLOCK_START moves it).
import { z } from 'zod';
import { calendarDate } from '../common/money.js';

export const regionSchema = z.object({
  /** short code: BG, NS, NI, KG, KV */
  id: z.string(),
  /** in Cyrillic */
  name: z.string(),
  nameLatin: z.string(),
});
export type Region = z.infer<typeof regionSchema>;

/** `GET /api/regions`: every region of the supplier, by code. */
export const regionListResponse = z.object({ regions: z.array(regionSchema) });
export type RegionListResponse = z.infer<typeof regionListResponse>;

/** `GET /api/clock`: the portal's "now" and the calendar date it is in Europe/Belgrade. */
export const clockResponse = z.object({
  today: calendarDate,
  now: z.iso.datetime(),
});
export type ClockResponse = z.infer<typeof clockResponse>;
