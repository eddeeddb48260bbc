import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountApp, problem, settle } from '../../testing/mount-app.js';

const salt = 'c0ffee?expires=1900000000&';
const challenge = {
  algorithm: 'SHA-256',
  challenge: createHash('sha256').update(`${salt}42`).digest('hex'),
  salt,
  signature: 'a'.repeat(64),
  maxnumber: 100,
};

function fakeApi() {
  const calls: { path: string; body?: unknown }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input);
    calls.push({ path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (path === '/api/auth/captcha')
      return new Response(JSON.stringify(challenge), { headers: { 'Content-Type': 'application/json' } });
    if (path === '/api/auth/register')
      return new Response(
        JSON.stringify({
          code: 'VALIDATION_FAILED',
          status: 400,
          errors: [
            { path: 'password', code: 'weak_password', message: 'The password does not meet the rules.' },
            { path: 'email', code: 'invalid_format', message: 'The value is not in the correct format.' },
          ],
        }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      );
    return problem(
      path.endsWith('/refresh') ? 401 : 404,
      path.endsWith('/refresh') ? 'SESSION_EXPIRED' : 'NOT_FOUND',
    );
  };
  return { fetch, calls };
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

function type(testid: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"] input`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('the registration page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('solves the captcha, shows server field errors by their fields, and the common-password answer', async () => {
    const api = fakeApi();
    const { wrapper } = await mountApp('/register', 'en', { fetch: api.fetch });
    const captcha = () => document.querySelector('[data-testid="captcha"]')!.getAttribute('data-state');
    await until(() => captcha() === 'verified');

    type('register-username', 'marko');
    type('register-email', 'marko@example.com');
    type('register-password', 'Password#2026');
    type('register-repeat-password', 'Password#2026');
    for (const id of ['register-accept-terms', 'register-accept-privacy'])
      document.querySelector<HTMLInputElement>(`[data-testid="${id}"] input`)!.click();
    await settle();
    (document.querySelector('[data-testid="register-submit"]') as HTMLElement).click();
    await until(() => api.calls.some((c) => c.path === '/api/auth/register'));
    await settle();

    const sent = api.calls.find((c) => c.path === '/api/auth/register')!.body as Record<string, unknown>;
    expect(sent).toMatchObject({ username: 'marko', personType: 'natural', locale: 'en', acceptTerms: true });
    expect(JSON.parse(atob(String(sent.captcha)))).toMatchObject({ number: 42, signature: 'a'.repeat(64) });

    const text = (testid: string) => document.querySelector(`[data-testid="${testid}"]`)!.textContent ?? '';
    expect(text('register-password')).toContain('This password is one of the most common ones');
    expect(text('register-email')).toContain('The value is not in the correct format.');
    expect(document.querySelector('[data-testid="password-rule-notCommon"]')!.getAttribute('data-met')).toBe(
      'false',
    );
    expect(document.querySelector('[data-testid="register-error"]')).toBeNull();
    // A captcha is single-use: a fresh one after the failed submit.
    await until(() => api.calls.filter((c) => c.path === '/api/auth/captcha').length === 2);

    // Another password clears the server's answer.
    type('register-password', 'Sunce#Jutro42');
    await settle();
    expect(document.querySelector('[data-testid="password-rule-notCommon"]')!.getAttribute('data-met')).toBe(
      'true',
    );
    wrapper.unmount();
  });

  it('checks the common-password rule as the user types, asking the server once they pause', async () => {
    const api = fakeApi();
    const asked: string[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      if (String(input) !== '/api/auth/password-check') return api.fetch(input, init);
      const { password } = JSON.parse(String(init!.body)) as { password: string };
      asked.push(password);
      return new Response(JSON.stringify({ common: password === 'Password#2026' }), {
        headers: { 'Content-Type': 'application/json' },
      });
    };
    const { wrapper } = await mountApp('/register', 'en', { fetch });
    await until(() => document.querySelector('[data-testid="register-password"] input') !== null);
    const rule = () =>
      document.querySelector('[data-testid="password-rule-notCommon"]')!.getAttribute('data-met');

    type('register-password', 'Password#202');
    type('register-password', 'Password#2026');
    await until(() => asked.length > 0);
    await until(() => rule() === 'false');
    // one question for the pause, none for what was typed on the way
    expect(asked).toEqual(['Password#2026']);
    document.querySelector('[data-testid="register-password"] input')!.dispatchEvent(new Event('blur'));
    await settle();
    expect(document.querySelector('[data-testid="register-password"]')!.textContent).toContain(
      'This password is one of the most common ones',
    );
    expect(api.calls.some((c) => c.path === '/api/auth/register')).toBe(false);

    type('register-password', 'Sunce#Jutro42');
    await until(() => asked.length === 2);
    await settle();
    expect(rule()).toBe('true');
    wrapper.unmount();
  }, 20_000);
});
