// The staff area in the portal.browser, end to end: the demo supervisor (TOTP code) creates a new supervisor on
// the staff page; the new supervisor logs in with the initial password, is sent to the TOTP enrolment,
// enrols and logs in again with a code; looks the demo household up by billing number, opens its
// read-only view with a reason, finds a write refused, opens a bill and its PDF, and ends the view.
// Then the customer logs in and finds that access under "Who looked at my data": the role and the
// reason's category, never the reason's text. Codes are computed for the portal's clock (GET
// /api/clock), as in mfa.test.ts. Every new staff page is checked with axe and photographed.
import { readFile } from 'node:fs/promises';
import { totpCode } from '@portal/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withPortal } from '../support/app.js';
import { screenshot } from '../support/browser.js';
import {
  demoPassword,
  desktop,
  expectAccessible,
  expectNoOverflow,
  field,
  isOverviewList,
  logIn,
} from '../support/portal.js';

const portal = withPortal();

const demoSupervisorSecret = 'DEMOSUPERVISORTOTPSECRETREVIEW22';
const tablet = { width: 820, height: 1180 };
/** Marko's linked Belgrade contract (README). */
const billingNumber = '2034567891';
const newSupervisor = 'e2e.supervisor';
/** The reason's text: staff write it, the customer must never read it. */
const reasonText = 'Пријава SR-4711: провера рачуна';

/** The portal's now, `aheadSeconds` later: the authenticator's code for that instant. */
async function codeAt(secret: string, aheadSeconds = 0): Promise<string> {
  const { now } = (await (await fetch(`${portal.app.url}/api/clock`)).json()) as { now: string };
  return totpCode(secret, new Date(new Date(now).getTime() + aheadSeconds * 1000));
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

/** The login page's first step: the password. */
async function submitPassword(page: Page, login: string, password: string) {
  await page.goto(`${portal.app.url}/login`);
  await field(page, 'login-login').fill(login);
  await field(page, 'login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** A staff login: the password, then the code; staff land on the look-up. */
async function staffLogIn(page: Page, login: string, password: string, code: () => Promise<string>) {
  await submitPassword(page, login, password);
  await expect.poll(() => page.getByTestId('login-mfa-code').isVisible(), { timeout: 15_000 }).toBe(true);
  await field(page, 'login-mfa-code').fill(await code());
  await field(page, 'login-mfa-code').press('Enter');
  await page.waitForURL(/\/support$/, { timeout: 20_000 });
}

async function logOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-logout').click();
  await expect.poll(() => page.getByTestId('app-login').isVisible(), { timeout: 15_000 }).toBe(true);
}

describe('the staff area in the browser', () => {
  it(
    'a new supervisor enrols TOTP, opens a customer by billing number with a reason, and the customer sees it',
    { timeout: 360_000 },
    async () => {
      const context = await portal.browser.newContext({ viewport: desktop, acceptDownloads: true });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      // 1. The demo supervisor creates a supervisor on the staff page.
      await staffLogIn(page, 'demo.supervisor', demoPassword, () => codeAt(demoSupervisorSecret));
      await page.getByTestId('staff-nav-/support/staff').click();
      await expect.poll(() => page.getByTestId('staff-list').isVisible(), { timeout: 15_000 }).toBe(true);
      await expectAccessible(page, 'staff management');
      await page.getByTestId('staff-create-role').click();
      await page.getByRole('option', { name: 'Супервизор' }).click();
      await field(page, 'staff-create-username').fill(newSupervisor);
      await field(page, 'staff-create-email').fill('e2e.supervisor@example.com');
      await page.getByTestId('staff-create-submit').click();
      await expect.poll(() => page.getByTestId('staff-created').isVisible(), { timeout: 15_000 }).toBe(true);
      const initialPassword = (await page.getByTestId('staff-created-password').textContent())!.trim();
      expect(initialPassword.length).toBeGreaterThanOrEqual(12);
      const row = page.getByTestId(`staff-${newSupervisor}`);
      await expect.poll(() => row.isVisible(), { timeout: 15_000 }).toBe(true);
      const newSupervisorId = (await row.locator('a').getAttribute('href'))!.split('/').pop()!;
      await expectAccessible(page, 'staff management, account created');
      // The list shows every column without scrolling sideways.
      const table = page.getByTestId('staff-list').locator('.v-table__wrapper');
      expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      await screenshot(page, 'staff-management-created-sr-Cyrl-desktop');
      await logOut(page);

      // 2. The new supervisor may only enrol TOTP, then logs in with a code.
      await submitPassword(page, newSupervisor, initialPassword);
      await page.waitForURL(/\/support\/enrol$/, { timeout: 20_000 });
      await expect.poll(() => page.getByTestId('mfa-enable').isVisible(), { timeout: 15_000 }).toBe(true);
      await expectAccessible(page, 'enrolment');
      await screenshot(page, 'staff-enrol-sr-Cyrl-desktop');
      await page.getByTestId('mfa-enable').click();
      await expect.poll(() => page.getByTestId('mfa-enrol').isVisible()).toBe(true);
      const secret = (await page.getByTestId('mfa-secret').getAttribute('data-secret'))!;
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      await expectAccessible(page, 'enrolment, the key');
      await screenshot(page, 'staff-enrol-key-sr-Cyrl-desktop');
      await field(page, 'mfa-confirm-code').fill(await codeAt(secret));
      await field(page, 'mfa-confirm-code').press('Enter');
      await expect
        .poll(() => page.getByTestId('mfa-recovery-codes').isVisible(), { timeout: 10_000 })
        .toBe(true);
      await page.getByTestId('mfa-recovery-done').click();
      await page.getByTestId('enrol-continue').click();
      await page.waitForURL(/\/support$/, { timeout: 20_000 });
      await logOut(page);
      // The confirming code's time step is used up: the authenticator's next one.
      await staffLogIn(page, newSupervisor, initialPassword, () => codeAt(secret, 30));

      // 3. The look-up by billing number, at desktop and tablet width.
      await field(page, 'lookup-q').fill(billingNumber);
      await field(page, 'lookup-q').press('Enter');
      const results = page.getByTestId('lookup-results').locator(':scope > li');
      await expect.poll(() => results.count(), { timeout: 15_000 }).toBe(1);
      expect(await results.first().textContent()).toContain(billingNumber);
      await expectAccessible(page, 'look-up');
      await screenshot(page, 'staff-lookup-sr-Cyrl-desktop');
      await page.setViewportSize(tablet);
      await expectNoOverflow(page);
      await expectAccessible(page, 'look-up tablet');
      await screenshot(page, 'staff-lookup-sr-Cyrl-tablet');
      await page.setViewportSize(desktop);

      // Opening the view asks why.
      await results.first().getByTestId('lookup-open').click();
      await page.waitForURL(/\/support\/customers\/[^/?]+/, { timeout: 15_000 });
      const customerId = pathOf(page).split('/').pop()!;
      await expect.poll(() => page.getByTestId('open-view-form').isVisible()).toBe(true);
      await expectAccessible(page, 'open view');
      await screenshot(page, 'staff-open-view-sr-Cyrl-desktop');
      await field(page, 'open-view-reason').fill(reasonText);
      const [list] = await Promise.all([
        page.waitForResponse(isOverviewList, { timeout: 20_000 }),
        page.getByTestId('open-view-submit').click(),
      ]);
      expect(list.request().headers()['x-support-access']).toBeTruthy();
      const { items } = (await list.json()) as { items: { edNumber: string }[] };
      expect(items.length).toBeGreaterThan(0);

      // 4. The customer's own pages, framed, read-only.
      await expect.poll(() => page.getByTestId('overview-total').isVisible(), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => page.getByTestId('staff-view-banner').isVisible()).toBe(true);
      expect(pathOf(page)).toBe('/overview');
      await expectAccessible(page, 'framed overview');
      await screenshot(page, 'staff-view-overview-sr-Cyrl-desktop');

      // A write is refused, and the dialog says why.
      const point = page.getByTestId(`metering-point-${items[0]!.edNumber}`);
      await point.getByRole('button').first().click();
      await field(page, 'nickname-input').fill('Из подршке');
      const [refused] = await Promise.all([
        page.waitForResponse(
          (r) => r.request().method() !== 'GET' && r.url().includes('/api/metering-points/'),
        ),
        page.getByTestId('nickname-save').click(),
      ]);
      expect(refused.status()).toBe(403);
      await expect
        .poll(() => page.getByTestId('nickname-input').locator('.v-messages').textContent())
        .toContain('само за читање');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('nickname-input').count()).toBe(0);

      // A bill and its PDF.
      await point.locator('a').first().click();
      await expect
        .poll(() => page.locator('[data-testid^="bill-"] a').count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
      await page.locator('[data-testid^="bill-"] a').first().click();
      await expect
        .poll(() => page.getByTestId('bill-total-to-pay').isVisible(), { timeout: 15_000 })
        .toBe(true);
      await expect.poll(() => page.getByTestId('staff-view-banner').isVisible()).toBe(true);
      await expectAccessible(page, 'framed bill');
      await screenshot(page, 'staff-view-bill-sr-Cyrl-desktop');
      const [pdf, download] = await Promise.all([
        page.waitForResponse((r) => /\/api\/bills\/[^/]+\/pdf$/.test(new URL(r.url()).pathname)),
        page.waitForEvent('download'),
        page.getByTestId('bill-pdf').click(),
      ]);
      expect(pdf.status()).toBe(200);
      expect(pdf.request().headers()['x-support-access']).toBeTruthy();
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const bytes = await readFile((await download.path())!);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');

      // Ending the view goes back to the look-up; the banner is gone.
      await page.getByTestId('staff-view-end').click();
      await page.waitForURL(/\/support$/, { timeout: 15_000 });
      await expect.poll(() => page.getByTestId('staff-view-banner').count()).toBe(0);
      await logOut(page);
      expect(pageErrors).toEqual([]);
      await context.close();

      // 5. The customer sees who looked, why (the category), and what was read.
      const customer = await (await portal.browser.newContext({ viewport: desktop })).newPage();
      await logIn(customer, portal.app.url, 'demo.household');
      await customer.goto(`${portal.app.url}/account`);
      const views = customer.locator('[data-testid="access-log-entry"][data-kind="view"]');
      await expect.poll(() => views.count(), { timeout: 15_000 }).toBe(1);
      const entry = views.first();
      await entry.scrollIntoViewIfNeeded();
      expect(await entry.getByTestId('access-log-staff').textContent()).toContain('Руководилац подршке');
      expect(await entry.locator('.staff-id').getAttribute('title')).toBe(newSupervisorId);
      expect(await entry.getByTestId('access-log-reason').textContent()).toContain('Ваш захтев (пријава)');
      expect(await entry.getByTestId('access-log-viewed').textContent()).toContain('рачуни у PDF-у');
      const log = (await customer.locator('#access-log').textContent())!;
      expect(log).not.toContain('SR-4711');
      expect(log).not.toContain(newSupervisor);
      expect(log).not.toContain(customerId);
      await expectAccessible(customer, 'access log');
      // a full-page photograph scrolled down draws the fixed app bar mid-page
      await customer.evaluate(() => window.scrollTo(0, 0));
      await screenshot(customer, 'staff-access-log-sr-Cyrl-desktop');
      await customer.context().close();
    },
  );
});
