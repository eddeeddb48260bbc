import type { NewsListResponse } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { problem, settle } from '../../testing/mount-app.js';
import { mountWithApi } from '../../testing/mount-with-api.js';
import NewsCards from './news-cards.vue';

const outage = '018c0000-0000-7000-8000-000000000001';
const feature = '018c0000-0000-7000-8000-000000000002';
const seen = '018c0000-0000-7000-8000-000000000003';
const item = (id: string, kind: 'outage' | 'feature', title: string, read = false) => ({
  id,
  kind,
  regionId: kind === 'outage' ? 'BG' : null,
  title,
  body: 'Line one.\nLine two.',
  publishedAt: '2026-12-01T08:00:00.000Z',
  expiresAt: '2026-12-31T08:00:00.000Z',
  read,
});

async function mountCards(list: NewsListResponse, markStatus = 200) {
  const calls: string[] = [];
  const { wrapper } = mountWithApi(NewsCards, {}, (url, init) => {
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    if (!url.pathname.endsWith('/read')) return list;
    return markStatus === 200 ? { id: outage, read: true } : problem(markStatus, 'NOT_FOUND');
  });
  await settle();
  return { wrapper, requested: calls };
}

describe('the overview news cards', () => {
  it('shows the unread announcements in a labelled region, each with its heading and kind', async () => {
    const { wrapper } = await mountCards({
      news: [
        item(outage, 'outage', 'Outage in Zemun'),
        item(feature, 'feature', 'E-bills'),
        item(seen, 'feature', 'Old', true),
      ],
    });
    const region = wrapper.get('[data-testid="news-cards"]');
    expect(region.attributes('role')).toBe('region');
    expect(region.attributes('aria-labelledby')).toBe('news-title');
    expect(wrapper.get('#news-title').text()).toBe('News');
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(['Outage in Zemun', 'E-bills']);
    expect(wrapper.get(`[data-testid="news-${outage}"]`).text()).toContain('Planned outage');
    const card = wrapper.get(`[data-testid="news-${outage}"]`);
    expect(card.element.tagName).toBe('ARTICLE');
    expect(card.attributes('aria-labelledby')).toBe(`news-heading-${outage}`);
    expect(card.classes()).toContain('text-warning');
    expect(wrapper.find(`[data-testid="news-${seen}"]`).exists()).toBe(false);
    wrapper.unmount();
  });

  it('dismisses an announcement with "mark as read"', async () => {
    const { wrapper, requested } = await mountCards({
      news: [item(outage, 'outage', 'Outage in Zemun'), item(feature, 'feature', 'E-bills')],
    });
    const button = wrapper.get(`[data-testid="news-read-${outage}"]`);
    expect(button.attributes('aria-label')).toBe('Mark as read: Outage in Zemun');
    await button.trigger('click');
    await settle();
    expect(requested).toContain(`POST /api/news/${outage}/read`);
    expect(wrapper.find(`[data-testid="news-${outage}"]`).exists()).toBe(false);
    expect(wrapper.find(`[data-testid="news-${feature}"]`).exists()).toBe(true);
    wrapper.unmount();
  });

  it('keeps the card and says so when marking fails; shows nothing without unread news', async () => {
    const failing = await mountCards({ news: [item(outage, 'outage', 'Outage in Zemun')] }, 404);
    await failing.wrapper.get(`[data-testid="news-read-${outage}"]`).trigger('click');
    await settle();
    expect(failing.wrapper.find(`[data-testid="news-${outage}"]`).exists()).toBe(true);
    expect(failing.wrapper.get('[role="alert"]').text()).toContain('could not be marked');
    failing.wrapper.unmount();

    const empty = await mountCards({ news: [item(seen, 'feature', 'Old', true)] });
    expect(empty.wrapper.find('[data-testid="news-cards"]').exists()).toBe(false);
    empty.wrapper.unmount();
  });
});
