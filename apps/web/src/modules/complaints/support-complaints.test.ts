import type { SupportComplaintDetail, SupportComplaintInboxResponse } from '@portal/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mountApp, settle } from '../../testing/mount-app.js';
import { sessionOf, staffUser } from '../support/support-testing.js';

const id = (n: number) => `0196a3c2-7d4e-7f00-8000-0000000000${String(n).padStart(2, '0')}`;

const summary = (n: number, nextDue: string, status: SupportComplaintDetail['status'] = 'received') => ({
  id: id(n),
  number: `P-00000${n}`,
  category: 'bill' as const,
  status,
  meteringPointId: id(90),
  meteringPoint: 'Главна 1, Београд',
  billId: null,
  billNumber: null,
  periodFrom: null,
  periodTo: null,
  receivedOn: '2026-01-02',
  answerDue: nextDue,
  resolutionDue: '2026-01-20',
  updatedAt: '2026-01-02T10:00:00.000Z',
  username: `customer.${n}`,
  nextDue,
});

const inbox: SupportComplaintInboxResponse = {
  items: [summary(1, '2020-01-05'), summary(2, '2099-01-05')],
  total: 2,
  page: 1,
  pageSize: 100,
};

const detail = (status: SupportComplaintDetail['status']): SupportComplaintDetail => ({
  ...summary(1, '2020-01-05', status),
  text: 'The bill is wrong.',
  events: [{ kind: 'filed', text: null, byStaff: false, at: '2026-01-02T10:00:00.000Z' }],
  attachments: [],
});

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

describe("support's complaints", () => {
  it('lists the inbox in the order the server gives, an overdue deadline marked', async () => {
    const api = sessionOf(staffUser('support'), (url) =>
      url.startsWith('/api/support/complaints?') ? jsonResponse(inbox) : undefined,
    );
    const { wrapper } = await mountApp('/support/complaints', 'en', { fetch: api.fetch });
    unmount = () => wrapper.unmount();
    await vi.waitFor(() => expect(document.querySelector('[data-testid="inbox-table"]')).not.toBeNull());
    expect(api.calls.find((url) => url.startsWith('/api/support/complaints?'))).toContain('state=open');
    const rows = [...document.querySelectorAll('[data-testid^="inbox-P-"]')];
    expect(rows.map((row) => row.getAttribute('data-testid'))).toEqual(['inbox-P-000001', 'inbox-P-000002']);
    expect(rows[0]!.querySelector('td')!.classList.contains('text-error')).toBe(true);
    expect(rows[1]!.querySelector('td')!.classList.contains('text-error')).toBe(false);
  });

  it('answers a complaint with the text typed, and shows the new status', async () => {
    const steps: unknown[] = [];
    const api = sessionOf(staffUser('support'), (url, init) => {
      if (url === `/api/support/complaints/${id(1)}/steps`) {
        steps.push(JSON.parse(String(init?.body)));
        return jsonResponse(detail('answered'));
      }
      if (url === `/api/support/complaints/${id(1)}`) return jsonResponse(detail('in_review'));
      return undefined;
    });
    const { wrapper } = await mountApp(`/support/complaints/${id(1)}`, 'en', { fetch: api.fetch });
    unmount = () => wrapper.unmount();
    await vi.waitFor(() => expect(document.querySelector('[data-testid="step-answer"]')).not.toBeNull());
    const text = document.querySelector<HTMLTextAreaElement>('[data-testid="step-text"] textarea')!;
    text.value = 'The bill has been corrected.';
    text.dispatchEvent(new Event('input'));
    await settle();
    document.querySelector<HTMLElement>('[data-testid="step-answer"]')!.click();
    await vi.waitFor(() => expect(steps).toEqual([{ step: 'answer', text: 'The bill has been corrected.' }]));
    await vi.waitFor(() =>
      expect(document.querySelector('.v-chip[data-status]')!.getAttribute('data-status')).toBe('answered'),
    );
    expect(document.querySelector('[data-testid="complaint-history"]')!.textContent).toContain(
      'the customer',
    );
    // no second answer is offered once answered
    expect(document.querySelector('[data-testid="step-answer"]')).toBeNull();
  });
});
