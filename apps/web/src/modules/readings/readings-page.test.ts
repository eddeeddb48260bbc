import type { ReadingsResponse, SelfReading } from '@portal/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, sessionAnswer, settle } from '../../testing/mount-app.js';

const pointId = '0196a3c2-7d4e-7f00-8000-0000000000a1';
const url = `/api/metering-points/${pointId}/readings`;

const facts = (selfReadings: SelfReading[] = []): ReadingsResponse => ({
  registers: ['vt', 'nt'],
  meter: { serialNumber: 'M100200', digits: 6 },
  lastReading: { readOn: '2026-11-01', vt: 11_000, nt: 5_500, single: null, source: 'record' },
  selfReadings,
});

const stored: SelfReading = {
  id: '0196a3c2-7d4e-7f00-8000-0000000000b1',
  readOn: '2026-12-05',
  vt: 12_000,
  nt: 5_500,
  single: null,
  confirmed: true,
  submittedAt: '2026-12-05T08:00:00.000Z',
  status: 'accepted',
};

const withPlausibility = (status: number, code: string, plausibility: object) =>
  new Response(JSON.stringify({ type: 'about:blank', title: code, status, code, plausibility }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

/** The API of a logged-in customer; `answer` decides each POST of a reading by its body. */
function fakeApi(answer: (body: Record<string, unknown>) => Response) {
  const posted: Record<string, unknown>[] = [];
  let history: SelfReading[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input).split('?')[0]!;
    const session = sessionAnswer(path);
    if (session) return session;
    if (path === '/api/clock') return jsonResponse({ today: '2026-12-07', now: '2026-12-07T08:00:00.000Z' });
    if (path === url && init?.method === 'POST') {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      posted.push(body);
      const response = answer(body);
      if (response.status === 201) history = [stored];
      return response;
    }
    if (path === url) return jsonResponse(facts(history));
    return problem(404, 'NOT_FOUND');
  };
  return { fetch, posted };
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

const find = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const text = (testid: string) => find(testid)?.textContent ?? '';

function type(testid: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"] input`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function fill(vt: string, nt: string) {
  await until(() => find('reading-form') !== null);
  type('reading-date', '2026-12-05');
  type('reading-vt', vt);
  type('reading-nt', nt);
  await settle();
}

describe('the self-reading form', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows why a reading needs confirming, and sends it confirmed on request', async () => {
    const api = fakeApi((body) =>
      body.confirm
        ? jsonResponse(stored, 201)
        : withPlausibility(409, 'READING_NEEDS_CONFIRMATION', {
            reason: 'far_above_expected',
            consumedKwh: 1_000,
            expectedKwh: 500,
            limitKwh: 900,
            days: 34,
          }),
    );
    const { wrapper } = await mountApp(`/metering-points/${pointId}/readings`, 'en', { fetch: api.fetch });
    await until(() => text('reading-last').includes('Last reading'));
    expect(text('reading-last')).toContain('11,000 kWh');
    await fill('12000', '5500');
    find('reading-send')!.click();
    await until(() => find('reading-confirm') !== null);
    expect(text('reading-confirm')).toContain('1,000 kWh in 34 days');
    expect(text('reading-confirm')).toContain('about 500 kWh');
    expect(api.posted).toEqual([{ readOn: '2026-12-05', vt: 12_000, nt: 5_500 }]);

    find('reading-confirm-send')!.click();
    await until(() => find('reading-accepted') !== null);
    expect(api.posted[1]).toEqual({ readOn: '2026-12-05', vt: 12_000, nt: 5_500, confirm: true });
    await until(() => text('reading-history').includes('Self-reading, accepted'));
    expect(text('reading-history')).toContain('confirmed by you');
    wrapper.unmount();
  });

  it('shows a refusal with the register and the last value, and sends no confirmation', async () => {
    const api = fakeApi(() =>
      withPlausibility(422, 'READING_REFUSED', {
        reason: 'below_last_reading',
        register: 'nt',
        lastValue: 5_500,
        lastReadOn: '2026-11-01',
      }),
    );
    const { wrapper } = await mountApp(`/metering-points/${pointId}/readings`, 'en', { fetch: api.fetch });
    await fill('11100', '5400');
    find('reading-send')!.click();
    await until(() => find('reading-refused') !== null);
    expect(text('reading-refused')).toContain(
      'NT (lower tariff) is lower than at the last reading (5,500 kWh',
    );
    expect(find('reading-confirm-send')).toBeNull();
    expect(text('reading-history')).toBe('');
    wrapper.unmount();
  });

  it('asks for whole numbers before sending anything', async () => {
    const api = fakeApi(() => jsonResponse(stored, 201));
    const { wrapper } = await mountApp(`/metering-points/${pointId}/readings`, 'en', { fetch: api.fetch });
    await fill('11100.5', '');
    find('reading-send')!.click();
    await settle();
    expect(api.posted).toEqual([]);
    expect(text('reading-form')).toContain('Enter the whole number of kWh the meter shows.');
    wrapper.unmount();
  });
});
