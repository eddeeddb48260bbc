// The accounts feature through the browser: register (solving the real captcha), confirm the e-mail
// with the code from the local mailbox, log in, settings (sessions, language, password, e-mail),
// log out, log in again, and a password reset by the mailed link. Every page is checked with axe and
// photographed in the three languages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withPortal } from '../support/app.js';
import { accessibilityViolations, screenshot } from '../support/browser.js';

const portal = withPortal();

const user = {
  username: 'marija.e2e',
  email: 'marija.e2e@example.com',
  newEmail: 'marija.nova@example.com',
  password: 'Plava#Reka2026',
  newPassword: 'Zelena!Livada77',
  resetPassword: 'Crvena%Zora1989',
};

const locales = ['sr-Cyrl', 'sr-Latn', 'en'] as const;
type Locale = (typeof locales)[number];

interface MailSummary {
  id: string;
  to: string;
  template: string;
}

/** The newest mail of `template` to `to` in the local mailbox, as text (waits for it to arrive). */
async function latestMail(to: string, template: string, after: Set<string> = new Set()): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const list = (await (await fetch(`${portal.app.url}/api/dev/mailbox`)).json()) as {
      items: MailSummary[];
    };
    const mail = list.items.find((m) => m.to === to && m.template === template && !after.has(m.id));
    if (mail) {
      const message = (await (await fetch(`${portal.app.url}/api/dev/mailbox/${mail.id}`)).json()) as {
        text: string;
      };
      return message.text;
    }
    if (Date.now() > deadline) throw new Error(`no ${template} mail to ${to}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function mailIds(): Promise<Set<string>> {
  const list = (await (await fetch(`${portal.app.url}/api/dev/mailbox`)).json()) as { items: MailSummary[] };
  return new Set(list.items.map((m) => m.id));
}

const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)?.[1] ?? '';

async function chooseLanguage(page: Page, locale: Locale) {
  await page.getByTestId('language-menu').click();
  await page.getByTestId(`lang-${locale}`).click();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale);
}

/** Untranslated message keys ("register.title") would show as such in the page. */
async function untranslatedKeys(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return (
    text.match(
      /\b(?:form|password|captcha|personType|userMenu|login|register|verify|forgot|reset|account|mailbox)\.[a-z][A-Za-z.]*\b/g,
    ) ?? []
  ).filter((key) => !key.includes('@'));
}

/** A full-page screenshot from the top (the fixed app bar would otherwise sit where the page was scrolled). */
async function shoot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** axe and a screenshot in every language, ending in `end`. */
async function checkPage(page: Page, name: string, end: Locale = 'sr-Cyrl') {
  for (const locale of [...locales.filter((l) => l !== end), end]) {
    await chooseLanguage(page, locale);
    await page.waitForTimeout(150);
    expect(await untranslatedKeys(page), `${name} in ${locale}`).toEqual([]);
    await shoot(page, `accounts-${name}-${locale}-desktop`);
  }
  expect(await accessibilityViolations(page), name).toEqual([]);
}

const field = (page: Page, testid: string) => page.getByTestId(testid).locator('input').first();

async function logIn(page: Page, login: string, password: string) {
  await field(page, 'login-login').fill(login);
  await field(page, 'login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('user-menu').isVisible(), { timeout: 15_000 }).toBe(true);
}

async function logOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-logout').click();
  await expect.poll(() => page.getByTestId('app-login').isVisible()).toBe(true);
}

describe('accounts in the browser', () => {
  it(
    'registers, verifies, logs in, changes settings, logs out and resets the password',
    { timeout: 300_000 },
    async () => {
      const page = await (
        await portal.browser.newContext({ viewport: { width: 1366, height: 900 } })
      ).newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      // Registration, with the password rules ticked live and the captcha solved in the browser.
      await page.goto(`${portal.app.url}/register`);
      await expect
        .poll(() => page.getByTestId('captcha').getAttribute('data-state'), { timeout: 30_000 })
        .toBe('verified');
      await field(page, 'register-username').fill(user.username);
      await field(page, 'register-email').fill(user.email);
      await field(page, 'register-password').fill('marija.e2e-X1');
      expect(await page.getByTestId('password-rule-notUsername').getAttribute('data-met')).toBe('false');
      await field(page, 'register-password').fill(user.password);
      for (const rule of [
        'minLength',
        'lowercase',
        'uppercase',
        'digit',
        'special',
        'notUsername',
        'notEmail',
      ])
        expect(await page.getByTestId(`password-rule-${rule}`).getAttribute('data-met'), rule).toBe('true');
      await field(page, 'register-repeat-password').fill(user.password);
      await page.getByTestId('register-accept-terms').locator('input').check();
      await page.getByTestId('register-accept-privacy').locator('input').check();
      await checkPage(page, 'register');
      await page.getByTestId('register-submit').click();

      // Verification with the code from the mailbox; the login is filled in from the registration.
      await page.waitForURL(/\/verify\?/);
      expect(await field(page, 'verify-login').inputValue()).toBe(user.username);
      await expect.poll(() => page.getByTestId('verify-countdown').isVisible()).toBe(true);
      expect(await page.getByTestId('verify-resend').isDisabled()).toBe(true);
      const code = codeIn(await latestMail(user.email, 'verificationCode'));
      expect(code).toMatch(/^\d{6}$/);
      await checkPage(page, 'verify');
      await field(page, 'verify-code').fill(code);
      await page.getByTestId('verify-submit').click();

      // Login: the confirmation is announced, the login is filled in.
      await page.waitForURL(/\/login\?/);
      await expect.poll(() => page.getByTestId('login-notice').isVisible()).toBe(true);
      await field(page, 'login-password').fill('wrong-password');
      await page.getByTestId('login-submit').click();
      await expect.poll(() => page.getByTestId('login-error').isVisible()).toBe(true);
      await checkPage(page, 'login');
      await logIn(page, user.username, user.password);

      // Settings: the session of this browser is listed and marked.
      await page.getByTestId('user-menu').click();
      await page.getByTestId('user-menu-settings').click();
      await page.waitForURL(/\/account$/);
      await expect.poll(() => page.getByTestId('session').count()).toBe(1);
      expect(await page.getByTestId('session').first().getAttribute('data-current')).toBe('true');
      expect(await page.getByTestId('profile-username').textContent()).toBe(user.username);
      await checkPage(page, 'account');

      // The language, saved to the account: the interface follows.
      await page.getByTestId('profile-language').click();
      await page.getByRole('listbox').waitFor();
      await page.getByRole('option', { name: 'English' }).click();
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
      await expect.poll(() => page.getByTestId('profile-status').textContent()).toContain('saved');

      // New-bill e-mails with the PDF attached.
      await page.getByTestId('attach-bill-pdf').locator('input').check();
      await expect.poll(() => page.getByTestId('notifications-status').textContent()).toContain('saved');

      // A reload keeps the session (refresh cookie) but not the token in storage.
      await page.reload();
      await expect.poll(() => page.getByTestId('profile-username').textContent()).toBe(user.username);
      expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/eyJ/);

      // The password.
      await field(page, 'password-current').fill(user.password);
      await field(page, 'password-new').fill(user.newPassword);
      await field(page, 'password-repeat').fill(user.newPassword);
      await page.getByTestId('password-submit').click();
      await expect.poll(() => page.getByTestId('password-done').isVisible(), { timeout: 15_000 }).toBe(true);

      // The e-mail address, confirmed with the code sent to the new one.
      await field(page, 'email-new').fill(user.newEmail);
      await field(page, 'email-password').fill(user.newPassword);
      await page.getByTestId('email-submit').click();
      await expect.poll(() => page.getByTestId('email-code').isVisible(), { timeout: 15_000 }).toBe(true);
      const emailCode = codeIn(await latestMail(user.newEmail, 'emailChangeVerification'));
      await field(page, 'email-code').fill(emailCode);
      await page.getByTestId('email-confirm').click();
      await expect.poll(() => page.getByTestId('email-done').isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await page.getByTestId('profile-email').textContent()).toBe(user.newEmail);
      expect(await accessibilityViolations(page)).toEqual([]);
      await shoot(page, 'accounts-account-changed-en-desktop');

      // Log out, and in again with the new password (by e-mail this time).
      await logOut(page);
      await page.getByTestId('app-login').click();
      await logIn(page, user.newEmail, user.newPassword);
      await logOut(page);

      // Forgotten password: the same answer, a link in the mailbox, a new password, a login with it.
      const before = await mailIds();
      await page.goto(`${portal.app.url}/forgot-password`);
      await field(page, 'forgot-email').fill(user.newEmail);
      await page.getByTestId('forgot-submit').click();
      await expect.poll(() => page.getByTestId('forgot-sent').isVisible()).toBe(true);
      await checkPage(page, 'forgot-password');
      const link = /https?:\/\/\S+\/reset-password\?token=[^\s)>"]+/.exec(
        await latestMail(user.newEmail, 'passwordReset', before),
      )?.[0];
      expect(link).toBeTruthy();
      const { pathname, search } = new URL(link!);
      await page.goto(`${portal.app.url}${pathname}${search}`);
      await field(page, 'reset-password').fill(user.resetPassword);
      await field(page, 'reset-repeat-password').fill(user.resetPassword);
      await checkPage(page, 'reset-password');
      await page.getByTestId('reset-submit').click();
      await page.waitForURL(/\/login\?/);
      await logIn(page, user.username, user.resetPassword);

      // The development mailbox, linked because it answers here.
      await page.getByTestId('nav-mailbox').click();
      await page.waitForURL(/\/dev\/mailbox$/);
      await expect.poll(() => page.getByTestId('mailbox-item').count()).toBeGreaterThan(0);
      await checkPage(page, 'mailbox');
      await page.getByTestId('mailbox-item').first().click();
      await expect.poll(() => page.getByTestId('mailbox-html').isVisible()).toBe(true);
      await shoot(page, 'accounts-mailbox-message-sr-Cyrl-desktop');
      // axe cannot enter the sandboxed frame (no scripts run there): check the page with the text view.
      await page.getByTestId('mailbox-view-text').click();
      await expect.poll(() => page.getByTestId('mailbox-text').isVisible()).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);

      expect(pageErrors).toEqual([]);
      await page.close();
    },
  );

  it('fits a 360 px phone screen: registration and login', async () => {
    const page = await (await portal.browser.newContext({ viewport: { width: 360, height: 780 } })).newPage();
    for (const path of ['register', 'login']) {
      await page.goto(`${portal.app.url}/${path}`);
      await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
      for (const locale of locales) {
        await chooseLanguage(page, locale);
        await page.waitForTimeout(150);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} in ${locale}`).toBeLessThanOrEqual(0);
        await shoot(page, `accounts-${path}-${locale}-phone`);
      }
      expect(await accessibilityViolations(page), path).toEqual([]);
    }
    await page.close();
  });

  it('keeps logged-out visitors out of the settings', async () => {
    const page = await (
      await portal.browser.newContext({ viewport: { width: 1366, height: 900 } })
    ).newPage();
    await page.goto(`${portal.app.url}/account`);
    await page.waitForURL(/\/login\?redirect=(%2F|\/)account$/);
    await page.close();
  });
});
