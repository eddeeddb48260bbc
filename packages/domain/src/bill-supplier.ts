// Who issues a bill and how it is paid, by the bill's layout. EPS layouts are EPS's own bills (supplier.ts:
// the supplier block, the regional branch, the Serbian payment slip and IPS QR). ERS (seeds/004) and EPCG
// (seeds/003) bills are issued by those suppliers in their own currency and paid to them as their paper
// bill says, never through the portal: card and IPS move dinars only.
//
// The seeds give little about ERS and EPCG themselves. What they do not give is left out (null), never
// filled with a plausible value; where a value is drawn from something other than the seed's own words,
// `assumptions` says so, and the bill shows only what is here.
import { billPayment, supplier as eps } from './supplier.js';
import type { BillCurrency, BillLayout } from './tariff/compute-bill.js';

export const billSupplierIds = ['eps', 'ers', 'epcg'] as const;
export type BillSupplierId = (typeof billSupplierIds)[number];

/**
 * The supplier's own payment note, printed where an EPS bill has its payment slip. The words are the
 * interface's (three languages), the facts the seed's:
 * - ers_slip: seeds/004 elements 28-29, ERS's slip names its transaction accounts at banks, the amount
 *   and the reference (poziv na broj) of the bill;
 * - epcg_reference: seeds/003, the customer must state the subscriber/billing number and the reference.
 */
export const supplierPaymentNotes = ['ers_slip', 'epcg_reference'] as const;
export type SupplierPaymentNote = (typeof supplierPaymentNotes)[number];

/** How a supplier's bill is paid. */
export type SupplierPayment =
  /** the Serbian payment slip and IPS QR: payee account per region (region table), payment code 189 */
  | { via: 'nbs_slip'; paymentCode: string; purpose: string }
  /** to the supplier itself, with the details of its paper bill: nothing of it is payable in the portal */
  | { via: 'supplier'; note: SupplierPaymentNote };

export interface BillSupplier {
  id: BillSupplierId;
  /** stored in Cyrillic like all billing data: the Latin and English pages transliterate it */
  name: string;
  /** the seat; null when the sources give none */
  address: string | null;
  /** the tax number (PIB); null when the sources give none */
  pib: string | null;
  website: string | null;
  /** the layout's currency (currencyOfLayout); the tests keep the two tables in step */
  currency: BillCurrency;
  /** EPS prints the branch of the customer's region beside itself; the other suppliers' are not known */
  regionalBranch: boolean;
  payment: SupplierPayment;
  /** values not read in the seed itself, each with where it comes from */
  assumptions: readonly string[];
}

const epsSupplier: BillSupplier = {
  id: 'eps',
  ...eps,
  currency: 'RSD',
  regionalBranch: true,
  payment: { via: 'nbs_slip', ...billPayment },
  assumptions: [],
};

/**
 * seeds/004 writes only "ERS" (and "Direkcija za Javno snabdijevanje električnom energijom ERS-a"); the
 * full name is the expansion of the abbreviation (ASSUMPTION). No seat, tax number (JIB) or website.
 */
const ers: BillSupplier = {
  id: 'ers',
  name: 'Електропривреда Републике Српске',
  address: null,
  pib: null,
  website: null,
  currency: 'BAM',
  regionalBranch: false,
  payment: { via: 'supplier', note: 'ers_slip' },
  assumptions: ['name: seeds/004 says "ERS"; "Elektroprivreda Republike Srpske" expands it'],
};

/**
 * seeds/003 names "Elektroprivreda Crne Gore" (item 3) and its site www.epcg.com (the energy efficiency
 * link). No seat or tax number.
 */
const epcg: BillSupplier = {
  id: 'epcg',
  name: 'Електропривреда Црне Горе',
  address: null,
  pib: null,
  website: 'www.epcg.com',
  currency: 'EUR',
  regionalBranch: false,
  payment: { via: 'supplier', note: 'epcg_reference' },
  assumptions: [],
};

const byLayout: Record<BillLayout, BillSupplier> = {
  EPS_HOUSEHOLD: epsSupplier,
  EPS_COMMERCIAL: epsSupplier,
  EPS_POWER_METERING: epsSupplier,
  ERS_BANDS: ers,
  EPCG: epcg,
};

/** The supplier that issues bills of this layout. */
export function supplierOfLayout(layout: BillLayout): BillSupplier {
  return byLayout[layout];
}
