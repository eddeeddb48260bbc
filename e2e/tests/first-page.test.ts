// What the browser really downloads of JavaScript for a first visit of the landing and the login page,
// per language and compression, as Chromium counts the bytes of each script it fetched (everything the
// page loaded by the time the network is idle, dynamic imports included): the cross-check of
// apps/web/bench/first-page.mjs, which adds the same up from the build's manifest. Also: no console
// errors on those pages.
import { describe, expect, it } from 'vitest';
import { withPortal } from '../support/app.js';

const portal = withPortal();

/** The first page's budget: the goal of 150 KB gzip (README "first page"). */
const budgetKb: Record<string, number> = { '/': 150, '/login': 150 };

const vuetifyLayers = [
  'vuetify-core',
  'vuetify-components',
  'vuetify-overrides',
  'vuetify-utilities',
  'vuetify-final',
];

async function firstVisit(path: string, locale: string, encoding: 'gzip' | 'br') {
  const context = await portal.browser.newContext({ extraHTTPHeaders: { 'Accept-Encoding': encoding } });
  await context.addInitScript((l) => localStorage.setItem('portal.locale', l), locale);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // the session's restore answered 401: a visitor without a session, as expected
    if (message.type() === 'error' && !message.text().includes('status of 401')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const scripts: { url: string; encoding: string | undefined; bytes: Promise<number> }[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    scripts.push({
      url: request.url(),
      encoding: undefined,
      bytes: request.sizes().then((sizes) => sizes.responseBodySize),
    });
  });
  page.on('response', (response) => {
    const script = scripts.find((s) => s.url === response.url());
    if (script) script.encoding = response.headers()['content-encoding'];
  });
  await page.goto(`${portal.app.url}${path}`, { waitUntil: 'networkidle' });
  await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
  await page.waitForLoadState('networkidle');
  const layers = await page.evaluate(topLayers);
  const bytes = (await Promise.all(scripts.map((s) => s.bytes))).reduce((sum, b) => sum + b, 0);
  await context.close();
  if (process.env.FIRST_PAGE_FILES)
    console.log(
      path,
      locale,
      scripts.map((s) => s.url.split('/').pop()),
    );
  return { kb: bytes / 1024, files: scripts.length, errors, layers };
}

/**
 * The top cascade layers in the order the page's stylesheets first name them, which is their rank: a
 * component's stylesheet ahead of vuetify/styles would put Vuetify's reset above the components.
 */
function topLayers(): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    const top = name.split('.')[0]!;
    if (!names.includes(top)) names.push(top);
  };
  for (const sheet of Array.from(document.styleSheets))
    for (const rule of Array.from(sheet.cssRules)) {
      if (rule instanceof CSSLayerStatementRule) rule.nameList.forEach(add);
      else if (rule instanceof CSSLayerBlockRule) add(rule.name);
    }
  return names;
}

describe('the first page', () => {
  it('loads at most the budget of JavaScript, in every language, without console errors', async () => {
    const rows: string[] = [];
    const checks: (() => void)[] = [];
    for (const path of ['/', '/login'])
      for (const locale of ['sr-Cyrl', 'sr-Latn', 'en']) {
        const gzip = await firstVisit(path, locale, 'gzip');
        const brotli = await firstVisit(path, locale, 'br');
        rows.push(
          `${path.padEnd(7)} ${locale.padEnd(8)} ${String(gzip.files).padStart(3)} files ` +
            `${gzip.kb.toFixed(1).padStart(6)} KB gzip ${brotli.kb.toFixed(1).padStart(6)} KB brotli`,
        );
        checks.push(() => {
          expect(gzip.errors, `${path} ${locale}`).toEqual([]);
          expect(gzip.layers.slice(0, 5), `${path} ${locale}`).toEqual(vuetifyLayers);
          expect(gzip.kb, `${path} ${locale}`).toBeLessThanOrEqual(budgetKb[path]!);
        });
      }
    console.log(rows.join('\n'));
    for (const check of checks) check();
  });
});
