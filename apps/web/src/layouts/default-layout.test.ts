import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localeStorageKey } from '../plugins/i18n.js';
import { mountApp, settle } from '../testing/mount-app.js';

async function choose(locale: string) {
  (document.querySelector('[data-testid="language-menu"]') as HTMLElement).click();
  // the menu's list is loaded on the button's first press
  const item = await vi.waitFor(() => {
    const found = document.querySelector(`[data-testid="lang-${locale}"]`) as HTMLElement | null;
    expect(found, `menu item ${locale}`).not.toBeNull();
    return found!;
  });
  item.click();
  await settle();
}

describe('the language menu in the app bar', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('changes the texts, remembers the choice and sets <html lang>', async () => {
    const { wrapper } = await mountApp('/');
    await settle();
    expect(document.documentElement.lang).toBe('sr-Cyrl');
    expect(wrapper.get('h1').text()).toBe('Сви ваши рачуни за струју на једном месту');

    await choose('en');
    expect(wrapper.get('h1').text()).toBe('All your electricity bills in one place');
    expect(wrapper.get('.brand-name').text()).toBe('Bill Insight');
    expect(localStorage.getItem(localeStorageKey)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    await choose('sr-Latn');
    expect(wrapper.get('h1').text()).toBe('Svi vaši računi za struju na jednom mestu');
    expect(localStorage.getItem(localeStorageKey)).toBe('sr-Latn');
    expect(document.documentElement.lang).toBe('sr-Latn');
    wrapper.unmount();
  });

  it('starts in the remembered language', async () => {
    localStorage.setItem(localeStorageKey, 'en');
    const { wrapper } = await mountApp('/');
    await settle();
    expect(wrapper.get('h1').text()).toBe('All your electricity bills in one place');
    wrapper.unmount();
  });

  it('shows the customer pages as locked until login, with the reason', async () => {
    const { wrapper } = await mountApp('/', 'en');
    await settle();
    const drawer = document.body.textContent ?? '';
    expect(drawer).toContain('Available after you log in');
    // exactly the pages of the menu after login: no promise of a page that is not there
    const locked = [...document.querySelectorAll('.locked-item')].map((item) => item.textContent?.trim());
    expect(locked).toEqual(['Overview', 'Contracts', 'Consumption', 'Payments', 'Complaints']);
    expect(document.querySelectorAll('.locked-item a')).toHaveLength(0);
    // the visitor's own menu: the home page, marked as the current one (plain links, no Vuetify list)
    const home = document.querySelector('nav .visitor-nav a[href="/"]');
    expect(home?.textContent?.trim()).toBe('Home');
    expect(home?.getAttribute('aria-current')).toBe('page');
    expect(document.querySelector('nav .v-list')).toBeNull();
    wrapper.unmount();
  });

  it('leads "Create an account" to registration and "Log in" to the login page', async () => {
    const { wrapper } = await mountApp('/', 'en');
    await settle();
    const links = [...document.querySelectorAll('main a')] as HTMLAnchorElement[];
    const hrefsOf = (text: string) =>
      links.filter((a) => a.textContent?.trim() === text).map((a) => a.getAttribute('href'));
    expect(hrefsOf('Create an account')).toEqual(['/register', '/register']);
    expect(hrefsOf('Already registered? Log in')).toEqual(['/login']);
    wrapper.unmount();
  });
});
