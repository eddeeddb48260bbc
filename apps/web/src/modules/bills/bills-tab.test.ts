import type { Locale } from '@portal/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { settle } from '../../testing/mount-app.js';
import { mountWithApi } from '../../testing/mount-with-api.js';
import BillsTab from './bills-tab.vue';

const meteringPointId = '0196a3c2-7d4e-7f00-8000-0000000000aa';

function mountTab(locale: Locale) {
  return mountWithApi(
    BillsTab,
    { meteringPointId },
    (url) =>
      url.pathname.endsWith('/bills/archive')
        ? new Response('zip', { headers: { 'Content-Type': 'application/zip' } })
        : { items: [], years: [2026, 2025, 2024] },
    locale,
  );
}

describe("the bills tab's archive button", () => {
  afterEach(() => (document.body.innerHTML = ''));

  it.each([
    ['en', 'Download 2026 bills (zip)'],
    ['sr-Cyrl', 'Преузми рачуне за 2026. (zip)'],
    ['sr-Latn', 'Preuzmi račune za 2026. (zip)'],
  ] as const)('names the year of bills it downloads (%s)', async (locale, text) => {
    const { wrapper } = mountTab(locale);
    await settle();
    expect(wrapper.get('[data-testid="bills-archive"]').text()).toBe(text);
  });

  it('downloads the year it names: with all years shown, the newest', async () => {
    const { wrapper, requested } = mountTab('en');
    await settle();
    await wrapper.get('[data-testid="bills-archive"]').trigger('click');
    await settle();
    const archive = requested.find((url) => url.pathname.endsWith('/bills/archive'))!;
    expect(archive.searchParams.get('year')).toBe('2026');
  });
});
