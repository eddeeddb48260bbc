// A prosumer's bill (kupac-proizvođač on net metering) carries the kWh taken from the network, delivered
// to it and the surplus brought forward, per tariff. They come as a set, and the billed kWh of the bill
// must be their net: taken − delivered − surplus, never below zero (as the tariff engine nets them).

/** The optional bill fields of a prosumer, in the order the formats write them. */
export const netMeteringFields = [
  'kwhTakenVt',
  'kwhTakenNt',
  'kwhTakenSingle',
  'kwhDeliveredVt',
  'kwhDeliveredNt',
  'kwhDeliveredSingle',
  'kwhSurplusInVt',
  'kwhSurplusInNt',
  'kwhSurplusInSingle',
] as const;

type NetMeteringField = (typeof netMeteringFields)[number];
type BillKwh = Partial<Record<NetMeteringField, number>> & {
  kwhVt: number;
  kwhNt: number;
  kwhSingle: number;
};

const registers = [
  ['Vt', 'kwhVt'],
  ['Nt', 'kwhNt'],
  ['Single', 'kwhSingle'],
] as const;

/** Why a bill's net-metering fields do not hold together, or null (also for a bill without them). */
export function netMeteringProblem(bill: BillKwh): string | null {
  if (netMeteringFields.every((name) => bill[name] === undefined)) return null;
  const problems: string[] = [];
  for (const [suffix, billed] of registers) {
    const taken = bill[`kwhTaken${suffix}`];
    const delivered = bill[`kwhDelivered${suffix}`];
    const surplus = bill[`kwhSurplusIn${suffix}`] ?? 0;
    if (taken === undefined && delivered === undefined) {
      if (surplus !== 0) problems.push(`kwhSurplusIn${suffix}: no energy taken or delivered to set it off`);
      continue;
    }
    if (taken === undefined || delivered === undefined) {
      problems.push(`kwhTaken${suffix}, kwhDelivered${suffix}: a prosumer bill gives both`);
    } else if ([taken, delivered, surplus].some((kwh) => kwh < 0)) {
      problems.push(`kwhTaken${suffix}: kWh taken, delivered and brought forward are not negative`);
    } else if (bill[billed] !== Math.max(0, taken - delivered - surplus)) {
      problems.push(`${billed}: not the net of taken − delivered − surplus brought forward`);
    }
  }
  return problems.length ? problems.join('; ') : null;
}
