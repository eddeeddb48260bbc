import { describe, expect, it } from 'vitest';
import { BillInputError } from './bill-input-error.js';
import { computeEpcgBill } from './epcg.js';
import { epcgTariffs } from './epcg-tariffs.js';
import {
  computeBill,
  currencyOfLayout,
  isComputableLayout,
  type BillInputs,
  type ComputableLayout,
} from './compute-bill.js';
import { epsCommercialTariffs } from './eps-business-tariffs.js';
import { computeEpsBusinessBill } from './eps-business.js';
import { computeEpsHouseholdBill } from './eps-household.js';
import { householdBase, powerMetered } from './eps-household.test-helpers.js';
import { computeErsHouseholdBill } from './ers-household.js';
import { ersHouseholdTariffs } from './ers-tariffs.js';

const january = { periodStart: '2026-01-01', periodEnd: '2026-01-31' };
const inputs = {
  EPS_HOUSEHOLD: { ...householdBase, ...january, consumption: { vt: 300, nt: 150 } },
  EPS_COMMERCIAL: {
    category: 'COMMERCIAL',
    ...january,
    billingPowerKw: '17.25',
    consumption: { single: 800 },
    tariffs: epsCommercialTariffs,
  },
  EPS_POWER_METERING: powerMetered,
  ERS_BANDS: {
    ...january,
    billingPowerKw: '7',
    consumption: { vt: 1234, nt: 567 },
    tariffs: ersHouseholdTariffs,
  },
  EPCG: {
    ...january,
    category: 'HOUSEHOLD',
    consumption: { vt: 420, nt: 180 },
    discount: 'regular',
    tariffs: epcgTariffs,
  },
} satisfies BillInputs;

describe('computeBill: one entry point by the bill layout', () => {
  it('gives what each layout engine gives', () => {
    expect(computeBill('EPS_HOUSEHOLD', inputs.EPS_HOUSEHOLD)).toEqual(
      computeEpsHouseholdBill(inputs.EPS_HOUSEHOLD),
    );
    expect(computeBill('EPS_COMMERCIAL', inputs.EPS_COMMERCIAL)).toEqual(
      computeEpsBusinessBill(inputs.EPS_COMMERCIAL),
    );
    expect(computeBill('EPS_POWER_METERING', inputs.EPS_POWER_METERING)).toEqual(
      computeEpsBusinessBill(inputs.EPS_POWER_METERING),
    );
    expect(computeBill('ERS_BANDS', inputs.ERS_BANDS)).toEqual(computeErsHouseholdBill(inputs.ERS_BANDS));
    expect(computeBill('EPCG', inputs.EPCG)).toEqual(computeEpcgBill(inputs.EPCG));
  });

  it('bills each layout in its own currency', () => {
    expect(currencyOfLayout('EPS_HOUSEHOLD')).toBe('RSD');
    expect(currencyOfLayout('EPS_POWER_METERING')).toBe('RSD');
    expect(currencyOfLayout('ERS_BANDS')).toBe('BAM');
    expect(currencyOfLayout('EPCG')).toBe('EUR');
  });

  it('every layout prints lines whose amounts, subtotals left out, make the total', () => {
    for (const layout of Object.keys(inputs) as ComputableLayout[]) {
      const bill = computeBill(layout, inputs[layout] as never) as {
        lines: { amount: number; isSubtotal: boolean }[];
        total: number;
      };
      const added = bill.lines.filter((l) => !l.isSubtotal).reduce((a, l) => a + l.amount, 0);
      expect(added, layout).toBe(bill.total);
    }
  });

  it('refuses a layout without an engine with LAYOUT', () => {
    expect(isComputableLayout('EPCG')).toBe(true);
    expect(isComputableLayout('EPS_POWER_METERING')).toBe(true);
    expect(isComputableLayout('HEP')).toBe(false);
    expect(() => computeBill('HEP' as ComputableLayout, inputs.EPS_HOUSEHOLD as never)).toThrow(
      BillInputError,
    );
    expect(() => computeBill('toString' as ComputableLayout, inputs.EPS_HOUSEHOLD as never)).toThrow(
      /no tariff engine/,
    );
  });

  it('refuses bad input to the new layouts with the bill-input codes', () => {
    const codeOf = (compute: () => unknown) => {
      try {
        compute();
        return null;
      } catch (error) {
        if (error instanceof BillInputError) return error.code;
        throw error;
      }
    };
    const power = inputs.EPS_POWER_METERING;
    const readings = power.readings;
    expect(
      codeOf(() =>
        computeBill('EPS_POWER_METERING', { ...power, readings: { ...readings, maxPower: '1,05' } }),
      ),
    ).toBe('READINGS');
    expect(codeOf(() => computeBill('EPS_POWER_METERING', { ...power, approvedPowerKw: '0' }))).toBe(
      'BILLING_POWER',
    );
    // no power-metering price list before 1.11.2023
    const early = { periodStart: '2023-10-01', periodEnd: '2023-10-31' };
    expect(codeOf(() => computeBill('EPS_POWER_METERING', { ...power, ...early }))).toBe('NO_TARIFF');
    expect(
      codeOf(() => computeBill('EPS_COMMERCIAL', { ...inputs.EPS_COMMERCIAL, consumption: { single: -1 } })),
    ).toBe('CONSUMPTION');
    expect(codeOf(() => computeBill('ERS_BANDS', { ...inputs.ERS_BANDS, commonConsumption: -5 }))).toBe(
      'CONSUMPTION',
    );
    expect(codeOf(() => computeBill('ERS_BANDS', { ...inputs.ERS_BANDS, adjustment: { single: 5 } }))).toBe(
      'CONSUMPTION',
    );
  });
});
