// Steps the browser tests share: signing in as a demo user, the checks every page gets (axe, no
// sideways scroll), and an API session of the same user for reading what the page should show.
import type { Page, Response } from 'playwright-core';
import { expect } from 'vitest';
import { accessibilityViolations } from './browser.js';

export const demoPassword = 'Demo#2026!';
export const desktop = { width: 1366, height: 900 };
export const phone = { width: 360, height: 780 };

/** The text input inside a Vuetify field with this test id. */
export const field = (page: Page, testid: string) => page.getByTestId(testid).locator('input').first();

export const isOverviewList = (response: Response) =>
  response.url().includes('/api/metering-points?') && response.request().method() === 'GET';

/** Logs in on the login page and waits for the overview; answers the overview's first list response. */
export async function logIn(page: Page, baseUrl: string, login: string): Promise<unknown> {
  await page.goto(`${baseUrl}/login`);
  await field(page, 'login-login').fill(login);
  await field(page, 'login-password').fill(demoPassword);
  const [response] = await Promise.all([
    page.waitForResponse(isOverviewList, { timeout: 20_000 }),
    page.getByTestId('login-submit').click(),
  ]);
  await expect.poll(() => page.getByTestId('overview-total').isVisible(), { timeout: 15_000 }).toBe(true);
  expect(new URL(page.url()).pathname).toBe('/overview');
  return response.json();
}

/**
 * Axe on the page once its transitions have ended: an element fading out (a validation message after a
 * language switch) is checked mid-fade otherwise, at a contrast it never has at rest. Two frames pass
 * first, so that a change just made (the language) has been rendered and its transitions have begun;
 * endless animations (a spinner) do not count.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  await page.waitForFunction(
    () =>
      !document.querySelector('[class*="-enter-active"], [class*="-leave-active"]') &&
      !document
        .getAnimations()
        .some(
          (animation) =>
            animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity,
        ),
    undefined,
    { timeout: 5_000 },
  );
  expect(await accessibilityViolations(page), name).toEqual([]);
}

/** No sideways scroll once the page has laid itself out again (charts follow a resize a frame later). */
export async function expectNoOverflow(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
}

/** GET/POST on the API as a demo user, outside the browser. */
export async function apiSession(baseUrl: string, login: string) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: demoPassword }),
  });
  if (!response.ok) throw new Error(`login of ${login} failed: ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return async <T>(path: string): Promise<T> => {
    const answer = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
    if (!answer.ok) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as T;
  };
}
