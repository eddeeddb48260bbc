import { describe, expect, it } from 'vitest';
import { supplierOfLayout } from './bill-supplier.js';
import { supplier as eps } from './supplier.js';
import { currencyOfLayout, type BillLayout } from './tariff/compute-bill.js';

const layouts: BillLayout[] = ['EPS_HOUSEHOLD', 'EPS_COMMERCIAL', 'EPS_POWER_METERING', 'ERS_BANDS', 'EPCG'];

describe('the supplier of each bill layout', () => {
  it('issues EPS layouts as EPS, paid by the Serbian slip with code 189, beside the regional branch', () => {
    for (const layout of ['EPS_HOUSEHOLD', 'EPS_COMMERCIAL', 'EPS_POWER_METERING'] as const) {
      expect(supplierOfLayout(layout)).toMatchObject({
        id: 'eps',
        ...eps,
        currency: 'RSD',
        regionalBranch: true,
        payment: { via: 'nbs_slip', paymentCode: '189', purpose: 'Уплата по рачуну за ел. енергију' },
      });
    }
  });

  it('issues ERS bills as Elektroprivreda Republike Srpske in KM, paid with its own slip', () => {
    expect(supplierOfLayout('ERS_BANDS')).toMatchObject({
      id: 'ers',
      name: 'Електропривреда Републике Српске',
      currency: 'BAM',
      regionalBranch: false,
      payment: { via: 'supplier', note: 'ers_slip' },
    });
  });

  it('issues EPCG bills as Elektroprivreda Crne Gore in euros, with its site from seeds/003', () => {
    expect(supplierOfLayout('EPCG')).toMatchObject({
      id: 'epcg',
      name: 'Електропривреда Црне Горе',
      website: 'www.epcg.com',
      currency: 'EUR',
      regionalBranch: false,
      payment: { via: 'supplier', note: 'epcg_reference' },
    });
  });

  it('leaves out what the seeds do not give instead of borrowing EPS values', () => {
    for (const layout of ['ERS_BANDS', 'EPCG'] as const) {
      const supplier = supplierOfLayout(layout);
      expect(supplier).toMatchObject({ address: null, pib: null });
      expect([supplier.name, supplier.website]).not.toContain(eps.name);
      expect(supplier.website).not.toBe(eps.website);
    }
    expect(supplierOfLayout('ERS_BANDS').website).toBeNull();
    // a value not in the seed's own words is named as an assumption
    expect(supplierOfLayout('ERS_BANDS').assumptions).toEqual([expect.stringMatching(/^name:/)]);
  });

  it('bills in the currency the tariff engine gives the layout', () => {
    for (const layout of layouts) expect(supplierOfLayout(layout).currency).toBe(currencyOfLayout(layout));
  });

  it('lets only dinar bills be paid by the Serbian slip', () => {
    for (const layout of layouts) {
      const { payment, currency } = supplierOfLayout(layout);
      expect(payment.via === 'nbs_slip').toBe(currency === 'RSD');
    }
  });
});
