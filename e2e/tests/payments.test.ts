// Paying through the browser: the demo business chooses two bills of two metering points, pays them by
// card on the sandbox gateway's hosted page, comes back to the order page, and finds both bills paid and
// the confirmation mail in the local mailbox; then an IPS QR code is decoded from a screenshot back to
// the payload the API gave.
import type { OpenBillsResponse, PaymentOrder } from '@portal/contract';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { withPortal } from '../support/app.js';
import { screenshot } from '../support/browser.js';
import { apiSession, desktop, expectAccessible, expectNoOverflow, logIn, phone } from '../support/portal.js';

const portal = withPortal();

const isOpenBills = (url: string) => url.includes('/api/payments/open-bills');

async function openPayPage(page: Page): Promise<OpenBillsResponse> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => isOpenBills(r.url()), { timeout: 20_000 }),
    page.goto(`${portal.app.url}/pay`),
  ]);
  return (await response.json()) as OpenBillsResponse;
}

async function check(page: Page, billNumber: string) {
  await page.getByTestId(`pay-bill-${billNumber}`).getByRole('checkbox').check();
}

describe('paying bills', () => {
  it('pays two bills of two metering points by card and shows them paid, with a confirmation mail', async () => {
    const page = await (await portal.browser.newContext({ viewport: desktop })).newPage();
    await logIn(page, portal.app.url, 'demo.business');
    const open = await openPayPage(page);
    const [first, second] = open.meteringPoints.filter((point) => point.bills.length > 0);
    const chosen = [first!.bills[0]!, second!.bills[0]!];
    await page.getByTestId('pay-card').waitFor();
    await expectAccessible(page, 'pay page, nothing chosen');
    await page.getByTestId('pay-select-none').click();
    await check(page, chosen[0]!.number);
    await check(page, chosen[1]!.number);
    const expected = (Number(chosen[0]!.open) + Number(chosen[1]!.open)).toFixed(2);
    await expect
      .poll(() => page.getByTestId('pay-quote-charged').textContent(), { timeout: 10_000 })
      .toMatch(/\d/);
    await screenshot(page, 'pay-sr-Cyrl-desktop');
    await expectAccessible(page, 'pay page');

    // the card form is the gateway's page, on another origin
    await page.getByTestId('pay-card').click();
    await page.waitForURL((url) => !url.href.startsWith(portal.app.url), { timeout: 20_000 });
    // it names the bills paid, not the portal's order number
    for (const bill of chosen) await expect.poll(() => page.content()).toContain(bill.number);
    await page.locator('#cardNumber').fill('4111 1111 1111 1111');
    await page.locator('#expiry').fill('12/30');
    await page.locator('#cvv').fill('123');
    await page.locator('#cardholder').fill('PEKARA MORAVA');
    await screenshot(page, 'gateway-payment-page');
    await page.locator('form button[type=submit]').first().click();

    await page.waitForURL((url) => url.href.startsWith(`${portal.app.url}/payments/orders/`), {
      timeout: 20_000,
    });
    await expect
      .poll(() => page.getByTestId('order-status').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('paid');
    // back on the origin the portal printed and logged in there: the order is read with the session
    expect(new URL(page.url()).origin).toBe(new URL(portal.app.url).origin);
    expect(page.url()).not.toContain('/login');
    await screenshot(page, 'payment-paid-sr-Cyrl-desktop');
    await expectAccessible(page, 'order page');

    const orderId = new URL(page.url()).pathname.split('/').pop()!;
    const api = await apiSession(portal.app.url, 'demo.business');
    const order = await api<PaymentOrder>(`/api/payments/orders/${orderId}`);
    expect(order).toMatchObject({ status: 'paid', amount: expected });
    expect(order.allocations.map((a) => a.billId).sort()).toEqual(chosen.map((bill) => bill.id).sort());
    const stillOpen = (await api<OpenBillsResponse>('/api/payments/open-bills')).meteringPoints.flatMap(
      (point) => point.bills.map((bill) => bill.id),
    );
    for (const bill of chosen) expect(stillOpen).not.toContain(bill.id);
    for (const bill of chosen) {
      const detail = await api<{ status: string }>(`/api/bills/${bill.id}`);
      expect(detail.status).toBe('paid');
    }

    await expect
      .poll(
        async () => {
          const list = (await (await fetch(`${portal.app.url}/api/dev/mailbox`)).json()) as {
            items: { subject: string }[];
          };
          return list.items.some((mail) => mail.subject.includes(order.number));
        },
        { timeout: 20_000 },
      )
      .toBe(true);
  });

  it('shows an IPS QR code that decodes back to the payload of the API', async () => {
    const page = await (await portal.browser.newContext({ viewport: phone })).newPage();
    await logIn(page, portal.app.url, 'demo.household');
    const open = await openPayPage(page);
    const bill = open.meteringPoints[0]!.bills[0]!;
    await page.getByTestId('pay-select-none').click();
    await check(page, bill.number);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/payments/ips'), { timeout: 20_000 }),
      page.getByTestId('pay-ips').click(),
    ]);
    const { payload } = (await response.json()) as { payload: string };
    const qr = page.getByTestId('ips-panel').getByTestId('ips-qr');
    await qr.scrollIntoViewIfNeeded();
    // The image is drawn from a data URL and the panel opens with a transition: read it once it is
    // loaded and still, as a phone's camera would.
    await qr.evaluate((img: HTMLImageElement) => img.decode());
    const decode = async () => {
      const png = PNG.sync.read(await qr.screenshot({ animations: 'disabled' }));
      return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    };
    await expect.poll(decode, { timeout: 10_000 }).toBe(payload);
    expect(payload).toContain(`|I:RSD${bill.open.replace('.', ',')}|`);
    const box = await qr.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(240);
    await screenshot(page, 'pay-ips-sr-Cyrl-phone');
    await expectNoOverflow(page);
    await expectAccessible(page, 'IPS panel phone');
  });

  it('offers to resume or cancel a card payment already started for the same bill, then pays anew', async () => {
    const page = await (await portal.browser.newContext({ viewport: desktop })).newPage();
    await logIn(page, portal.app.url, 'demo.household');
    const open = await openPayPage(page);
    const bill = open.meteringPoints[0]!.bills.at(-1)!;
    const payCard = async () => {
      await page.getByTestId('pay-select-none').click();
      await check(page, bill.number);
      await page.getByTestId('pay-card').click();
    };
    // started on the gateway's page, then left there
    await payCard();
    await page.waitForURL((url) => !url.href.startsWith(portal.app.url), { timeout: 20_000 });
    await openPayPage(page);
    await payCard();
    const alert = page.getByTestId('pay-open-orders');
    await alert.waitFor({ timeout: 20_000 });
    expect(page.url().startsWith(portal.app.url)).toBe(true);
    await screenshot(page, 'pay-open-order-sr-Cyrl-desktop');
    await expectAccessible(page, 'pay page with an open order');

    await page.getByTestId('pay-open-order-cancel').click();
    await page.getByTestId('pay-open-order-cancelled').waitFor({ timeout: 20_000 });
    await payCard();
    await page.waitForURL((url) => !url.href.startsWith(portal.app.url), { timeout: 20_000 });
    await page.close();
  });

  it('puts the business bills in order of urgency, finds them, and opens from a point with its debt chosen', async () => {
    const page = await (await portal.browser.newContext({ viewport: desktop })).newPage();
    await logIn(page, portal.app.url, 'demo.business');
    const open = await openPayPage(page);
    const points = open.meteringPoints.filter((point) => point.bills.length > 0);
    await page.getByTestId('pay-filter-shown').waitFor();
    const shownIds = () =>
      page
        .locator('[data-testid^="pay-point-check-"]')
        .evaluateAll((boxes) =>
          boxes.map((box) => box.getAttribute('data-testid')!.replace('pay-point-check-', '')),
        );
    // notices first, then overdue bills, then the rest
    const rank = (id: string) => {
      const point = open.meteringPoints.find((p) => p.id === id)!;
      return point.openNotice ? 0 : point.bills.some((bill) => bill.overdue) ? 1 : 2;
    };
    const ranks = (await shownIds()).map(rank);
    expect(ranks).toEqual([...ranks].sort());
    expect(ranks[0]).toBeLessThan(2);
    await screenshot(page, 'pay-business-sr-Cyrl-desktop');

    // by region, then by ED number
    const target = points[points.length - 1]!;
    await page.getByTestId('pay-filter-region').click();
    await page.getByRole('option', { name: target.region.name }).click();
    await expect
      .poll(async () =>
        (await shownIds()).map((id) => open.meteringPoints.find((p) => p.id === id)!.region.id),
      )
      .toSatisfy(
        (regions: string[]) => regions.length > 0 && regions.every((region) => region === target.region.id),
      );
    await page.getByTestId('pay-filter-text').locator('input').fill(target.edNumber);
    await expect.poll(shownIds).toEqual([target.id]);
    // the summary stays in view while the list scrolls
    await page.getByTestId('pay-filter-text').locator('input').fill('');
    await page.getByTestId('pay-filter-region').click();
    await page.getByRole('option').first().click();
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.getByTestId('pay-card').isVisible()).toBe(true);
    const box = await page.getByTestId('pay-card').boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y + box!.height).toBeLessThan(desktop.height);

    // "Pay" next to a point's debt on its page chooses that point's bills
    await page.goto(`${portal.app.url}/metering-points/${target.id}`);
    await Promise.all([
      page.waitForResponse((r) => isOpenBills(r.url()), { timeout: 20_000 }),
      page.getByTestId(`pay-debt-link-${target.id}`).click(),
    ]);
    await expect.poll(() => new URL(page.url()).searchParams.get('meteringPointId')).toBe(target.id);
    for (const bill of target.bills)
      await expect
        .poll(() => page.getByTestId(`pay-bill-${bill.number}`).getByRole('checkbox').isChecked())
        .toBe(true);

    await page.goto(`${portal.app.url}/pay`);
    await page.getByTestId('pay-filter-shown').waitFor();
    await page.getByTestId('language-menu').click();
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('pay-filter-shown').textContent()).toContain('Shown:');
    await screenshot(page, 'pay-business-en-desktop');
    await page.setViewportSize(phone);
    await screenshot(page, 'pay-business-en-phone');
    await expectNoOverflow(page);
    await expectAccessible(page, 'business pay page phone');
  });
});
