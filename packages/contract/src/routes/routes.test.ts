import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { declaredRoutes } from '../route-table.js';
import { binary, defineRoute, problems } from './define-route.js';
import { checkResponse, ResponseContractError } from './route-response.js';
import { queryString, routeUrl } from './route-url.js';

/** What a test route needs besides its method, path and answers. */
const about = { summary: 's', tags: [] } as const;

const noticePdf = defineRoute({
  method: 'GET',
  path: '/api/metering-points/:id/notices/:noticeId/pdf',
  summary: 'a notice',
  tags: ['notices'],
  params: z.object({ id: z.string(), noticeId: z.string() }),
  query: z.object({ locale: z.string().optional() }),
  responses: { 200: binary(), ...problems(404) },
});

describe('defineRoute', () => {
  it('fills in the defaults and freezes the declaration', () => {
    expect(noticePdf.auth).toBe('session');
    expect(noticePdf.binary).toBe(true);
    expect(Object.isFrozen(noticePdf)).toBe(true);
    expect(Object.keys(noticePdf.responses)).toEqual(['200', '404']);
  });

  it('refuses a path whose parameters the params schema does not name, and the other way round', () => {
    const spec = { ...about, method: 'GET', responses: {} } as const;
    expect(() => defineRoute({ ...spec, path: '/api/bills/:id' })).toThrow(/:id|\[id\]/);
    expect(() => defineRoute({ ...spec, path: '/api/bills', params: z.object({ id: z.string() }) })).toThrow(
      'path parameters [] but params [id]',
    );
  });

  it('tells JSON answers from files', () => {
    const json = defineRoute({ ...about, method: 'GET', path: '/api/x', responses: { 200: z.object({}) } });
    expect(json.binary).toBe(false);
  });

  it('declares each method and path of the API once', () => {
    const keys = declaredRoutes().map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('routeUrl', () => {
  it('puts each parameter, encoded, in its place and appends the query', () => {
    expect(
      routeUrl(noticePdf, { params: { id: 'a/b c', noticeId: 'ž?' }, query: { locale: 'sr-Latn' } }),
    ).toBe('/api/metering-points/a%2Fb%20c/notices/%C5%BE%3F/pdf?locale=sr-Latn');
  });

  it('refuses to build a URL with a parameter missing or empty', () => {
    expect(() => routeUrl(noticePdf, { params: { id: 'a' } })).toThrow(
      'GET /api/metering-points/:id/notices/:noticeId/pdf: no value for :noticeId',
    );
    expect(() => routeUrl(noticePdf, { params: { id: '', noticeId: 'b' } })).toThrow('no value for :id');
  });

  it('writes lists comma-separated, as the server splits them, and leaves empty values out', () => {
    expect(queryString({ page: 1, region: ['BG', 'NS'], q: '', status: undefined, overdue: false })).toBe(
      '?page=1&region=BG%2CNS&overdue=false',
    );
    expect(queryString({ region: [] })).toBe('');
    expect(queryString()).toBe('');
  });
});

describe('checkResponse', () => {
  const route = defineRoute({
    ...about,
    method: 'DELETE',
    path: '/api/things/:id',
    params: z.object({ id: z.string() }),
    responses: { 200: z.object({ revoked: z.number().int() }), 204: z.null() },
  });

  it('passes an answer the declaration allows, and a 204 without a body', () => {
    expect(() => checkResponse(route, 200, { revoked: 2 })).not.toThrow();
    expect(() => checkResponse(route, 204, undefined)).not.toThrow();
  });

  it('names the route, the status and the field of a body that does not match', () => {
    const error = (() => {
      try {
        checkResponse(route, 200, { revoked: 'two' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ResponseContractError);
    expect((error as Error).message).toMatch(
      /^DELETE \/api\/things\/:id answered 200, against its contract: .*revoked/s,
    );
  });

  it('refuses a status the declaration does not have', () => {
    expect(() => checkResponse(route, 201, {})).toThrow(
      'answered 201, against its contract: this status is not declared',
    );
  });
});
