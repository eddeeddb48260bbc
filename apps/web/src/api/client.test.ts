import { describe, expect, it, vi } from 'vitest';
import { complaintsRoutes, errorMessage, paymentsRoutes, supportAccessRoutes } from '@portal/contract';
import { ApiError, createApiClient, filenameFromDisposition, unavailableRetryDelayMs } from './client.js';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

describe('the API client', () => {
  it('sends the interface language and returns the JSON body', async () => {
    const fetch = vi.fn(async () => json(200, { status: 'ok' }));
    const api = createApiClient({ locale: () => 'sr-Latn', fetch });
    await expect(api.health()).resolves.toEqual({ status: 'ok' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/health');
    expect((init.headers as Record<string, string>)['Accept-Language']).toBe('sr-Latn');
  });

  it('throws an ApiError with the problem+json code and status', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Не постоји',
      status: 404,
      code: 'NOT_FOUND',
      detail: 'Нема',
    };
    const api = createApiClient({
      locale: () => 'sr-Cyrl',
      fetch: async () => json(404, problem, 'application/problem+json'),
    });
    const error = await api.request('GET', '/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', message: 'Нема' });
  });

  it('carries the field errors of a validation problem', async () => {
    const errors = [{ path: 'email', code: 'required', message: 'Ово поље је обавезно.' }];
    const api = createApiClient({
      locale: () => 'sr-Cyrl',
      fetch: async () =>
        json(400, { title: 'Неисправни подаци', status: 400, code: 'VALIDATION_FAILED', errors }),
    });
    await expect(api.request('POST', '/api/x', { email: '' })).rejects.toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      fieldErrors: errors,
    });
  });

  it('reports unknown codes as INTERNAL and a failed connection as NETWORK', async () => {
    const odd = createApiClient({ locale: () => 'en', fetch: async () => json(500, { code: 'WHAT' }) });
    await expect(odd.health()).rejects.toMatchObject({ status: 500, code: 'INTERNAL' });
    const offline = createApiClient({
      locale: () => 'en',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(offline.health()).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('sends the access token and the CSRF header when asked, and the Retry-After of a 429', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ code: 'LOGIN_THROTTLED', status: 429 }), {
          status: 429,
          headers: { 'Retry-After': '8' },
        }),
    );
    const api = createApiClient({ locale: () => 'en', fetch });
    api.setAuth({ token: () => 'abc', renew: async () => false });
    await expect(
      api.request('POST', '/api/auth/login', {}, { auth: false, csrf: true }),
    ).rejects.toMatchObject({
      code: 'LOGIN_THROTTLED',
      retryAfter: 8,
    });
    const headers = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1].headers as Record<
      string,
      string
    >;
    expect(headers['x-portal-csrf']).toBe('1');
    expect(headers.Authorization).toBeUndefined();
    await api.request('GET', '/api/x').catch(() => undefined);
    const second = (fetch.mock.calls[1] as unknown as [string, RequestInit])[1].headers as Record<
      string,
      string
    >;
    expect(second.Authorization).toBe('Bearer abc');
    expect(second['x-portal-csrf']).toBeUndefined();
  });

  it('renews the token once on a 401 and repeats the request with the new one', async () => {
    let token = 'old';
    const fetch = vi.fn(async (_url: string, init: RequestInit) =>
      (init.headers as Record<string, string>).Authorization === 'Bearer new'
        ? json(200, { ok: true })
        : json(401, { code: 'UNAUTHORIZED' }),
    );
    const renew = vi.fn(async () => {
      token = 'new';
      return true;
    });
    const api = createApiClient({ locale: () => 'en', fetch: fetch as unknown as typeof globalThis.fetch });
    api.setAuth({ token: () => token, renew });
    await expect(api.request('GET', '/api/x')).resolves.toEqual({ ok: true });
    expect(renew).toHaveBeenCalledOnce();
    expect(fetch).toHaveBeenCalledTimes(2);

    // Not for other 401s (a wrong password), nor without a token, nor when renewing fails.
    token = 'old';
    fetch.mockImplementation(async () => json(401, { code: 'INVALID_CREDENTIALS' }));
    await expect(api.request('POST', '/api/auth/login')).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    expect(renew).toHaveBeenCalledOnce();
    renew.mockResolvedValueOnce(false);
    fetch.mockImplementation(async () => json(401, { code: 'SESSION_EXPIRED' }));
    await expect(api.request('GET', '/api/x')).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });
    expect(renew).toHaveBeenCalledTimes(2);
  });
});

describe('form uploads', () => {
  it('sends a FormData body as it is, with no JSON Content-Type, and the token', async () => {
    const fetch = vi.fn(async () => json(201, { id: 'c1' }));
    const api = createApiClient({ locale: () => 'en', fetch });
    api.setAuth({ token: () => 'T', renew: async () => false });
    const form = new FormData();
    form.append('text', 'The bill is wrong.');
    form.append('files', new Blob(['%PDF-'], { type: 'application/pdf' }), 'bill.pdf');
    await expect(api.upload(complaintsRoutes.file, form)).resolves.toEqual({ id: 'c1' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/complaints');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(form);
    const headers = init.headers as Record<string, string>;
    expect(headers['Content-Type']).toBeUndefined();
    expect(headers.Authorization).toBe('Bearer T');
  });
});

describe('file downloads', () => {
  it('reads the file name from Content-Disposition, the UTF-8 form first', () => {
    expect(
      filenameFromDisposition(
        `attachment; filename="racun-_.pdf"; filename*=UTF-8''${encodeURIComponent('рачун-2610.pdf')}`,
      ),
    ).toBe('рачун-2610.pdf');
    expect(filenameFromDisposition('attachment; filename="racuni-2026.zip"')).toBe('racuni-2026.zip');
    expect(filenameFromDisposition('attachment; filename=plain.pdf')).toBe('plain.pdf');
    expect(filenameFromDisposition(null)).toBeUndefined();
  });

  it('sends the token, renews it once after a 401 and returns the blob', async () => {
    const tokens = ['old', 'new'];
    const seen: string[] = [];
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const auth = (init.headers as Record<string, string>).Authorization ?? '';
      seen.push(auth);
      if (auth === 'Bearer old')
        return json(401, { code: 'UNAUTHORIZED', status: 401 }, 'application/problem+json');
      return new Response(new Blob(['%PDF-1.7']), {
        status: 200,
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': 'attachment; filename="bill.pdf"',
        },
      });
    });
    const api = createApiClient({ locale: () => 'en', fetch: fetch as unknown as typeof globalThis.fetch });
    api.setAuth({ token: () => tokens[0]!, renew: async () => (tokens.shift(), true) });
    const file = await api.download('/api/bills/1/pdf?locale=en');
    expect(seen).toEqual(['Bearer old', 'Bearer new']);
    expect(file.filename).toBe('bill.pdf');
    expect(await file.blob.text()).toBe('%PDF-1.7');
  });

  it('throws the problem of a failed download as an ApiError', async () => {
    const api = createApiClient({
      locale: () => 'en',
      fetch: async () => json(404, { code: 'NOT_FOUND', status: 404 }, 'application/problem+json'),
    });
    await expect(api.download('/api/bills/x/pdf')).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  describe('a 503 (the service briefly unavailable)', () => {
    const unavailable = (retryAfter?: string) =>
      new Response(
        JSON.stringify({
          title: errorMessage('SERVICE_UNAVAILABLE', 'en'),
          status: 503,
          code: 'SERVICE_UNAVAILABLE',
        }),
        {
          status: 503,
          headers: {
            'Content-Type': 'application/problem+json',
            ...(retryAfter ? { 'Retry-After': retryAfter } : {}),
          },
        },
      );

    function clientAnswering(answers: (() => Response)[]) {
      const waits: number[] = [];
      const fetch = vi.fn(async () => answers.shift()!());
      const api = createApiClient({
        locale: () => 'en',
        fetch: fetch as unknown as typeof globalThis.fetch,
        sleep: async (ms) => void waits.push(ms),
      });
      return { api, fetch, waits };
    }

    it('is ridden out for a GET: tried again after the Retry-After, then with backoff', async () => {
      const { api, fetch, waits } = clientAnswering([
        () => unavailable('5'),
        () => unavailable(),
        () => unavailable(),
        () => json(200, { items: [] }),
      ]);
      await expect(api.request('GET', '/api/metering-points')).resolves.toEqual({ items: [] });
      expect(fetch).toHaveBeenCalledTimes(4);
      expect(waits).toEqual([5000, 2000, 4000]);
    });

    it('fails with its translated message after a few tries', async () => {
      const { api, fetch } = clientAnswering(Array.from({ length: 10 }, () => () => unavailable('5')));
      const error = await api.request('GET', '/api/payments').catch((e: unknown) => e);
      expect(fetch).toHaveBeenCalledTimes(4);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
        retryAfter: 5,
        message: 'The service is briefly unavailable. Please try again in a few moments.',
      });
    });

    it('is not repeated for a POST, which the server may have half done', async () => {
      const { api, fetch } = clientAnswering([() => unavailable('5'), () => json(200, {})]);
      await expect(api.request('POST', '/api/payments/ips', {})).rejects.toMatchObject({ status: 503 });
      expect(fetch).toHaveBeenCalledTimes(1);
    });

    it('is ridden out for a download too', async () => {
      const { api, fetch } = clientAnswering([
        () => unavailable('1'),
        () =>
          new Response(new Blob(['%PDF']), { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
      ]);
      expect((await api.download('/api/bills/1/pdf')).filename).toBe('pdf');
      expect(fetch).toHaveBeenCalledTimes(2);
    });

    it('waits at least a second, doubling, never more than 8 s', () => {
      expect([0, 1, 2, 3, 4].map((attempt) => unavailableRetryDelayMs(attempt, undefined))).toEqual([
        1000, 2000, 4000, 8000, 8000,
      ]);
      expect(unavailableRetryDelayMs(0, 30)).toBe(8000);
    });
  });
});

describe("staff's view of a customer's account", () => {
  const headersOf = (call: unknown[]) => (call[1] as RequestInit).headers as Record<string, string>;

  it('sends the open access with reads by path, not with writes, and tells the store when it has ended', async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) =>
      init?.method === 'POST' ? json(403, { code: 'SUPPORT_ACCESS_INVALID' }) : json(200, { status: 'ok' }),
    );
    const api = createApiClient({ locale: () => 'en', fetch });
    const ended = vi.fn();
    api.setAuth({ token: () => 'token', renew: async () => false });
    api.setView({ accessId: () => 'access-1', ended });
    await api.request('GET', '/api/metering-points');
    expect(headersOf(fetch.mock.calls[0]!)['x-support-access']).toBe('access-1');
    await api.request('POST', '/api/payments/card', {}).catch(() => undefined);
    expect(headersOf(fetch.mock.calls[1]!)['x-support-access']).toBeUndefined();
    expect(ended).toHaveBeenCalledOnce();
    // no token, no view: a public call carries nothing of it
    await api.request('GET', '/api/reference/regions', undefined, { auth: false });
    expect(headersOf(fetch.mock.calls[2]!)['x-support-access']).toBeUndefined();
  });

  it("sends it with every call of a customer-data route, writes too (the server refuses them), and not with staff's own", async () => {
    const fetch = vi.fn(async () => json(200, {}));
    const api = createApiClient({ locale: () => 'en', fetch });
    api.setAuth({ token: () => 'token', renew: async () => false });
    api.setView({ accessId: () => 'access-1', ended: () => undefined });
    await api
      .call(paymentsRoutes.cancelOrder, { params: { id: '018c0000-0000-7000-8000-000000000001' } })
      .catch(() => undefined);
    expect(headersOf(fetch.mock.calls[0]!)['x-support-access']).toBe('access-1');
    await api
      .call(supportAccessRoutes.open, {
        params: { id: '018c0000-0000-7000-8000-000000000001' },
        body: { reason: 'INC-1' },
      })
      .catch(() => undefined);
    expect(headersOf(fetch.mock.calls[1]!)['x-support-access']).toBeUndefined();
  });
});
