import type { StaffAuditEntry, StaffAuditResponse } from '@portal/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, settle } from '../../testing/mount-app.js';
import { sessionOf, staffUser } from '../support/support-testing.js';

const ids = {
  support: '0196a3c2-7d4e-7f00-8000-000000000a01',
  colleague: '0196a3c2-7d4e-7f00-8000-000000000a02',
  customer: '0196a3c2-7d4e-7f00-8000-000000000c01',
  access: '0196a3c2-7d4e-7f00-8000-000000000d01',
};

const event = (over: Partial<StaffAuditEntry> = {}): StaffAuditEntry => ({
  id: '1',
  at: '2026-12-07T09:30:00.000Z',
  action: 'support.access.open',
  group: 'access',
  staff: { userId: ids.support, username: 'demo.support', role: 'support' },
  subject: { type: 'user', id: ids.customer, username: 'jelena' },
  reason: { category: 'complaint', text: 'INC-2026-0077 disputes a bill' },
  accessId: ids.access,
  page: null,
  lookup: null,
  report: null,
  ...over,
});

const events: StaffAuditEntry[] = [
  event({ id: '3', action: 'support.customer.view', group: 'view', reason: null, page: 'bills.pdf' }),
  event({ id: '2' }),
  event({
    id: '1',
    action: 'support.customers.lookup',
    group: 'lookup',
    subject: null,
    reason: null,
    accessId: null,
    lookup: { kind: 'digits', total: 3 },
  }),
];

const page = (items: StaffAuditEntry[], over: Partial<StaffAuditResponse> = {}): StaffAuditResponse => ({
  items,
  total: items.length,
  totalCapped: false,
  page: 1,
  pageSize: 25,
  ...over,
});

const find = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const text = (testid: string) => find(testid)?.textContent?.replace(/\s+/g, ' ').trim();

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

const auditCalls = (calls: string[]) => calls.filter((c) => c.startsWith('/api/support/audit'));

describe('the staff audit view', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it("shows support their own events with translated actions, the account's link and the reason", async () => {
    const api = sessionOf(staffUser('support'), (url) =>
      url.startsWith('/api/support/audit') ? jsonResponse(page(events)) : undefined,
    );
    const { wrapper } = await mountApp('/support/audit', 'en', { fetch: api.fetch });
    await until(() => !!find('audit-table'));
    expect(wrapper.get('h1').text()).toBe('Audit of staff activity');
    expect(text('audit-count')).toBe('Events 1–3 of 3');
    expect(text('audit-3')).toContain('Read customer data');
    expect(text('audit-3')).toContain('bills.pdf');
    const opened = text('audit-2')!;
    expect(opened).toContain('Opened a read-only view');
    expect(opened).toContain('demo.support');
    expect(opened).toContain('Complaint');
    expect(opened).toContain('INC-2026-0077 disputes a bill');
    expect(text('audit-1')).toContain('Looked customers up');
    expect(text('audit-1')).toContain('digits, 3 found');
    const link = find('audit-2')!.querySelector<HTMLAnchorElement>('[data-testid="audit-subject-user"]')!;
    expect(link.getAttribute('href')).toBe(`/support/users/${ids.customer}`);
    expect(link.textContent).toBe('jelena');
    // support picks no staff member, and the staff list (a supervisor's) is not asked for
    expect(find('audit-staff')).toBeNull();
    expect(api.calls.some((c) => c.startsWith('/api/support/staff'))).toBe(false);
    expect(auditCalls(api.calls)).toEqual(['/api/support/audit?page=1&pageSize=25']);
  });

  it('lets a supervisor filter by staff member, action group and dates', async () => {
    const api = sessionOf(staffUser('supervisor'), (url) => {
      if (url === '/api/support/staff')
        return jsonResponse({
          staff: [
            {
              id: ids.colleague,
              username: 'ana.support',
              email: 'ana@example.rs',
              role: 'support',
              totp: true,
              disabled: false,
              createdAt: '2026-11-01T08:00:00.000Z',
            },
          ],
        });
      if (url.startsWith('/api/support/audit')) return jsonResponse(page(events));
      return undefined;
    });
    await mountApp('/support/audit', 'en', { fetch: api.fetch });
    await until(() => !!find('audit-table'));
    expect(find('audit-staff')).not.toBeNull();
    await until(() => api.calls.includes('/api/support/staff'));

    const select = async (testid: string, option: string) => {
      find(testid)!
        .querySelector<HTMLElement>('.v-field')!
        .dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      await settle();
      const item = [...document.querySelectorAll<HTMLElement>('.v-list-item')].find((i) =>
        i.textContent?.includes(option),
      );
      expect(item, option).toBeTruthy();
      item!.click();
      await settle();
    };
    await select('audit-staff', 'ana.support');
    await until(() => auditCalls(api.calls).some((c) => c.includes(`staffUserId=${ids.colleague}`)));
    await select('audit-group', 'Account action');
    await until(() => auditCalls(api.calls).some((c) => c.includes('action=accountAction')));
    const from = find('audit-from')!.querySelector('input')!;
    from.value = '2026-12-01';
    from.dispatchEvent(new Event('input'));
    await until(() => auditCalls(api.calls).some((c) => c.includes('from=2026-12-01')));
    expect(auditCalls(api.calls).at(-1)).toContain(`staffUserId=${ids.colleague}`);
    expect(auditCalls(api.calls).at(-1)).toContain('action=accountAction');
  });

  it('says when nothing matches, pages, and shows a failure', async () => {
    let answer: 'none' | 'many' | 'fail' = 'none';
    const api = sessionOf(staffUser('support'), (url) => {
      if (!url.startsWith('/api/support/audit')) return undefined;
      if (answer === 'fail') return problem(500, 'INTERNAL');
      if (answer === 'none') return jsonResponse(page([]));
      return jsonResponse(page(events, { total: 10_000, totalCapped: true }));
    });
    const first = await mountApp('/support/audit', 'en', { fetch: api.fetch });
    await until(() => text('audit-count') === 'No events match.');
    first.wrapper.unmount();
    document.body.innerHTML = '';

    answer = 'many';
    await mountApp('/support/audit', 'en', { fetch: api.fetch });
    await until(() => !!find('audit-pagination'));
    expect(text('audit-count')).toContain('of more than 10,000');
    const next = find('audit-pagination')!.querySelector<HTMLButtonElement>(
      '[aria-label*="Next" i], .v-pagination__next button',
    )!;
    answer = 'fail';
    next.click();
    await until(() => auditCalls(api.calls).some((c) => c.includes('page=2')));
    await until(() => !!document.querySelector('[role="alert"]'));
    expect(document.querySelector('[role="alert"]')!.textContent).toContain('Could not load the audit.');
  });

  it('shows a list instead of the table at tablet width', async () => {
    // happy-dom's viewport: Vuetify's breakpoints follow it
    const happyDOM = (window as unknown as { happyDOM: { setViewport(size: { width: number }): void } })
      .happyDOM;
    const width = window.innerWidth;
    happyDOM.setViewport({ width: 800 });
    try {
      const api = sessionOf(staffUser('support'), (url) =>
        url.startsWith('/api/support/audit') ? jsonResponse(page(events)) : undefined,
      );
      await mountApp('/support/audit', 'en', { fetch: api.fetch });
      await until(() => !!find('audit-list'));
      expect(find('audit-table')).toBeNull();
      expect(text('audit-2')).toContain('Opened a read-only view');
      expect(text('audit-2')).toContain('Complaint — INC-2026-0077 disputes a bill');
    } finally {
      happyDOM.setViewport({ width });
    }
  });

  it('is in the staff menu and in Serbian', async () => {
    const api = sessionOf(staffUser('support'), (url) =>
      url.startsWith('/api/support/audit') ? jsonResponse(page(events)) : undefined,
    );
    const { wrapper } = await mountApp('/support/audit', 'sr-Cyrl', { fetch: api.fetch });
    await until(() => !!find('audit-table'));
    expect(wrapper.get('h1').text()).toBe('Евиденција активности запослених');
    expect(text('audit-2')).toContain('Рекламација');
    const nav = [...document.querySelectorAll<HTMLAnchorElement>('a[href="/support/audit"]')];
    expect(nav.length).toBeGreaterThan(0);
  });
});
