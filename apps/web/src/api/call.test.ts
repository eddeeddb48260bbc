// `call` and `download` with the contract's route declarations: the URL, the body, the audience the
// declaration implies, and the check of the answer against it.
import {
  authRoutes,
  billsRoutes,
  contractsRoutes,
  meteringPointsRoutes,
  referenceRoutes,
} from '@portal/contract';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './client.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const id = '0196a3c2-7d4e-7f00-8000-000000000010';
const clock = { now: '2026-11-30T06:20:00.000Z', today: '2026-11-30' };

function client(answer: () => Response, checkResponses = true) {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => answer());
  const api = createApiClient({
    locale: () => 'en',
    fetch: fetch as unknown as typeof globalThis.fetch,
    checkResponses,
  });
  api.setAuth({ token: () => 'token-1', renew: async () => false });
  const sent = (call = 0) => {
    const [url, init] = fetch.mock.calls[call]!;
    const headers = (init?.headers ?? {}) as Record<string, string>;
    return { url, method: init?.method, body: init?.body, headers };
  };
  return { api, sent };
}

describe('call', () => {
  it('builds the URL from the path, the parameters and the query, and sends the body as JSON', async () => {
    const { api, sent } = client(() => json(200, { id, nickname: 'Кућа', paperless: false }));
    await api.call(meteringPointsRoutes.update, { params: { id }, body: { nickname: 'Кућа' } });
    expect(sent()).toMatchObject({
      url: `/api/metering-points/${id}`,
      method: 'PATCH',
      body: '{"nickname":"Кућа"}',
    });
    expect(sent().headers.Authorization).toBe('Bearer token-1');

    // The fake answers every call alike: only the URL of this one matters, not its (refused) answer.
    await api
      .call(meteringPointsRoutes.list, { query: { page: 2, region: ['BG', 'NS'], overdue: true } })
      .catch(() => {});
    expect(sent(1).url).toBe('/api/metering-points?page=2&region=BG%2CNS&overdue=true');
  });

  it('sends no access token to a public route, and the CSRF header to a cookie route', async () => {
    const { api, sent } = client(() => json(200, clock));
    await api.call(referenceRoutes.clock);
    expect(sent().headers.Authorization).toBeUndefined();

    await api.call(authRoutes.refresh).catch(() => {}); // the clock is no token: only the request matters
    expect(sent(1).headers.Authorization).toBeUndefined();
    expect(sent(1).headers['x-portal-csrf']).toBe('1');
  });

  it('returns nothing for a 204', async () => {
    const { api } = client(() => new Response(null, { status: 204 }));
    await expect(api.call(contractsRoutes.unlink, { params: { id } })).resolves.toBeUndefined();
  });

  it('throws when the answer does not match the declaration, in development and tests', async () => {
    const { api } = client(() => json(200, { now: 'later', today: '2026-11-30' }));
    await expect(api.call(referenceRoutes.clock)).rejects.toThrow(
      /^GET \/api\/clock answered 200, against its contract: .*now/s,
    );
  });

  it('takes the answer as it is when the check is off (production)', async () => {
    const { api } = client(() => json(200, { now: 'later' }), false);
    await expect(api.call(referenceRoutes.clock)).resolves.toEqual({ now: 'later' });
  });

  it('refuses a route that answers a file', async () => {
    const { api } = client(() => json(200, {}));
    // @ts-expect-error a route that answers a file is not for call (the types say so before the run does)
    await expect(api.call(billsRoutes.pdf)).rejects.toThrow(
      'GET /api/bills/:id/pdf answers a file: use download',
    );
  });
});

describe('download', () => {
  it('fetches a declared file route with its parameters and query', async () => {
    const { api, sent } = client(
      () =>
        new Response('%PDF', {
          status: 200,
          headers: { 'Content-Disposition': 'attachment; filename="r.pdf"' },
        }),
    );
    const file = await api.download(billsRoutes.pdf, { params: { id }, query: { locale: 'sr-Latn' } });
    expect(sent().url).toBe(`/api/bills/${id}/pdf?locale=sr-Latn`);
    expect(file.filename).toBe('r.pdf');
  });
});
