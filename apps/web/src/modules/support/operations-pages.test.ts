import type { ImportRun } from '@portal/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, settle } from '../../testing/mount-app.js';
import { sessionOf, staffUser } from './support-testing.js';

const runId = '0196a3c2-7d4e-7f00-8000-000000000501';
const run = (extra: Partial<ImportRun> = {}): ImportRun => ({
  id: runId,
  region: 'NS',
  sequence: 42,
  exportDate: '2026-12-06',
  kind: 'DELTA',
  fileName: 'NS_20261206_042_DELTA.zip',
  checksum: 'abc',
  status: 'APPLIED',
  reason: null,
  startedAt: '2026-12-07T01:00:00.000Z',
  durationMs: 12_345,
  records: 1200,
  applied: 1197,
  quarantined: 3,
  orphansResolved: 0,
  ...extra,
});

const find = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const text = (testid: string) => find(testid)?.textContent?.replace(/\s+/g, ' ').trim();

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

describe('the regional imports', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists the attempts with their counts, leads to the quarantine, and queues a run', async () => {
    let queue: 'up' | 'down' = 'up';
    const api = sessionOf(staffUser('support'), (url, init) => {
      if (url === '/api/regions')
        return jsonResponse({
          regions: [
            { id: 'NS', name: 'Нови Сад', nameLatin: 'Novi Sad' },
            { id: 'BG', name: 'Београд', nameLatin: 'Beograd' },
          ],
        });
      if (url.split('?')[0] === '/api/support/imports')
        return jsonResponse({
          runs: [
            run(),
            run({
              id: '0196a3c2-7d4e-7f00-8000-000000000502',
              status: 'REFUSED',
              reason: 'sequence gap',
              quarantined: 0,
            }),
          ],
        });
      if (url === '/api/support/imports/run' && init?.method === 'POST')
        return queue === 'up'
          ? jsonResponse({ queued: ['BG', 'NS'] }, 202)
          : problem(503, 'IMPORT_QUEUE_UNAVAILABLE');
      return undefined;
    });
    const { wrapper, router } = await mountApp('/support/imports', 'en', { fetch: api.fetch });
    await settle();
    expect(wrapper.get('h1').text()).toBe('Regional imports');
    const row = text(`import-${runId}`)!;
    expect(row).toContain('Novi Sad');
    expect(row).toContain('no. 42 of 06/12/2026');
    expect(row).toContain('Changes');
    expect(row).toContain('1,197');
    expect(row).toContain('12.3 s');
    expect(text('import-status-REFUSED')).toBe('Refused');
    expect(document.body.textContent).toContain('sequence gap');
    const links = document.querySelectorAll<HTMLAnchorElement>('[data-testid="import-quarantine"]');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(`/support/imports/${runId}`);

    find('imports-run')!.click();
    await until(() => find('imports-queued') !== null);
    expect(text('imports-queued')).toBe('Imports queued for the regions: Beograd, Novi Sad.');

    queue = 'down';
    find('imports-run')!.click();
    await until(() => find('imports-run-error') !== null);
    expect(text('imports-run-error')).toContain('The imports were not started.');
    expect(text('imports-run-error')).toContain('pnpm billing:import');
    expect(find('imports-queued')).toBeNull();

    const listed = () => api.calls.filter((c) => c.split('?')[0] === '/api/support/imports').length;
    const before = listed();
    find('imports-refresh')!.click();
    await until(() => listed() === before + 1);

    await router.push(`/support/imports/${runId}`);
    await settle();
    expect(wrapper.get('h1').text()).toBe('Quarantined records');
    wrapper.unmount();
  });

  it('says when no import has run, and when the list cannot be loaded', async () => {
    const empty = sessionOf(staffUser('support'), (url) =>
      url.split('?')[0] === '/api/support/imports' ? jsonResponse({ runs: [] }) : undefined,
    );
    const first = await mountApp('/support/imports', 'sr-Cyrl', { fetch: empty.fetch });
    await settle();
    expect(text('imports-none')).toBe('Још није било ниједног увоза.');
    first.wrapper.unmount();
    document.body.innerHTML = '';

    const failing = sessionOf(staffUser('support'), () => problem(500, 'INTERNAL'));
    const second = await mountApp('/support/imports', 'en', { fetch: failing.fetch });
    await settle();
    expect(document.querySelector('.v-alert')!.textContent).toContain('Could not load the imports.');
    second.wrapper.unmount();
  });
});

describe('the quarantine of an import', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows each record raw, with its reason, in file order', async () => {
    const api = sessionOf(staffUser('supervisor'), (url) =>
      url === `/api/support/imports/${runId}/quarantine`
        ? jsonResponse({
            records: [
              {
                recordType: 'BILL',
                sourceKey: 'R-2026-11-0001',
                position: 7,
                file: 'bills.csv',
                raw: 'R-2026-11-0001;9999999999;2026-11-30;1234,56',
                reason: 'unknown metering point 9999999999',
                awaitsParent: true,
                resolvedAt: null,
              },
            ],
          })
        : undefined,
    );
    const { wrapper } = await mountApp(`/support/imports/${runId}`, 'en', { fetch: api.fetch });
    await settle();
    expect(wrapper.get('h2').text()).toBe('Record 7');
    expect(text('quarantine-reason')).toBe('unknown metering point 9999999999');
    expect(text('quarantine-raw')).toBe('R-2026-11-0001;9999999999;2026-11-30;1234,56');
    expect(document.body.textContent).toContain('Waits for its parent record');
    expect(find('quarantine-back')!.getAttribute('href')).toBe('/support/imports');
    wrapper.unmount();
  });

  it('says when an attempt has none, and when it does not exist', async () => {
    const api = sessionOf(staffUser('support'), (url) =>
      url === `/api/support/imports/${runId}/quarantine` ? jsonResponse({ records: [] }) : undefined,
    );
    const { wrapper, router } = await mountApp(`/support/imports/${runId}`, 'en', { fetch: api.fetch });
    await settle();
    expect(text('quarantine-none')).toBe('This export has no quarantined records.');

    await router.push('/support/imports/0196a3c2-7d4e-7f00-8000-000000000599');
    await settle();
    expect(document.querySelector('.v-alert')!.textContent).toContain(
      'Could not load the quarantined records. The requested item was not found.',
    );
    wrapper.unmount();
  });
});

describe('the unconfirmed payments', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists the portal payments no export confirmed in time, or says there are none', async () => {
    let payments = [
      {
        paymentId: '0196a3c2-7d4e-7f00-8000-000000000701',
        orderNumber: 'P-2026-000123',
        region: 'KG',
        edNumber: '3001234567',
        paidOn: '2026-12-01',
        bookedAt: '2026-12-01T09:30:00.000Z',
        amount: '4321.50',
      },
    ];
    const api = sessionOf(staffUser('support'), (url) =>
      url === '/api/support/unconfirmed-payments' ? jsonResponse({ days: 3, payments }) : undefined,
    );
    const { wrapper, router } = await mountApp('/support/payments/unconfirmed', 'sr-Latn', {
      fetch: api.fetch,
    });
    await settle();
    expect(wrapper.get('h1').text()).toBe('Nepotvrđene uplate');
    expect(text('unconfirmed-lead')).toBe(
      'Uplate preko portala koje nijedan izvoz iz regiona nije potvrdio za 3 dana.',
    );
    const row = text('unconfirmed-0196a3c2-7d4e-7f00-8000-000000000701')!;
    expect(row).toContain('P-2026-000123');
    expect(row).toContain('3001234567');
    expect(row).toContain('01.12.2026.');

    payments = [];
    await router.push('/support');
    await router.push('/support/payments/unconfirmed');
    await settle();
    expect(text('unconfirmed-none')).toBe('Sve uplate preko portala potvrđene su na vreme.');
    wrapper.unmount();
  });
});
