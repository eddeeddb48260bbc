import { describe, expect, it } from 'vitest';
import { formatRsd } from '../money.js';
import { epsCommercialTariffs } from './eps-business-tariffs.js';
import { computeEpsBusinessBill } from './eps-business.js';
import { powerMetered, printed } from './eps-household.test-helpers.js';
import { defaultTariffRules } from './rules.js';

const commercial = { category: 'COMMERCIAL', tariffs: epsCommercialTariffs } as const;

describe('EPS small business ("široka potrošnja"), hand-computed', () => {
  it('single-rate, green and blue zones, 30 days (2025 prices)', () => {
    // Limits 350 / 1200: 800 kWh -> green 350, blue 450.
    // 13: 350 x 8.4119 = 2944.165 -> 2944.17; 450 x 12.6178 = 5678.01
    // 14: 17.25 kW x 60.8947 = 1050.433575 -> 1050.43   15: 160.6695 -> 160.67
    // 15a: 800 x 0.801 = 640.80   15b: 800 x 0.015 = 12.00   15c = 10486.08
    // 15d: 7.5% = 786.456 -> 786.46   16 = 11272.54   17: 20% = 2254.508 -> 2254.51   18 = 13527.05
    const bill = computeEpsBusinessBill({
      ...commercial,
      periodStart: '2026-01-01',
      periodEnd: '2026-01-30',
      billingPowerKw: '17.25',
      consumption: { single: 800 },
    });
    expect(printed(bill.lines)).toEqual([
      '13:2944.17',
      '13:5678.01',
      '14:1050.43',
      '15:160.67',
      '15a:640.80',
      '15b:12.00',
      '15c:10486.08',
      '15d:786.46',
      '16:11272.54',
      '17:2254.51',
      '18:13527.05',
    ]);
    expect(bill.zoneTotals).toEqual({ GREEN: 350, BLUE: 450, RED: 0 });
    expect(formatRsd(bill.total)).toBe('13527.05');
    // no household items on a business bill
    expect(bill.lines.some((l) => ['discount', 'tv_fee', 'vulnerable_reduction'].includes(l.kind))).toBe(
      false,
    );
  });

  it('dual-rate into the red zone, 31 days, from the register values (2023 prices)', () => {
    // Registers x constant 10: VT 150 x 10 = 1500, NT 50 x 10 = 500. Limits 31 days: 350 x 31/30 =
    // 361.67 -> 362, 1600 x 31/30 = 1653.33 -> 1653: green 362, blue 1291, red 347.
    // VT 75%, cumulative: 1500 x 362/2000 = 271.5 -> 272 (green 272 / 90);
    // 1500 x 1653/2000 = 1239.75 -> 1240 (blue 968 / 323); red 260 / 87.
    // 13: 272 x 9.1092 = 2477.7024 -> 2477.70; 90 x 2.2773 = 204.957 -> 204.96;
    //     968 x 13.6638 = 13226.5584 -> 13226.56; 323 x 3.416 = 1103.368 -> 1103.37;
    //     260 x 27.3276 = 7105.176 -> 7105.18; 87 x 6.8319 = 594.3753 -> 594.38
    // 14: 11.04 x 54.258 = 599.00832 -> 599.01   15: 160.67   15a: 1602.00   15b: 30.00
    // 15c = 27103.83   15d: 2032.78725 -> 2032.79   16 = 29136.62   17: 5827.324 -> 5827.32   18 = 34963.94
    const bill = computeEpsBusinessBill({
      ...commercial,
      periodStart: '2024-03-01',
      periodEnd: '2024-03-31',
      billingPowerKw: '11.04',
      readings: { vt: { previous: 4_000, current: 4_150 }, nt: { previous: 2_000, current: 2_050 } },
      meterConstant: 10,
    });
    expect(bill.consumption).toEqual({ vt: 1500, nt: 500 });
    expect(bill.consumptionByZone.GREEN).toEqual({ total: 362, vt: 272, nt: 90, single: 0 });
    expect(bill.consumptionByZone.RED).toEqual({ total: 347, vt: 260, nt: 87, single: 0 });
    expect(printed(bill.lines)).toEqual([
      '13:2477.70',
      '13:204.96',
      '13:13226.56',
      '13:1103.37',
      '13:7105.18',
      '13:594.38',
      '14:599.01',
      '15:160.67',
      '15a:1602.00',
      '15b:30.00',
      '15c:27103.83',
      '15d:2032.79',
      '16:29136.62',
      '17:5827.32',
      '18:34963.94',
    ]);
  });

  it('splits a period across the 1.10.2025 price change by days, like the household bill', () => {
    // 16.9. - 15.10.2025, 400 kWh single-rate: the household example's lines 1, 2, 3, 5, 6 renumbered
    // (eps-household-periods.test.ts): 13: 1394.75, 298.88, 1472.08, 315.45; 14: 187.19, 210.09;
    // 15: 80.34, 80.33; 15a: 160.20 x 2; 15b: 3.00 x 2; 15c = 4365.51 and so on.
    const bill = computeEpsBusinessBill({
      ...commercial,
      periodStart: '2025-09-16',
      periodEnd: '2025-10-15',
      billingPowerKw: '6.90',
      consumption: { single: 400 },
    });
    expect(printed(bill.lines).slice(0, 8)).toEqual([
      '13:1394.75',
      '13:298.88',
      '13:1472.08',
      '13:315.45',
      '14:187.19',
      '14:210.09',
      '15:80.34',
      '15:80.33',
    ]);
    expect(printed(bill.lines.filter((l) => l.code === '15c'))).toEqual(['15c:4365.51']);
  });
});

describe('EPS customer with power metering, hand-computed', () => {
  it('bills the maximum power, excess power, active and reactive energy x the meter constant', () => {
    // Constant 40: active VT 250 x 40 = 10000 kWh, NT 100 x 40 = 4000; reactive VT 100 x 40 = 4000
    // kvarh, NT 20 x 40 = 800; maximum power 1.05 x 40 = 42 kW over 40 approved: 40 billed + 2 excess.
    // Allowed reactive at cos φ 0.95 (tan φ = 0.3286841): VT 3286.84 -> 3287, NT 1314.74 -> 1315;
    // VT 3287 within + 713 excess, NT 800 within.
    // 14: 40 x 194.863 = 7794.52; 2 x 779.4518 = 1558.9036 -> 1558.90; 10000 x 14.3547 = 143547.00;
    //     4000 x 4.7849 = 19139.60; 3287 x 1.1755 = 3863.8685 -> 3863.87; 800 x 1.1755 = 940.40;
    //     713 x 2.3509 = 1676.1917 -> 1676.19
    // 15: 160.67   15a: 14000 x 0.801 = 11214.00   15b: 14000 x 0.015 = 210.00   15c = 190105.15
    // 15d: 7.5% = 14257.88625 -> 14257.89   16 = 204363.04   17: 20% = 40872.608 -> 40872.61
    // 19 = 245235.65
    const bill = computeEpsBusinessBill(powerMetered);
    expect(bill.metered).toEqual({
      active: { vt: 10000, nt: 4000 },
      reactive: { vt: 4000, nt: 800 },
      maxPowerKw: '42',
    });
    expect(bill.reactive).toEqual({
      vt: { limit: 3287, within: 3287, excess: 713 },
      nt: { limit: 1315, within: 800, excess: 0 },
    });
    expect([bill.billingPowerKw, bill.excessPowerKw]).toEqual(['40', '2']);
    expect(bill.lines.map((l) => `${l.code}:${l.kind}:${l.quantity ?? ''}:${formatRsd(l.amount)}`)).toEqual([
      '14:billing_power:40:7794.52',
      '14:excess_power:2:1558.90',
      '14:energy:10000:143547.00',
      '14:energy:4000:19139.60',
      '14:reactive_energy:3287:3863.87',
      '14:reactive_energy:800:940.40',
      '14:excess_reactive_energy:713:1676.19',
      '15:supplier_cost:1:160.67',
      '15a:renewables_fee:14000:11214.00',
      '15b:efficiency_fee:14000:210.00',
      '15c:excise_base::190105.15',
      '15d:excise:7.5:14257.89',
      '16:vat_base::204363.04',
      '17:vat:20:40872.61',
      '19:period_charge::245235.65',
    ]);
    expect(formatRsd(bill.total)).toBe('245235.65');
  });

  it('bills the whole maximum as billing power on request, and rounds the reactive limit down', () => {
    // 'measured': 42 x 194.863 = 8184.246 -> 8184.25 (+ the same 2 kW excess).
    // 'down': VT limit 3286, excess 714: 3286 x 1.1755 = 3862.693 -> 3862.69; 714 x 2.3509 = 1678.54
    const bill = computeEpsBusinessBill({
      ...powerMetered,
      rules: { ...defaultTariffRules, billingPower: 'measured', reactiveLimitRounding: 'down' },
    });
    expect(printed(bill.lines.filter((l) => l.code === '14' && l.kind !== 'energy'))).toEqual([
      '14:8184.25',
      '14:1558.90',
      '14:3862.69',
      '14:940.40',
      '14:1678.54',
    ]);
  });

  it('has no excess lines under the approved power and within cos φ', () => {
    const bill = computeEpsBusinessBill({
      ...powerMetered,
      readings: { ...powerMetered.readings, maxPower: '0.9' },
      meterConstant: 40,
      approvedPowerKw: '40',
    });
    expect(bill.excessPowerKw).toBe('0');
    expect(bill.lines.filter((l) => l.kind === 'excess_power')).toEqual([]);
    expect(bill.lines.find((l) => l.kind === 'billing_power')!.quantity).toBe('36');
  });
});
