import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountApp, settle } from '../testing/mount-app.js';

describe('the router', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('renders the home page at /', async () => {
    const { wrapper } = await mountApp('/', 'sr-Cyrl');
    await settle();
    expect(wrapper.get('h1').text()).toBe('Сви ваши рачуни за струју на једном месту');
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(['Шта добијате', 'Како да почнете']);
    expect(wrapper.find('main#main').exists()).toBe(true);
    expect(document.title).toBe('Увид у рачун');
    wrapper.unmount();
  });

  it('renders the login page, the legal pages and a 404, each named in the tab', async () => {
    const { wrapper, router } = await mountApp('/login', 'en');
    await settle();
    expect(wrapper.get('h1').text()).toBe('Log in');
    expect(wrapper.find('[data-testid="login-form"]').exists()).toBe(true);
    expect(document.title).toBe('Log in · Bill Insight');

    await router.push('/privacy');
    await settle();
    expect(wrapper.get('h1').text()).toBe('Privacy Statement');

    await router.push('/no/such/page');
    await settle();
    expect(wrapper.get('h1').text()).toBe('Page not found');
    wrapper.unmount();
  });
});
