import { describe, expect, it } from 'vitest';
import { isKeptOffline, keptKind, mayKeep } from './offline-cache.js';

const id = '0196a3c2-7d4e-7f00-8000-000000000001';
const url = (path: string) => new URL(path, 'https://portal.example');

describe('what the installed portal keeps offline', () => {
  it('keeps the overview, bills lists, bills and their PDFs, whatever the query', () => {
    for (const path of [
      '/api/metering-points?page=1',
      `/api/metering-points/${id}/bills?year=2026`,
      `/api/bills/${id}`,
      `/api/bills/${id}/pdf?locale=en`,
    ])
      expect(isKeptOffline(url(path)), path).toBe(true);
  });

  it('keeps nothing else: payments, account, staff, other documents', () => {
    for (const path of [
      '/api/auth/me',
      '/api/payments',
      `/api/metering-points/${id}`,
      `/api/metering-points/${id}/notices/${id}/pdf`,
      `/api/bills/${id}/pdf/extra`,
      '/api/support/customers?q=a',
      '/api/bills/not-an-id',
    ])
      expect(isKeptOffline(url(path)), path).toBe(false);
  });

  it('names what it kept, for the offline page', () => {
    expect(keptKind(url(`/api/bills/${id}/pdf`))).toEqual({ kind: 'billPdf', id });
    expect(keptKind(url(`/api/metering-points/${id}/bills`))).toEqual({ kind: 'bills', id });
    expect(keptKind(url('/api/metering-points'))).toEqual({ kind: 'meteringPoints', id: null });
    expect(keptKind(url('/api/payments'))).toBeNull();
  });

  it("never keeps what staff read through a customer's view", () => {
    expect(mayKeep(new Headers({ 'x-support-access': id }))).toBe(false);
    expect(mayKeep(new Headers({ authorization: 'Bearer x' }))).toBe(true);
  });
});
