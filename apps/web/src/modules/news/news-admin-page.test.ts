import type { NewsAdminItem } from '@portal/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, settle } from '../../testing/mount-app.js';
import { mountWithApi } from '../../testing/mount-with-api.js';
import NewsAdminPage from './news-admin-page.vue';

const id = '018c0000-0000-7000-8000-000000000010';
const item: NewsAdminItem = {
  id,
  kind: 'price',
  regionId: null,
  titleSrCyrl: 'Нове цене',
  titleEn: 'New prices',
  bodySrCyrl: 'Од 1. јануара.',
  bodyEn: 'From 1 January.',
  publishedAt: '2020-01-01T08:00:00.000Z',
  expiresAt: '2099-01-01T08:00:00.000Z',
  createdById: '018c0000-0000-7000-8000-000000000099',
  mailing: { requestedAt: null, queued: 0, finishedAt: null },
};

async function mountPage() {
  const requests: { method: string; url: string; body: unknown }[] = [];
  const { wrapper } = mountWithApi(NewsAdminPage, {}, (url, init) => {
    const method = init?.method ?? 'GET';
    requests.push({
      method,
      url: url.pathname,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    if (url.pathname === '/api/regions')
      return { regions: [{ id: 'BG', name: 'Београд', nameLatin: 'Beograd' }] };
    if (method === 'GET') return { news: [item] };
    return method === 'POST' && url.pathname === '/api/support/news' ? jsonResponse(item, 201) : item;
  });
  await settle();
  return { wrapper, requests };
}

afterEach(() => vi.unstubAllGlobals());

describe('the supervisor news page', () => {
  it('lists the announcements with state and e-mailing, and writes a new one in both languages', async () => {
    const { wrapper, requests } = await mountPage();
    const card = wrapper.get(`[data-testid="admin-news-${id}"]`);
    expect(card.text()).toContain('Нове цене / New prices');
    expect(card.text()).toContain('Price change');
    expect(card.text()).toContain('Not e-mailed');

    const fill = (testid: string, tag: string, value: string) =>
      wrapper.get(`[data-testid="${testid}"] ${tag}`).setValue(value);
    await fill('news-title-sr', 'input', 'Искључење');
    await fill('news-body-sr', 'textarea', 'Радови.');
    await fill('news-title-en', 'input', 'Outage');
    await fill('news-body-en', 'textarea', 'Works.');
    await wrapper.get('[data-testid="news-form"]').trigger('submit');
    await settle();
    const created = requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/support/news'));
    expect(created?.body).toMatchObject({
      kind: 'outage',
      regionId: null,
      titleSrCyrl: 'Искључење',
      bodySrCyrl: 'Радови.',
      titleEn: 'Outage',
      bodyEn: 'Works.',
    });
    wrapper.unmount();
  });

  it('sends by e-mail after a confirmation', async () => {
    const { wrapper, requests } = await mountPage();
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    await wrapper.get(`[data-testid="send-${id}"]`).trigger('click');
    await settle();
    expect(confirm).toHaveBeenCalledOnce();
    expect(requests.some((r) => r.method === 'POST' && r.url.endsWith(`/api/support/news/${id}/send`))).toBe(
      true,
    );
    wrapper.unmount();
  });
});
