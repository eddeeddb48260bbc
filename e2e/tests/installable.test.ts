// The installable app: the web app manifest and its icons, the service worker that keeps the shell and
// the bills the user read, the offline page that shows them without a connection, and the cache emptied
// at logout. Through the built portal in Chromium.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withPortal } from '../support/app.js';
import { screenshot } from '../support/browser.js';
import { desktop, expectAccessible, logIn } from '../support/portal.js';

const portal = withPortal();

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  icons: { src: string; sizes: string; purpose?: string }[];
}

/** Waits until the service worker controls the page (the first visit installs it, a reload uses it). */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const keptPaths = (page: Page) =>
  page.evaluate(async () => {
    const cache = await caches.open('portal-bills-v1');
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });

describe('the installable app', () => {
  it('has a web app manifest with icons, and a service worker that is revalidated on every load', async () => {
    const response = await fetch(`${portal.app.url}/manifest.webmanifest`);
    expect(response.status).toBe(200);
    const manifest = (await response.json()) as Manifest;
    expect(manifest).toMatchObject({ short_name: 'Увид у рачун', start_url: '/', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const image = await fetch(`${portal.app.url}${icon.src}`);
      expect(image.headers.get('content-type'), icon.src).toBe('image/png');
    }
    const worker = await fetch(`${portal.app.url}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
  });

  it('shows the bills read online on the offline page without a connection, and forgets them at logout', async () => {
    const context: BrowserContext = await portal.browser.newContext({
      viewport: desktop,
      locale: 'sr-RS',
      serviceWorkers: 'allow',
    });
    const page = await context.newPage();
    try {
      await page.goto(`${portal.app.url}/`);
      await controlled(page);
      await logIn(page, portal.app.url, 'demo.household');
      // a bill and its PDF, as the user reads them
      await page.locator('[data-testid^="metering-point-"] a').first().click();
      await page.locator('[data-testid^="bill-"] a').first().click();
      await expect
        .poll(() => page.getByTestId('bill-total-to-pay').isVisible(), { timeout: 15_000 })
        .toBe(true);
      await Promise.all([page.waitForEvent('download'), page.getByTestId('bill-pdf').click()]);
      await expect
        .poll(async () => (await keptPaths(page)).filter((path) => path.endsWith('/pdf')).length)
        .toBe(1);

      await context.setOffline(true);
      await page.goto(`${portal.app.url}/offline`);
      await expect.poll(() => page.getByTestId('offline-bill').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('offline-banner').isVisible()).toBe(true);
      expect(await page.getByTestId('offline-pdf').count()).toBe(1);
      await screenshot(page, 'offline-sr-Cyrl-desktop');
      await expectAccessible(page, 'offline page');
      // any page of the portal opens offline (the shell is kept), with the way to the saved bills
      await page.goto(`${portal.app.url}/overview`);
      await expect.poll(() => page.getByTestId('offline-banner').isVisible()).toBe(true);

      // back online, the session of before is still there (its cookie was kept)
      await context.setOffline(false);
      await page.goto(`${portal.app.url}/overview`);
      await expect.poll(() => page.getByTestId('overview-total').isVisible(), { timeout: 15_000 }).toBe(true);
      await page.getByTestId('user-menu').click();
      await page.getByTestId('user-menu-logout').click();
      await expect.poll(() => keptPaths(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
