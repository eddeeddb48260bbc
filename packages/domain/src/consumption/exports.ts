// Consumption exports that keep the billing dates and the whole history: CSV for spreadsheets and the
// Green Button (NAESB ESPI) XML for energy tools.
import { formatRsd } from '../money.js';
import type { ConsumptionPeriod } from './periods.js';

const csvColumns = [
  'metering_point',
  'billing_month',
  'period_start',
  'period_end',
  'days',
  'reading_kind',
  'kwh_total',
  'kwh_vt',
  'kwh_nt',
  'kwh_single',
  'kwh_green',
  'kwh_blue',
  'kwh_red',
  'kwh_per_day',
  'amount_rsd',
] as const;

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * UTF-8 with a byte-order mark, so that Excel opens Cyrillic correctly; ISO dates, a dot as the decimal
 * separator, CRLF line ends; oldest period first.
 */
export function consumptionCsv(meteringPoint: string, periods: readonly ConsumptionPeriod[]): string {
  const rows = [...periods]
    .sort((a, b) => (a.periodStart < b.periodStart ? -1 : 1))
    .map((p) =>
      [
        meteringPoint,
        p.month,
        p.periodStart,
        p.periodEnd,
        p.days,
        p.readingKind,
        p.total,
        p.kwh.vt,
        p.kwh.nt,
        p.kwh.single,
        p.kwh.green,
        p.kwh.blue,
        p.kwh.red,
        p.averagePerDay.toFixed(1),
        formatRsd(p.amount),
      ]
        .map(csvField)
        .join(','),
    );
  return `\uFEFF${[csvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}

const belgradeHour = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Belgrade',
  hour: '2-digit',
  day: '2-digit',
  hourCycle: 'h23',
});

/** Seconds since 1970 of midnight at the start of a Belgrade calendar date (CET or CEST). */
export function belgradeMidnight(date: string): number {
  const utc = Date.parse(`${date}T00:00:00Z`) / 1000;
  for (const offsetHours of [1, 2]) {
    const candidate = utc - offsetHours * 3600;
    const parts = belgradeHour.formatToParts(new Date(candidate * 1000));
    const hour = parts.find((p) => p.type === 'hour')?.value;
    const day = parts.find((p) => p.type === 'day')?.value;
    if (hour === '00' && day === date.slice(8, 10)) return candidate;
  }
  throw new Error(`no Belgrade midnight on ${date}`);
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

export interface EspiFeedInfo {
  /** stable ids (UUIDs) of the feed and the usage point, so that a re-export updates, not duplicates */
  feedId: string;
  usagePointId: string;
  title: string;
  /** ISO timestamp */
  updated: string;
}

/**
 * An ESPI (Green Button) Atom feed: a UsagePoint (electricity), a ReadingType (kWh, RSD, summed over the
 * interval) and one IntervalBlock per billing period with its kWh and cost. ESPI cost is in 1/100000 of
 * the currency.
 */
export function consumptionEspiXml(info: EspiFeedInfo, periods: readonly ConsumptionPeriod[]): string {
  const entry = (id: string, title: string, content: string) =>
    `<entry><id>${id}</id><title>${escapeXml(title)}</title><updated>${info.updated}</updated>` +
    `<content>${content}</content></entry>`;
  const blocks = [...periods]
    .sort((a, b) => (a.periodStart < b.periodStart ? -1 : 1))
    .map((p) => {
      const start = belgradeMidnight(p.periodStart);
      const duration = belgradeMidnight(nextDay(p.periodEnd)) - start;
      const interval = `<espi:duration>${duration}</espi:duration><espi:start>${start}</espi:start>`;
      return entry(
        `urn:uuid:${info.usagePointId}/interval/${p.periodStart}`,
        `${p.periodStart} – ${p.periodEnd}`,
        `<espi:IntervalBlock><espi:interval>${interval}</espi:interval><espi:IntervalReading>` +
          `<espi:cost>${p.amount * 1000}</espi:cost><espi:timePeriod>${interval}</espi:timePeriod>` +
          `<espi:value>${p.total}</espi:value></espi:IntervalReading></espi:IntervalBlock>`,
      );
    });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:espi="http://naesb.org/espi">' +
    `<id>urn:uuid:${info.feedId}</id><title>${escapeXml(info.title)}</title><updated>${info.updated}</updated>` +
    entry(
      `urn:uuid:${info.usagePointId}`,
      info.title,
      '<espi:UsagePoint><espi:ServiceCategory><espi:kind>0</espi:kind></espi:ServiceCategory></espi:UsagePoint>',
    ) +
    entry(
      `urn:uuid:${info.usagePointId}/reading-type`,
      'kWh per billing period',
      // accumulation 4 = delta over the interval, commodity 1 = electricity, kind 12 = energy,
      // uom 72 = Wh with multiplier 3 = kWh, currency 941 = RSD
      '<espi:ReadingType><espi:accumulationBehaviour>4</espi:accumulationBehaviour><espi:commodity>1</espi:commodity>' +
        '<espi:currency>941</espi:currency><espi:flowDirection>1</espi:flowDirection><espi:kind>12</espi:kind>' +
        '<espi:powerOfTenMultiplier>3</espi:powerOfTenMultiplier><espi:uom>72</espi:uom></espi:ReadingType>',
    ) +
    blocks.join('') +
    '</feed>\n'
  );
}
