import { describe, expect, it } from 'vitest';
import { formatRsd } from '../money.js';
import { computeEpsCommercialBill } from './eps-business.js';
import { epsCommercialTariffs } from './eps-business-tariffs.js';
import { computeEpsHouseholdBill } from './eps-household.js';
import { householdBase } from './eps-household.test-helpers.js';
import { printedRows, type PrintableLine, type PrintedRow } from './printed-rows.js';
import type { BillLine } from './types.js';

/** The engine's lines as the API hands them out. */
const api = (lines: BillLine[]): PrintableLine[] =>
  lines.map((l, i) => ({
    ...l,
    position: i + 1,
    zone: l.zone?.toLowerCase() ?? null,
    register: l.register?.toLowerCase() ?? null,
    amount: formatRsd(l.amount),
  }));

const shown = (rows: PrintedRow[]) =>
  rows.map((r) => `${r.level ? '  ' : ''}${r.number || '-'} ${r.line.description} ${r.line.amount}`);

describe('printed rows: the supplier numbers each item once', () => {
  it('a dual-rate household bill: energy by zone and tariff under one line 3 with its total', () => {
    const bill = computeEpsHouseholdBill({
      ...householdBase,
      periodStart: '2026-01-01',
      periodEnd: '2026-01-30',
      consumption: { vt: 700, nt: 300 },
    });
    const rows = printedRows(api(bill.lines));
    expect(rows.filter((r) => r.level === 0).map((r) => r.number)).toEqual([
      '1',
      '2',
      '3',
      '5',
      '6',
      '8',
      '9',
      '10',
      '11',
      '14',
      '15',
    ]);
    const energy = rows.filter((r) => r.line.code === '3');
    expect(energy.map((r) => [r.number, r.level, r.heading])).toEqual([
      ['3', 0, true],
      ['', 1, false],
      ['', 1, false],
      ['', 1, false],
      ['', 1, false],
    ]);
    // the heading carries what "(1+2+3+…)" adds: the energy lines' sum and all their kWh
    const energySum = bill.lines.filter((l) => l.code === '3').reduce((a, l) => a + l.amount, 0);
    expect(energy[0]!.line).toMatchObject({
      description: 'Утрошена електрична енергија',
      kind: 'energy',
      quantity: '1000',
      unit: 'kWh',
      amount: formatRsd(energySum),
      zone: null,
      register: null,
    });
    expect(shown(rows).slice(2, 4)).toEqual([
      `3 Утрошена електрична енергија ${formatRsd(energySum)}`,
      `  - ${bill.lines[2]!.description} ${formatRsd(bill.lines[2]!.amount)}`,
    ]);
  });

  it('a single line keeps its own row and number; positions order the rows', () => {
    const bill = computeEpsHouseholdBill({
      ...householdBase,
      periodStart: '2026-01-01',
      periodEnd: '2026-01-30',
      consumption: { single: 200 },
    });
    const rows = printedRows(api(bill.lines).reverse());
    expect(rows.map((r) => r.number)).toEqual(['1', '2', '3', '5', '6', '8', '9', '10', '11', '14', '15']);
    expect(rows.every((r) => !r.heading && r.level === 0)).toBe(true);
  });

  it('a month split by a price change: one heading per item, named without the period', () => {
    const bill = computeEpsHouseholdBill({
      ...householdBase,
      periodStart: '2025-09-16',
      periodEnd: '2025-10-15',
      consumption: { single: 300 },
    });
    const rows = printedRows(api(bill.lines));
    const power = rows.filter((r) => r.line.code === '1');
    expect(power.length).toBeGreaterThan(2);
    expect(power[0]).toMatchObject({ number: '1', heading: true, line: { description: 'Обрачунска снага' } });
    expect(power[0]!.line.quantity).toBeNull(); // kW of two halves of a month are not added
    expect(power.slice(1).every((r) => r.number === '' && /\d{4}-\d{2}-\d{2}/.test(r.line.description))).toBe(
      true,
    );
  });

  it('a business bill numbers its own layout (13 energy, 14, 15, 16 VAT base …)', () => {
    const bill = computeEpsCommercialBill({
      category: 'COMMERCIAL',
      periodStart: '2026-01-01',
      periodEnd: '2026-01-31',
      billingPowerKw: '17.25',
      tariffs: epsCommercialTariffs,
      consumption: { vt: 900, nt: 400 },
    });
    const numbers = printedRows(api(bill.lines))
      .filter((r) => r.level === 0)
      .map((r) => r.number);
    expect(numbers.slice(0, 3)).toEqual(['13', '14', '15']);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toContain('16');
  });

  it('layouts that print their own energy totals (ERS) get no made-up heading', () => {
    const line = (position: number, code: string, kind: string, amount: string): PrintableLine => ({
      position,
      code,
      kind,
      description: code,
      zone: null,
      register: null,
      quantity: null,
      unit: null,
      unitPrice: null,
      amount,
      isSubtotal: kind === 'energy_total',
    });
    const rows = printedRows([
      line(1, '16a', 'energy_total', '30.00'),
      line(2, '26a', 'energy', '10.00'),
      line(3, '26a', 'energy', '20.00'),
    ]);
    expect(rows.map((r) => [r.number, r.level, r.heading])).toEqual([
      ['16a', 0, false],
      ['26a', 0, false],
      ['', 1, false],
    ]);
  });
});
