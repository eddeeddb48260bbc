// The overview, contracts, metering point and bill pages through the browser: the demo household links
// its second contract and sees both regions with the balances the API gives, opens a bill, reads an
// explanation and downloads the PDF; the demo business searches, filters and pages its 60 metering points.
import { readFile } from 'node:fs/promises';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withPortal } from '../support/app.js';
import { accessibilityViolations, screenshot } from '../support/browser.js';

const portal = withPortal();

const password = 'Demo#2026!';
const desktop = { width: 1366, height: 900 };
const phone = { width: 360, height: 780 };

interface ListAnswer {
  items: { id: string; edNumber: string; balance: string; region: { id: string } }[];
  total: number;
  totalToPay: string;
}

const field = (page: Page, testid: string) => page.getByTestId(testid).locator('input').first();
const isList = (response: Response) =>
  response.url().includes('/api/metering-points?') && response.request().method() === 'GET';

/** "1234.50" as the Serbian Cyrillic interface writes it. */
function dinars(amount: string): string {
  const [whole, fraction] = amount.replace('-', '').split('.');
  return `${amount.startsWith('-') ? '−' : ''}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction} дин.`;
}

async function expectAccessible(page: Page, name: string) {
  expect(await accessibilityViolations(page), name).toEqual([]);
}

/** No sideways scroll once the page has laid itself out again (charts follow a resize a frame later). */
async function noOverflowAfterResize(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
}

async function noOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Logs in and waits for the overview; answers the overview's first list response. */
async function logIn(page: Page, login: string): Promise<ListAnswer> {
  await page.goto(`${portal.app.url}/login`);
  await field(page, 'login-login').fill(login);
  await field(page, 'login-password').fill(password);
  const [response] = await Promise.all([
    page.waitForResponse(isList, { timeout: 20_000 }),
    page.getByTestId('login-submit').click(),
  ]);
  await expect.poll(() => page.getByTestId('overview-total').isVisible(), { timeout: 15_000 }).toBe(true);
  expect(new URL(page.url()).pathname).toBe('/overview');
  return (await response.json()) as ListAnswer;
}

describe('the overview of the demo household', () => {
  it('links the second contract and shows both regions with the API balances', async () => {
    const page = await (await portal.browser.newContext({ viewport: desktop })).newPage();
    const before = await logIn(page, 'demo.household');
    expect(before.total).toBe(1);

    await page.getByTestId('overview-add-contract').click();
    await expect.poll(() => page.getByTestId('contract-jmbg').isVisible()).toBe(true);
    await field(page, 'contract-billing-number').fill('3045678912');
    // A wrong check digit is answered in the portal.browser, before anything is sent.
    await field(page, 'contract-jmbg').fill('1503985710038');
    await field(page, 'contract-jmbg').blur();
    await expect
      .poll(() => page.getByTestId('contract-jmbg').locator('.v-messages').textContent())
      .not.toBe('');
    // Identifiers that match no contract get one general answer that names no field.
    await field(page, 'contract-billing-number').fill('3045678913');
    await field(page, 'contract-jmbg').fill('1503985710037');
    await page.getByTestId('contract-submit').click();
    await expect.poll(() => page.getByTestId('contract-error').isVisible(), { timeout: 15_000 }).toBe(true);
    await expectAccessible(page, 'contracts not matched');
    await field(page, 'contract-billing-number').fill('3045678912');
    await page.getByTestId('contract-submit').click();
    await expect.poll(() => page.getByTestId('contract-linked').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('contract-linked').textContent()).toContain('Ниш');
    await screenshot(page, 'overview-contract-linked-sr-Cyrl-desktop');
    await expectAccessible(page, 'contracts');

    const [response] = await Promise.all([
      page.waitForResponse(isList),
      page.getByTestId('contract-to-overview').click(),
    ]);
    const list = (await response.json()) as ListAnswer;
    expect(list.total).toBe(2);
    expect(list.items.map((item) => item.region.id).sort()).toEqual(['BG', 'NI']);
    await expect
      .poll(() => page.getByTestId('overview-total-amount').textContent())
      .toContain(dinars(list.totalToPay));
    for (const item of list.items) {
      const row = page.getByTestId(`metering-point-${item.edNumber}`);
      expect(await row.locator('[data-balance]').getAttribute('data-balance')).toBe(item.balance);
      const sign = Number(item.balance);
      if (sign !== 0)
        expect(await row.locator('[data-balance]').textContent()).toContain(
          dinars(item.balance.replace('-', '')),
        );
    }
    await screenshot(page, 'overview-household-sr-Cyrl-desktop');
    await expectAccessible(page, 'overview desktop');

    // The weekend house gets a nickname through the dialog.
    const niš = list.items.find((item) => item.region.id === 'NI')!;
    await page.getByTestId(`metering-point-${niš.edNumber}`).getByRole('button').first().click();
    await field(page, 'nickname-input').fill('Викендица');
    await Promise.all([page.waitForResponse(isList), page.getByTestId('nickname-save').click()]);
    await expect
      .poll(() => page.getByTestId(`metering-point-${niš.edNumber}`).locator('a').first().textContent())
      .toBe('Викендица');

    await page.setViewportSize(phone);
    await expect.poll(() => page.locator('.v-card[data-testid^="metering-point-"]').count()).toBe(2);
    await noOverflow(page);
    await screenshot(page, 'overview-household-sr-Cyrl-phone');
    await expectAccessible(page, 'overview phone');
    await page.setViewportSize(desktop);

    // The Belgrade metering point, its bills, one bill.
    const belgrade = list.items.find((item) => item.region.id === 'BG')!;
    await page.getByTestId(`metering-point-${belgrade.edNumber}`).locator('a').first().click();
    await expect.poll(() => page.getByTestId('metering-point-title').isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('[data-testid^="bill-"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(30);
    await screenshot(page, 'metering-point-bills-sr-Cyrl-desktop');
    await expectAccessible(page, 'metering point bills');
    await page.setViewportSize(phone);
    await noOverflow(page);
    await screenshot(page, 'metering-point-bills-sr-Cyrl-phone');
    await expectAccessible(page, 'metering point bills phone');
    await page.setViewportSize(desktop);
    await page.getByTestId('tab-details').click();
    await expect.poll(() => page.getByTestId('metering-point-details').isVisible()).toBe(true);
    await expectAccessible(page, 'metering point details');
    // E-bill only: the switch saves at once, and the details say so after a reload.
    await page.getByTestId('paperless-switch').locator('input').check();
    await expect
      .poll(() => page.getByTestId('metering-point-details').textContent())
      .toContain('само електронски');
    await page.reload();
    await page.getByTestId('tab-details').click();
    await expect.poll(() => page.getByTestId('paperless-switch').locator('input').isChecked()).toBe(true);
    await page.getByTestId('tab-bills').click();

    await page.locator('[data-testid^="bill-"] a').first().click();
    await expect
      .poll(() => page.getByTestId('bill-total-to-pay').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expect.poll(() => page.getByTestId('ips-qr').count()).toBeLessThanOrEqual(1);

    // An explanation opens by click and by keyboard, and says it is open.
    const toggles = page.getByTestId('explain-toggle');
    await toggles.first().click();
    expect(await toggles.first().getAttribute('aria-expanded')).toBe('true');
    const controls = (await toggles.first().getAttribute('aria-controls'))!;
    await expect.poll(() => page.locator(`[id="${controls}"]`).isVisible()).toBe(true);
    expect((await page.locator(`[id="${controls}"]`).textContent())?.trim().length).toBeGreaterThan(20);
    await toggles.nth(1).focus();
    await page.keyboard.press('Enter');
    expect(await toggles.nth(1).getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'bill-sr-Cyrl-desktop');
    await expectAccessible(page, 'bill');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('bill-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');

    await page.setViewportSize(phone);
    await noOverflow(page);
    await screenshot(page, 'bill-sr-Cyrl-phone');
    await expectAccessible(page, 'bill phone');

    // In English the amounts are written the English way.
    await page.setViewportSize(desktop);
    await page.getByTestId('language-menu').click();
    await page.getByTestId('lang-en').click();
    await expect
      .poll(() => page.getByTestId('bill-total-to-pay').textContent())
      .toMatch(/^RSD [\d,]+\.\d{2}$/);
    await screenshot(page, 'bill-en-desktop');
    await expectAccessible(page, 'bill en');

    // Unlinking asks first, then the contract is gone.
    await page.goto(`${portal.app.url}/contracts`);
    await page.getByTestId('contract-3045678912').getByRole('button').click();
    await page.getByTestId('unlink-confirm').click();
    await expect.poll(() => page.getByTestId('contract-3045678912').count()).toBe(0);
    expect(await page.getByTestId('contract-2034567891').count()).toBe(1);
    await page.close();
  });
});

describe('the overview of the demo business', () => {
  it('searches, filters and pages 60 metering points on the server', async () => {
    const page = await (await portal.browser.newContext({ viewport: desktop })).newPage();
    const first = await logIn(page, 'demo.business');
    expect(first.total).toBe(60);
    expect(first.items).toHaveLength(20);
    await expect.poll(() => page.getByTestId('overview-count').textContent()).toContain('1–20');
    await screenshot(page, 'overview-business-sr-Cyrl-desktop');
    await expectAccessible(page, 'business overview');

    // page 2
    let [response] = await Promise.all([
      page.waitForResponse(isList),
      page
        .getByTestId('overview-pagination')
        .locator('button', { hasText: /^\s*2\s*$/ })
        .click(),
    ]);
    expect(response.url()).toContain('page=2');
    expect(((await response.json()) as ListAnswer).items.length).toBe(20);
    await expect.poll(() => page.getByTestId('overview-count').textContent()).toContain('21–40');

    // a region filter through the select (opened first: under load the menu takes a moment to settle)
    await page.getByTestId('overview-region').click();
    const nišItem = page.locator('.v-overlay--active .v-list-item', { hasText: 'Ниш' });
    await nišItem.waitFor({ state: 'visible' });
    [response] = await Promise.all([page.waitForResponse(isList, { timeout: 60_000 }), nišItem.click()]);
    await page.keyboard.press('Escape');
    expect(response.url()).toContain('region=NI');
    expect(response.url()).toContain('page=1');
    const niš = (await response.json()) as ListAnswer;
    expect(niš.total).toBeGreaterThan(0);
    expect(niš.total).toBeLessThan(60);
    expect(niš.items.every((item) => item.region.id === 'NI')).toBe(true);

    // a search on top of it
    const query = niš.items[0]!.edNumber;
    [response] = await Promise.all([
      page.waitForResponse((r) => isList(r) && r.url().includes('q=')),
      field(page, 'overview-search').fill(query),
    ]);
    const found = (await response.json()) as ListAnswer;
    expect(found.total).toBe(1);
    await expect.poll(() => page.locator('tr[data-testid^="metering-point-"]').count()).toBe(1);
    await screenshot(page, 'overview-business-filtered-sr-Cyrl-desktop');
    await expectAccessible(page, 'business overview filtered');

    // On a phone the 60 metering points are cards with paging.
    await page.goto(`${portal.app.url}/overview?page=3`);
    await page.setViewportSize(phone);
    await expect.poll(() => page.locator('.v-card[data-testid^="metering-point-"]').count()).toBe(20);
    await expect.poll(() => page.getByTestId('overview-count').textContent()).toContain('41–60');
    await noOverflow(page);
    await screenshot(page, 'overview-business-sr-Cyrl-phone');
    await expectAccessible(page, 'business overview phone');

    // A legal entity adds a contract with PIB and company number, check digits tested as typed.
    await page.setViewportSize(desktop);
    await page.goto(`${portal.app.url}/contracts`);
    await expect.poll(() => page.getByTestId('contract-pib').isVisible()).toBe(true);
    await field(page, 'contract-pib').fill('108452176');
    await field(page, 'contract-pib').blur();
    await expect
      .poll(() => page.getByTestId('contract-pib').locator('.v-messages').textContent())
      .not.toBe('');
    await field(page, 'contract-pib').fill('108452175');
    await expect.poll(() => page.getByTestId('contract-pib').locator('.v-messages').textContent()).toBe('');
    await screenshot(page, 'contracts-business-sr-Cyrl-desktop');
    await expectAccessible(page, 'business contracts');
    await page.close();
  });
});

interface ConsumptionAnswer {
  periods: { month: string; days: number; total: number; amount: string }[];
  comparisons: { month: string; changePercent: number | null }[];
  billedMonths: { first: string; last: string } | null;
}

interface AccountAnswer {
  meteringPoints: { id: string; edNumber: string }[];
  months: { month: string; total: number; amount: string; meteringPoints: number }[];
  comparisons: { month: string; kwh: number; previousYears: [number | null, number | null] }[];
  againstLastYear: { month: string; kwh: number; lastYear: number; points: number; missing: number } | null;
}

interface CompareAnswer {
  months: string[];
  meteringPoints: { id: string; totals: (number | null)[] }[];
}

const isConsumption = (r: Response) =>
  /\/api\/metering-points\/[^/]+\/consumption(\?|$)/.test(r.url()) && r.request().method() === 'GET';
const isAccount = (r: Response) => /\/api\/consumption\?/.test(r.url()) && r.request().method() === 'GET';
const isCompare = (r: Response) => r.url().includes('/api/consumption/compare?');
/** 12345 as the Serbian interface writes it. */
const integer = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

describe('the consumption of the demo household', () => {
  it('charts, tabulates and exports three years of consumption', async () => {
    const page = await (
      await portal.browser.newContext({ viewport: desktop, acceptDownloads: true })
    ).newPage();
    const list = await logIn(page, 'demo.household');
    await page.getByTestId(`metering-point-${list.items[0]!.edNumber}`).locator('a').first().click();
    await expect.poll(() => page.getByTestId('metering-point-title').isVisible()).toBe(true);

    const [response] = await Promise.all([
      page.waitForResponse(isConsumption, { timeout: 20_000 }),
      page.getByTestId('tab-consumption').click(),
    ]);
    const consumption = (await response.json()) as ConsumptionAnswer;
    expect(consumption.periods.length).toBeGreaterThan(12);
    expect(new URL(page.url()).searchParams.get('tab')).toBe('consumption');

    // The chart (loaded with the tab) and the table with one row per billing period, newest first.
    await expect
      .poll(() => page.getByTestId('consumption-chart').locator('canvas').isVisible(), { timeout: 15_000 })
      .toBe(true);
    const rows = page.getByTestId('consumption-row');
    await expect.poll(() => rows.count()).toBe(consumption.periods.length);
    const newest = consumption.periods.at(-1)!;
    const firstRow = (await rows.first().textContent())!;
    expect(firstRow).toContain(dinars(newest.amount));
    expect(firstRow).toContain(String(newest.days));
    expect(await page.getByTestId('consumption-summary').textContent()).toMatch(/\d+%|упоредити/);
    // The range ends with the last billed month, and offers none after it (not this month, unbilled).
    const last = consumption.billedMonths!.last;
    const monthLabel = (month: string) =>
      new Intl.DateTimeFormat('sr-Cyrl-RS', { month: 'short', year: 'numeric', timeZone: 'UTC' })
        .format(new Date(`${month}-15T00:00:00Z`))
        .replace(/\.$/, '');
    expect(last).toBe(newest.month);
    await expect.poll(() => page.getByTestId('consumption-to').textContent()).toContain(monthLabel(last));
    await page.getByTestId('consumption-to').click();
    const offered = page.locator('.v-overlay--active .v-list-item');
    await expect.poll(() => offered.last().textContent()).toBe(monthLabel(last));
    await page.keyboard.press('Escape');
    const header = page.getByTestId('consumption-table').locator('thead');
    expect(await header.textContent()).toContain('Зелена зона');
    // The tab slides in: wait for the window transition to end before the picture.
    await expect.poll(() => page.locator('.v-window__container[class*="transition"]').count()).toBe(0);
    await page.waitForTimeout(400);
    await screenshot(page, 'consumption-sr-Cyrl-desktop');
    await expectAccessible(page, 'consumption');

    // By tariff, then in dinars per day: the buttons say which is chosen.
    await page.getByTestId('consumption-by-tariff').click();
    await expect.poll(() => header.textContent()).toContain('ВТ');
    expect(await header.textContent()).not.toContain('Зелена зона');
    expect(await page.getByTestId('consumption-by-tariff').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('consumption-rsd').click();
    await expect.poll(() => page.getByTestId('consumption-rsd').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('consumption-kwh').getAttribute('aria-pressed')).toBe('false');
    // in dinars by tariff: what each tariff cost, VT and NT both (and the rest), every column in view at
    // 1366 px in Cyrillic
    await expect.poll(() => header.textContent()).toContain('ВТ (виша тарифа), дин.');
    expect(await header.textContent()).toContain('НТ (нижа тарифа), дин.');
    expect(await header.textContent()).toContain('Остало (накнаде, ПДВ), дин.');
    const tableRegion = page.getByRole('region', { name: 'Табела потрошње (може се померати)' });
    expect(await tableRegion.evaluate((r) => r.scrollWidth - r.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByTestId('consumption-per-day').locator('input').check();
    expect(await page.getByTestId('consumption-chart').locator('canvas').isVisible()).toBe(true);
    await screenshot(page, 'consumption-tariff-rsd-sr-Cyrl-desktop');
    await expectAccessible(page, 'consumption by tariff in dinars');

    // The CSV: a header and one line per billing period, UTF-8 with BOM.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('consumption-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
    expect(lines.length - 1).toBe(consumption.periods.length);

    const [xml] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('consumption-espi').click(),
    ]);
    expect(xml.suggestedFilename()).toMatch(/\.xml$/);

    // A shorter range: the API is asked for it, and the table shows its periods.
    const [ranged] = await Promise.all([
      page.waitForResponse((r) => isConsumption(r) && r.url().includes('from='), { timeout: 20_000 }),
      (async () => {
        await page.getByTestId('consumption-from').click();
        await page.locator('.v-overlay--active .v-list-item').nth(2).click();
      })(),
    ]);
    const shorter = (await ranged.json()) as ConsumptionAnswer;
    expect(shorter.periods.length).toBeLessThan(consumption.periods.length);
    await expect.poll(() => rows.count()).toBe(shorter.periods.length);

    // On a phone the chart does not scroll: it shows as many months as fit, axis in view, newest first,
    // with buttons to earlier months.
    await page.setViewportSize(phone);
    await page.reload();
    const chart = page.getByTestId('consumption-chart');
    await expect.poll(() => chart.locator('canvas').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await chart.evaluate((region) => region.scrollWidth - region.clientWidth)).toBeLessThanOrEqual(0);
    const shown = Number(await chart.getAttribute('data-months'));
    expect(shown).toBeGreaterThanOrEqual(9);
    expect(shown).toBeLessThan(consumption.periods.length);
    const monthsShown = page.getByTestId('consumption-chart-window');
    const newestWindow = await monthsShown.textContent();
    await page.getByTestId('consumption-chart-earlier').click();
    await expect.poll(() => monthsShown.textContent()).not.toBe(newestWindow);
    await noOverflow(page);
    // The table scrolls sideways under its month column, which stays in view.
    const region = page.getByRole('region', { name: 'Табела потрошње (може се померати)' });
    const monthCell = region.locator('tbody th').first();
    const leftOf = async () => (await monthCell.boundingBox())!.x - (await region.boundingBox())!.x;
    const before = await leftOf();
    await region.evaluate((r) => r.scrollBy(400, 0));
    await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
    expect(Math.abs((await leftOf()) - before)).toBeLessThanOrEqual(1);
    await screenshot(page, 'consumption-sr-Cyrl-phone');
    await expectAccessible(page, 'consumption phone');

    // In English.
    await page.setViewportSize(desktop);
    await page.getByTestId('language-menu').click();
    await page.getByTestId('lang-en').click();
    await expect.poll(() => header.textContent()).toContain('Green zone');
    expect(await page.getByTestId('consumption-summary').textContent()).toMatch(/^\s*(In |No month)/);
    await screenshot(page, 'consumption-en-desktop');
    await page.close();
  });

  it('sums the account on its own page, reached from the overview card and the menu', async () => {
    const page = await (await portal.browser.newContext({ viewport: desktop })).newPage();
    const [account] = await Promise.all([
      page.waitForResponse(isAccount, { timeout: 20_000 }),
      logIn(page, 'demo.household'),
    ]);
    // The overview card: the newest month against the same month a year before, like for like, as the
    // API gives it, saying how many metering points it compares.
    const recent = (await account.json()) as AccountAnswer;
    const latest = recent.againstLastYear!;
    const card = page.getByTestId('overview-consumption-card');
    await expect.poll(() => card.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('overview-consumption-kwh').textContent()).toContain(
      `${integer(latest.kwh)} kWh`,
    );
    expect(await page.getByTestId('overview-consumption-change').textContent()).toContain(
      `${integer(latest.lastYear)} kWh`,
    );
    expect(await page.getByTestId('overview-consumption-basis').textContent()).toContain(
      `: ${latest.points}.`,
    );
    await screenshot(page, 'overview-consumption-card-sr-Cyrl-desktop');
    await expectAccessible(page, 'overview with the consumption card');

    const [response] = await Promise.all([
      page.waitForResponse(isAccount, { timeout: 20_000 }),
      page.getByTestId('overview-consumption-link').click(),
    ]);
    expect(new URL(page.url()).pathname).toBe('/consumption');
    const sum = (await response.json()) as AccountAnswer;
    expect(sum.meteringPoints).toHaveLength(1);
    expect(sum.months.length).toBeGreaterThan(12);
    const rows = page.getByTestId('consumption-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(sum.months.length);
    const newest = sum.months.at(-1)!;
    const firstRow = (await rows.first().textContent())!;
    expect(firstRow).toContain(integer(newest.total));
    expect(firstRow).toContain(dinars(newest.amount));
    await expect
      .poll(() => page.getByTestId('consumption-chart').locator('canvas').isVisible(), { timeout: 15_000 })
      .toBe(true);
    // one metering point: nothing to compare side by side
    expect(await page.getByTestId('consumption-compare').count()).toBe(0);
    await screenshot(page, 'consumption-account-sr-Cyrl-desktop');
    await expectAccessible(page, 'account consumption');

    await page.setViewportSize(phone);
    await noOverflowAfterResize(page);
    await screenshot(page, 'consumption-account-sr-Cyrl-phone');
    await expectAccessible(page, 'account consumption phone');

    // The menu leads there too.
    await page.setViewportSize(desktop);
    await page.goto(`${portal.app.url}/overview`);
    await page.getByTestId('nav-consumption').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/consumption');
    await page.close();
  });

  it('compares metering points of the demo business side by side', async () => {
    const page = await (await portal.browser.newContext({ viewport: desktop })).newPage();
    await logIn(page, 'demo.business');
    // Only the consumption page's answers: the overview's own consumption request, before the page
    // is left, has no body to read any more.
    const onConsumptionPage = () => new URL(page.url()).pathname === '/consumption';
    const [accountResponse, compareResponse] = await Promise.all([
      page.waitForResponse((r) => isAccount(r) && onConsumptionPage(), { timeout: 20_000 }),
      page.waitForResponse((r) => isCompare(r) && onConsumptionPage(), { timeout: 20_000 }),
      page.goto(`${portal.app.url}/consumption`),
    ]);
    const sum = (await accountResponse.json()) as AccountAnswer;
    expect(sum.meteringPoints.length).toBe(60);
    const rows = page.getByTestId('consumption-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(sum.months.length);
    expect((await rows.first().textContent())!).toContain(integer(sum.months.at(-1)!.total));

    // Three metering points to start with, one column each, the newest month first.
    const compare = (await compareResponse.json()) as CompareAnswer;
    expect(compare.meteringPoints).toHaveLength(3);
    const table = page.getByTestId('compare-table');
    await expect.poll(() => table.locator('[data-testid="compare-row"]').count()).toBe(compare.months.length);
    const cells = table.locator('[data-testid="compare-row"]').first().locator('td');
    for (const [i, point] of compare.meteringPoints.entries()) {
      const total = point.totals.at(-1);
      expect(await cells.nth(i).textContent()).toContain(total === null ? '—' : integer(total!));
    }
    await expect
      .poll(() => page.getByTestId('compare-chart').locator('canvas').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId('compare-chart').scrollIntoViewIfNeeded();
    await screenshot(page, 'consumption-compare-sr-Cyrl-desktop');
    await expectAccessible(page, 'compare');

    // A fourth metering point: asked for, and a fourth column.
    const [fourth] = await Promise.all([
      page.waitForResponse(isCompare, { timeout: 20_000 }),
      (async () => {
        // the field's text box, as a user opens it (the middle of the field may be a chosen point's chip)
        await page.getByRole('combobox', { name: 'Мерна места за поређење' }).click();
        await page.locator('.v-overlay--active .v-list-item').nth(3).click();
      })(),
    ]);
    expect(((await fourth.json()) as CompareAnswer).meteringPoints).toHaveLength(4);
    await page.keyboard.press('Escape');
    await expect.poll(() => table.locator('thead th').count()).toBe(5);

    await page.setViewportSize(phone);
    await noOverflowAfterResize(page);
    await page.getByTestId('compare-chart').scrollIntoViewIfNeeded();
    await screenshot(page, 'consumption-compare-sr-Cyrl-phone');
    await expectAccessible(page, 'compare phone');
    await page.close();
  });
});
