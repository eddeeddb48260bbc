import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, sessionAnswer, settle } from '../../testing/mount-app.js';

function fakeApi() {
  const calls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input);
    calls.push(`${init?.method ?? 'GET'} ${path}`);
    const session = sessionAnswer(path);
    if (session) return session;
    if (path === '/api/contracts' && (init?.method ?? 'GET') === 'GET')
      return jsonResponse({ contracts: [] });
    return problem(404, 'NOT_FOUND');
  };
  return { fetch, calls };
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

const input = (testid: string) =>
  document.querySelector<HTMLInputElement>(`[data-testid="${testid}"] input`)!;
const messages = (testid: string) =>
  document.querySelector(`[data-testid="${testid}"] .v-messages`)?.textContent?.trim() ?? '';

function type(testid: string, value: string) {
  input(testid).value = value;
  input(testid).dispatchEvent(new Event('input'));
  input(testid).dispatchEvent(new Event('blur'));
}

describe('adding a contract', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('says a short JMBG and a short billing number are short, and sends nothing', async () => {
    const api = fakeApi();
    await mountApp('/contracts', 'en', { fetch: api.fetch });
    await until(() => document.querySelector('[data-testid="contract-jmbg"] input') !== null);
    type('contract-billing-number', '203456789');
    type('contract-jmbg', '150398571003');
    await settle();
    expect(messages('contract-billing-number')).toBe('Minimum number of characters: 10.');
    expect(messages('contract-jmbg')).toBe('Minimum number of characters: 13.');

    type('contract-billing-number', '20345678901');
    type('contract-jmbg', '1503985710038');
    await settle();
    expect(messages('contract-billing-number')).toBe('Maximum number of characters: 10.');
    expect(messages('contract-jmbg')).toMatch(/check digit|control/i);

    document.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await settle();
    expect(api.calls.filter((call) => call.startsWith('POST /api/contracts'))).toEqual([]);
  });
});
