import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from './client.js';

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
});
