import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, sessionAnswer, settle } from '../../testing/mount-app.js';

const json = (body: unknown) => jsonResponse(body);

/** The API of a visitor whose refresh cookie still holds a session. */
const loggedInFetch: typeof fetch = async (input) => {
  const path = String(input);
  const session = sessionAnswer(path);
  if (session) return session;
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
