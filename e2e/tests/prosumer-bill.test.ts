// The demo prosumer (solar panels, net metering) opens a bill: the taken / delivered / net table with its
// explanation, line 7 with its own, in Cyrillic and in English, on a desktop and a phone.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPortal } from '../support/app.js';
import { screenshot } from '../support/browser.js';
import { apiSession, desktop, expectAccessible, expectNoOverflow, logIn, phone } from '../support/portal.js';

const portal = withPortal();

let billId: string;

beforeAll(async () => {
  const api = await apiSession(portal.app.url, 'demo.prosumer');
  const points = await api<{ items: { id: string }[] }>('/api/metering-points?page=1&pageSize=10');
  const bills = await api<{ items: { id: string }[] }>(`/api/metering-points/${points.items[0]!.id}/bills`);
  billId = bills.items[0]!.id;
});

async function chooseLanguage(page: Page, locale: 'en' | 'sr-Cyrl') {
  await page.getByTestId('language-menu').click();
  await page.getByTestId(`lang-${locale}`).click();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale);
}

describe('a prosumer bill', () => {
  it('shows energy taken, delivered and net, and explains line 7', async () => {
    const page = await (await portal.browser.newContext({ viewport: desktop })).newPage();
    await logIn(page, portal.app.url, 'demo.prosumer');
    await page.goto(`${portal.app.url}/bills/${billId}`);
    const table = page.getByTestId('net-metering');
    await expect.poll(() => table.isVisible(), { timeout: 15_000 }).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'prosumer-bill-sr-Cyrl-desktop');
    expect(await table.innerText()).toMatch(/Преузето[\s\S]*Испоручено[\s\S]*ВТ/);
    expect(await page.getByTestId('distribution-access-as-billed').innerText()).toContain('ставка 7');
    // The NS export is ISO-8859-2: its line descriptions arrive in Latin script.
    const line7 = /Трошак приступа систему за дистрибуцију|Trošak pristupa sistemu za distribuciju/;
    expect(await page.getByTestId('bill-lines').innerText()).toMatch(line7);
    await page.getByRole('button', { name: line7 }).click();
    expect(await page.getByTestId('explanation').filter({ hasText: 'Ставка 7' }).isVisible()).toBe(true);
    await expectAccessible(page, 'prosumer bill');

    await chooseLanguage(page, 'en');
    expect(await table.innerText()).toMatch(/Taken \(kWh\)[\s\S]*Delivered \(kWh\)/);
    expect(await page.getByTestId('bill-lines').innerText()).toContain('Distribution system access');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'prosumer-bill-en-desktop');

    await page.setViewportSize(phone);
    await expectNoOverflow(page);
    // on a phone every figure of a tariff is in view, the net too
    expect(await table.innerText()).toMatch(/Net, billed \(kWh\)\s+\d+/);
    await expectAccessible(page, 'prosumer bill on a phone');
    await screenshot(page, 'prosumer-bill-en-phone');
  });
});
