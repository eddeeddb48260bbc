import { describe, expect, it } from 'vitest';
import { withPortal } from '../support/app.js';
import { accessibilityViolations, screenshot } from '../support/browser.js';

const portal = withPortal();

describe('the built portal on a fresh embedded database', () => {
  it('serves the home page in Serbian Cyrillic and switches language', async () => {
    const page = await (
      await portal.browser.newContext({ viewport: { width: 1366, height: 900 } })
    ).newPage();
    await page.goto(portal.app.url);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sr-Cyrl');
    await expect.poll(() => page.locator('h1').first().textContent()).toMatch(/[\u0400-\u04FF]/);
    await screenshot(page, 'home-sr-Cyrl-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByTestId('language-menu').click();
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('h1').first().textContent()).toMatch(/^[^\u0400-\u04FF]+$/);
    await screenshot(page, 'home-en-desktop');

    // The choice is remembered.
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByTestId('language-menu').click();
    await page.getByTestId('lang-sr-Latn').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sr-Latn');
    await expect.poll(() => page.locator('h1').first().textContent()).toMatch(/^[^\u0400-\u04FF]+$/);
    await page.close();
  });

  it('fits a 360 px phone screen', async () => {
    const page = await (await portal.browser.newContext({ viewport: { width: 360, height: 780 } })).newPage();
    await page.goto(portal.app.url);
    await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'home-sr-Cyrl-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('answers health, readiness and the OpenAPI document', async () => {
    expect((await fetch(`${portal.app.url}/health`)).status).toBe(200);
    expect((await fetch(`${portal.app.url}/ready`)).status).toBe(200);
    const docs = await fetch(`${portal.app.url}/api/docs/json`);
    expect(docs.status).toBe(200);
    expect((await docs.json()).openapi).toMatch(/^3\./);
  });

  it('loaded the demo data on first start and keeps it on the next start', async () => {
    expect(portal.app.output()).toContain('demo.household');
  });
});
