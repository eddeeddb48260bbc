// The demo cold store (power metering, meter constant 40) opens a bill: billing and excess power, active and
// reactive energy per tariff, no EPS zones, the lines explained in words of their layout, in Cyrillic and in
// English, on a desktop and a phone.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPortal } from '../support/app.js';
import { screenshot } from '../support/browser.js';
import { apiSession, desktop, expectAccessible, expectNoOverflow, logIn, phone } from '../support/portal.js';

const portal = withPortal();

let billId: string;

beforeAll(async () => {
  const api = await apiSession(portal.app.url, 'demo.industry');
  const points = await api<{ items: { id: string }[] }>('/api/metering-points?page=1&pageSize=10');
  const bills = await api<{ items: { id: string }[] }>(`/api/metering-points/${points.items[0]!.id}/bills`);
  // a bill with excess power: the summer peaks pass the approved 120 kW
  for (const { id } of bills.items) {
    const bill = await api<{ lines: { kind: string }[] }>(`/api/bills/${id}`);
    if (bill.lines.some((l) => l.kind === 'excess_power')) {
      billId = id;
      break;
    }
  }
});

async function chooseLanguage(page: Page, locale: 'en' | 'sr-Cyrl') {
  await page.getByTestId('language-menu').click();
  await page.getByTestId(`lang-${locale}`).click();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale);
}

describe('a power-metering bill', () => {
  it('shows power, active and reactive energy, and explains its lines', async () => {
    expect(billId).toBeDefined();
    const page = await (await portal.browser.newContext({ viewport: desktop })).newPage();
    await logIn(page, portal.app.url, 'demo.industry');
    await page.goto(`${portal.app.url}/bills/${billId}`);
    const lines = page.getByTestId('bill-lines');
    await expect.poll(() => lines.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await lines.innerText()).toMatch(
      /Обрачунска снага[\s\S]*Прекомерна снага[\s\S]*Активна енергија ВТ[\s\S]*Реактивна енергија ВТ/,
    );
    // no EPS zones on this layout (bill-readings.test.ts shows the readings times the constant: the app's
    // demo comes through the regional import, whose bills are not linked to their readings)
    expect(await page.locator('body').innerText()).not.toContain('Зона: Зелена');
    await lines.getByRole('button', { name: /Обрачунска снага/ }).click();
    const explanation = page.getByTestId('explanation').filter({ hasText: 'петнаестоминутна' });
    expect(await explanation.isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'power-metering-bill-sr-Cyrl-desktop');
    await expectAccessible(page, 'power-metering bill');

    await chooseLanguage(page, 'en');
    expect(await lines.innerText()).toMatch(
      /Billing power\s[\s\S]*Excess power\s[\s\S]*Reactive energy \(VT\)/,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'power-metering-bill-en-desktop');

    await page.setViewportSize(phone);
    await expectNoOverflow(page);
    await expectAccessible(page, 'power-metering bill on a phone');
    await screenshot(page, 'power-metering-bill-en-phone');
  });
});
