import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountApp, problem, settle } from '../../testing/mount-app.js';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

/** The API of a visitor whose refresh cookie still holds a session. */
const loggedInFetch: typeof fetch = async (input) => {
  const path = String(input);
  if (path === '/api/auth/refresh') return json({ accessToken: 'token-1', expiresIn: 900 });
  if (path === '/api/auth/me')
    return json({
      id: '0196a3c2-7d4e-7f00-8000-000000000001',
      username: 'marko',
      email: 'marko@example.com',
      personType: 'natural',
      role: 'customer',
      notifyNewBill: true,
      attachBillPdf: false,
      locale: 'en',
    });
  if (path === '/api/auth/sessions') return json({ items: [] });
  return problem(404, 'NOT_FOUND');
};

describe('the pages that need a login, and those that need none', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('sends a logged-out visitor from the settings to the login, and back after it', async () => {
    const { wrapper, router } = await mountApp('/account', 'en');
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/login?redirect=/account');
    expect(wrapper.get('h1').text()).toBe('Log in');
    expect(wrapper.find('[data-testid="app-login"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('restores the session on start: settings open, login and registration lead to the overview', async () => {
    const { wrapper, router } = await mountApp('/account', 'en', { fetch: loggedInFetch });
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/account');
    expect(wrapper.get('h1').text()).toBe('Account settings');
    expect(wrapper.get('[data-testid="profile-username"]').text()).toBe('marko');
    expect(wrapper.find('[data-testid="user-menu"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="app-login"]').exists()).toBe(false);

    await router.push('/register');
    await settle();
    expect(router.currentRoute.value.name).toBe('overview');
    await router.push('/login?redirect=/account');
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/account');
    // never an address outside the portal
    await router.push('/login?redirect=//evil.example');
    await settle();
    expect(router.currentRoute.value.name).toBe('overview');
    wrapper.unmount();
  });
});
