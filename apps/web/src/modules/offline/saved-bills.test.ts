import type { BillListResponse, BillSummary, MeteringPointListResponse } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { savedBills } from './saved-bills.js';

const point = '0196a3c2-7d4e-7f00-8000-0000000000a1';
const bill = (id: string, periodStart: string): BillSummary => ({
  id,
  number: `N-${id.slice(-2)}`,
  periodStart,
  periodEnd: periodStart.replace(/-01$/, '-28'),
  issueDate: periodStart,
  dueDate: periodStart,
  currency: 'RSD',
  total: '1000.00',
  totalToPay: '1000.00',
  amountPaid: '0.00',
  status: 'unpaid',
  kwh: 300,
  notRead: false,
  underComplaint: false,
});
const id = (n: number) => `0196a3c2-7d4e-7f00-8000-0000000000${String(n).padStart(2, '0')}`;

describe('the offline page’s bills', () => {
  it('groups the kept bills by metering point, newest first, with the PDFs that were opened', () => {
    const list = {
      items: [bill(id(1), '2026-09-01'), bill(id(2), '2026-10-01')],
      years: [2026],
    } as BillListResponse;
    const points = {
      items: [{ id: point, nickname: 'Кућа', edNumber: 'ED1' }],
    } as unknown as MeteringPointListResponse;
    const saved = savedBills([
      { kind: 'bills', meteringPointId: point, body: list },
      { kind: 'billPdf', billId: id(1), url: 'blob:1' },
      { kind: 'meteringPoints', body: points },
    ]);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.label).toBe('Кућа');
    expect(saved[0]!.bills.map((b) => [b.id, b.pdfUrl])).toEqual([
      [id(2), null],
      [id(1), 'blob:1'],
    ]);
  });

  it('takes a bill opened on its own page, under its metering point’s ED number, and keeps only its summary', () => {
    const detail = {
      ...bill(id(3), '2026-08-01'),
      layout: 'eps',
      meteringPoint: { id: point, edNumber: 'ED7' },
    };
    const saved = savedBills([{ kind: 'bill', body: detail }]);
    expect(saved[0]!.label).toBe('ED7');
    expect(saved[0]!.bills[0]).not.toHaveProperty('layout');
  });

  it("shows a metering point's last 12 bills, and older ones only with their PDF", () => {
    const months = Array.from({ length: 20 }, (_, i) =>
      bill(id(i + 10), `2025-${String((i % 12) + 1).padStart(2, '0')}-0${1 + Math.floor(i / 12)}`),
    );
    const list = { items: months, years: [2025] } as BillListResponse;
    const oldest = [...months].sort((a, b) => a.periodStart.localeCompare(b.periodStart))[0]!;
    const saved = savedBills([
      { kind: 'bills', meteringPointId: point, body: list },
      { kind: 'billPdf', billId: oldest.id, url: 'blob:old' },
    ]);
    expect(saved[0]!.bills).toHaveLength(13);
    expect(saved[0]!.bills.at(-1)!.id).toBe(oldest.id);
  });

  it('has nothing to show when nothing was kept', () => {
    expect(savedBills([])).toEqual([]);
  });
});
