import type { LookedUpCustomer } from '@portal/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, settle } from '../../testing/mount-app.js';
import { sessionOf, staffUser } from './support-testing.js';

const customer = (n: number, extra: Partial<LookedUpCustomer> = {}): LookedUpCustomer => ({
  id: `0196a3c2-7d4e-7f00-8000-0000000001${String(n).padStart(2, '0')}`,
  name: `Петар Петровић ${n}`,
  personType: 'natural',
  jmbg: '0101•••••0008',
  pib: null,
  region: 'BG',
  billingNumbers: [`20012345${n}`],
  meteringPoints: [
    {
      id: '0196a3c2-7d4e-7f00-8000-000000000201',
      edNumber: '1234567890',
      eic: '94E0000000000001',
      address: 'Булевар краља Александра 1, Београд',
      region: 'BG',
    },
  ],
  portalUsers: [{ id: '0196a3c2-7d4e-7f00-8000-000000000301', email: 'p•••@example.rs' }],
  ...extra,
});

/** The look-up: 45 customers for "petar" (20 a page), none for anything else. */
function lookup(url: string) {
  const parsed = new URL(url, 'http://portal.test');
  if (parsed.pathname !== '/api/support/customers') return undefined;
  const page = Number(parsed.searchParams.get('page'));
  const pageSize = Number(parsed.searchParams.get('pageSize'));
  if (parsed.searchParams.get('q') === 'boom') return problem(403, 'FORBIDDEN');
  const total = parsed.searchParams.get('q') === 'petar' ? 45 : 0;
  const count = Math.max(0, Math.min(pageSize, total - (page - 1) * pageSize));
  const items = Array.from({ length: count }, (_, i) => customer((page - 1) * pageSize + i + 1));
  return jsonResponse({ items, total, page, pageSize });
}

/** The last look-up the page asked for. */
const lastLookup = (calls: string[]) => calls.filter((c) => c.startsWith('/api/support/customers')).at(-1);

const find = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const text = (testid: string) => find(testid)?.textContent?.replace(/\s+/g, ' ').trim();

async function search(value: string) {
  const input = document.querySelector<HTMLInputElement>('[data-testid="lookup-q"] input')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await settle();
  find('lookup-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle();
}

describe('the customer look-up', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('searches, keeps the question in the address, pages, and shows masked identifiers and links', async () => {
    const api = sessionOf(staffUser('support'), lookup);
    const { wrapper, router } = await mountApp('/support', 'en', { fetch: api.fetch });
    await settle();
    expect(wrapper.get('h1').text()).toBe('Customer look-up');
    expect(text('staff-area-name')).toBe('Staff area');
    expect(text('lookup-q')).toContain('last digits of a JMBG or PIB');

    await search('p');
    expect(text('lookup-q')).toContain('Enter at least 2 characters.');
    expect(api.calls.some((c) => c.startsWith('/api/support/customers'))).toBe(false);

    await search(' petar ');
    expect(router.currentRoute.value.fullPath).toBe('/support?q=petar');
    expect(lastLookup(api.calls)).toBe('/api/support/customers?q=petar&page=1&pageSize=20');
    expect(text('lookup-count')).toBe('Customers 1–20 of 45');
    const first = find(`lookup-result-${customer(1).id}`)!;
    expect(first.querySelector('h2')!.textContent).toBe('Петар Петровић 1');
    expect(first.querySelector('[data-testid="lookup-jmbg"]')!.textContent).toBe('0101•••••0008');
    expect(first.textContent).toContain('94E0000000000001');
    expect(first.querySelector('[data-testid="lookup-open"]')!.getAttribute('href')).toBe(
      `/support/customers/${customer(1).id}?back=/support?q=petar`,
    );
    expect(first.querySelector('[data-testid="lookup-users"] a')!.getAttribute('href')).toBe(
      '/support/users/0196a3c2-7d4e-7f00-8000-000000000301',
    );

    await router.push('/support?q=petar&page=3');
    await settle();
    expect(lastLookup(api.calls)).toBe('/api/support/customers?q=petar&page=3&pageSize=20');
    expect(text('lookup-count')).toBe('Customers 41–45 of 45');

    // back and forward follow the address
    router.back();
    await settle();
    expect(text('lookup-count')).toBe('Customers 1–20 of 45');
    expect(document.querySelector<HTMLInputElement>('[data-testid="lookup-q"] input')!.value).toBe('petar');

    await search('nobody');
    expect(text('lookup-count')).toBe('No customer matches “nobody”.');
    wrapper.unmount();
  });

  it('says in Serbian when the look-up fails', async () => {
    const api = sessionOf(staffUser('supervisor'), lookup);
    const { wrapper } = await mountApp('/support?q=boom', 'sr-Latn', { fetch: api.fetch });
    await settle();
    expect(wrapper.get('h1').text()).toBe('Pretraga kupaca');
    expect(document.querySelector('.v-alert')!.textContent).toContain('Pretraga nije uspela.');
    wrapper.unmount();
  });
});
