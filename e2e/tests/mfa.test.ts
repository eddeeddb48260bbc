// Two-factor login (TOTP) in the browser: a customer turns it on on the account page (QR, key, a code,
// the recovery codes shown once), logs out, logs in again with a code computed here from the key, and
// turns it off with a recovery code. Codes are computed for the portal's clock (GET /api/clock), not
// this machine's, so the test holds when the portal runs with CLOCK_START. Every new screen is checked
// with axe and photographed in the three languages.
import { totpCode } from '@portal/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withPortal } from '../support/app.js';
import { screenshot } from '../support/browser.js';
import { desktop, expectAccessible, expectNoOverflow, field, logIn, phone } from '../support/portal.js';

const portal = withPortal();

const locales = ['sr-Cyrl', 'sr-Latn', 'en'] as const;

/** The portal's now, `aheadSeconds` later: the authenticator's code for that instant. */
async function codeAt(secret: string, aheadSeconds = 0): Promise<string> {
  const { now } = (await (await fetch(`${portal.app.url}/api/clock`)).json()) as { now: string };
  return totpCode(secret, new Date(new Date(now).getTime() + aheadSeconds * 1000));
}

async function chooseLanguage(page: Page, locale: (typeof locales)[number]) {
  await page.getByTestId('language-menu').click();
  await page.getByTestId(`lang-${locale}`).click();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale);
}

/** Axe and a photograph in each language, ending in the first (the page's own). */
async function checkInEveryLanguage(page: Page, name: string) {
  for (const locale of [...locales.slice(1), locales[0]]) {
    await chooseLanguage(page, locale);
    await expectAccessible(page, `${name} ${locale}`);
    await expectNoOverflow(page);
    await screenshot(page, `${name}-${locale}`);
  }
}

describe('two-factor login in the browser', () => {
  it(
    'enrols TOTP on the account page, logs in with a code, and turns it off',
    { timeout: 300_000 },
    async () => {
      const context = await portal.browser.newContext({ viewport: desktop });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      await logIn(page, portal.app.url, 'demo.household');
      await page.goto(`${portal.app.url}/account`);
      const section = page.getByTestId('two-factor');
      await expect.poll(() => section.isVisible(), { timeout: 15_000 }).toBe(true);
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'mfa-account-off');

      // Enrol: the QR code and the key; the keyboard reaches the button.
      await page.getByTestId('mfa-enable').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('mfa-enrol').isVisible()).toBe(true);
      const secret = (await page.getByTestId('mfa-secret').getAttribute('data-secret'))!;
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(await page.locator('#two-factor img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      await checkInEveryLanguage(page, 'mfa-enrol');

      // A wrong code says so and changes nothing.
      const right = await codeAt(secret);
      await field(page, 'mfa-confirm-code').fill(right === '000000' ? '111111' : '000000');
      await page.getByTestId('mfa-confirm').click();
      await expect.poll(() => page.getByTestId('mfa-confirm-error').isVisible()).toBe(true);

      await field(page, 'mfa-confirm-code').fill(await codeAt(secret));
      await field(page, 'mfa-confirm-code').press('Enter');
      const codes = page.getByTestId('mfa-recovery-codes').locator('li');
      await expect.poll(() => codes.count(), { timeout: 10_000 }).toBe(10);
      const recoveryCodes = await codes.allInnerTexts();
      await checkInEveryLanguage(page, 'mfa-recovery-codes');
      await page.getByTestId('mfa-recovery-done').click();
      await expect.poll(() => page.getByTestId('mfa-recovery').count()).toBe(0);
      await expect.poll(() => page.getByTestId('mfa-disable-form').isVisible()).toBe(true);
      await screenshot(page, 'mfa-account-on');

      // Log out, then in again: the password, then the code.
      await page.getByTestId('user-menu').click();
      await page.getByTestId('user-menu-logout').click();
      await expect.poll(() => page.getByTestId('app-login').isVisible()).toBe(true);
      await page.goto(`${portal.app.url}/login`);
      await field(page, 'login-login').fill('demo.household');
      await field(page, 'login-password').fill('Demo#2026!');
      await page.getByTestId('login-submit').click();
      await expect.poll(() => page.getByTestId('login-mfa-code').isVisible(), { timeout: 15_000 }).toBe(true);
      await checkInEveryLanguage(page, 'mfa-login-step');
      // The confirming code's time step is used up: the authenticator's next one.
      await field(page, 'login-mfa-code').fill(await codeAt(secret, 30));
      await field(page, 'login-mfa-code').press('Enter');
      await page.waitForURL(/\/overview$/, { timeout: 20_000 });

      // Off again, proven by a recovery code.
      await page.goto(`${portal.app.url}/account`);
      await expect
        .poll(() => page.getByTestId('mfa-disable-form').isVisible(), { timeout: 15_000 })
        .toBe(true);
      await field(page, 'mfa-disable-code').fill(recoveryCodes[0]!);
      await page.getByTestId('mfa-disable').click();
      await expect.poll(() => page.getByTestId('mfa-enable').isVisible()).toBe(true);
      await expectAccessible(page, 'account with TOTP off');

      expect(pageErrors).toEqual([]);
      await context.close();
    },
  );

  it('fits a phone: the enrolment', { timeout: 120_000 }, async () => {
    const context = await portal.browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await logIn(page, portal.app.url, 'demo.business');
    await page.goto(`${portal.app.url}/account`);
    await page.getByTestId('mfa-enable').click();
    await expect.poll(() => page.getByTestId('mfa-enrol').isVisible(), { timeout: 15_000 }).toBe(true);
    await expectNoOverflow(page);
    await page.getByTestId('mfa-enrol').scrollIntoViewIfNeeded();
    await screenshot(page, 'mfa-enrol-phone');
    await context.close();
  });
});
