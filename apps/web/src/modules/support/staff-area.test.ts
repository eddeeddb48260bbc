import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, settle } from '../../testing/mount-app.js';
import { sessionOf, staffUser } from './support-testing.js';

const find = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

function type(testid: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"] input`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

const emptyLookup = (url: string) =>
  url.startsWith('/api/support/customers')
    ? jsonResponse({ items: [], total: 0, page: 1, pageSize: 20 })
    : undefined;

const navLinks = () =>
  [...document.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => a.getAttribute('href'));

describe('the staff area and the roles', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
    sessionStorage.clear();
  });

  it('sends a visitor who is not logged in to the login, and back after it', async () => {
    const { wrapper, router } = await mountApp('/support/imports', 'en');
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/login?redirect=/support/imports');
    wrapper.unmount();
  });

  it('shows a customer the not-found page at a staff address, and keeps their own pages', async () => {
    const api = sessionOf(staffUser('customer'));
    const { wrapper, router } = await mountApp('/support?q=petar', 'en', { fetch: api.fetch });
    await settle();
    expect(router.currentRoute.value.name).toBe('not-found');
    expect(router.currentRoute.value.fullPath).toBe('/support?q=petar');
    expect(wrapper.get('h1').text()).toBe('Page not found');
    expect(find('staff-bar')).toBeNull();
    expect(api.calls.some((c) => c.startsWith('/api/support'))).toBe(false);

    await router.push('/account');
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/account');
    wrapper.unmount();
  });

  it('sends staff from the customer pages to the staff area, in the staff frame with the menu of their role', async () => {
    const api = sessionOf(staffUser('support'), emptyLookup);
    const { wrapper, router } = await mountApp('/overview', 'en', { fetch: api.fetch });
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/support');
    expect(find('staff-role')!.textContent).toBe('Support');
    expect(navLinks()).toEqual([
      '/support',
      '/support/imports',
      '/support/payments/unconfirmed',
      '/support/complaints',
      '/support/audit',
      '/account',
    ]);

    for (const path of ['/bills/0196a3c2-7d4e-7f00-8000-000000000009', '/payments', '/contracts', '/login']) {
      await router.push(path);
      await settle();
      expect(router.currentRoute.value.fullPath, path).toBe('/support');
    }
    // their own account settings stay open, in the staff frame
    await router.push('/account');
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/account');
    expect(find('staff-bar')).not.toBeNull();
    wrapper.unmount();
  });

  it('finds the pages of other modules by their meta: a supervisor page is in the menu of a supervisor only', async () => {
    const reports = {
      path: '/support/test-reports',
      name: 'test-reports',
      component: { template: '<h1>Reports</h1>' },
      meta: { staff: 'supervisor' as const, staffNav: 'support.nav.lookup', staffNavOrder: 35 },
    };
    const support = await mountApp('/support', 'en', {
      fetch: sessionOf(staffUser('support'), emptyLookup).fetch,
    });
    support.router.addRoute(reports);
    await support.router.push('/support/test-reports');
    await settle();
    expect(support.router.currentRoute.value.name).toBe('not-found');
    expect(navLinks()).not.toContain('/support/test-reports');
    support.wrapper.unmount();
    document.body.innerHTML = '';

    const supervisor = await mountApp('/support', 'en', {
      fetch: sessionOf(staffUser('supervisor'), emptyLookup).fetch,
    });
    supervisor.router.addRoute(reports);
    await supervisor.router.push('/support/test-reports');
    await settle();
    expect(supervisor.router.currentRoute.value.name).toBe('test-reports');
    // in the order of staffNavOrder: after the imports (30), before the unconfirmed payments
    const links = navLinks();
    expect(links.indexOf('/support/test-reports')).toBe(links.indexOf('/support/imports') + 1);
    expect(links.slice(0, 2)).toEqual(['/support', '/support/imports']);
    expect(links.at(-1)).toBe('/account');
    supervisor.wrapper.unmount();
  });

  it('lands staff on the staff area after the login with a code', async () => {
    let loggedIn = false;
    const fetch: typeof globalThis.fetch = async (input) => {
      const path = String(input);
      if (path === '/api/auth/login') return jsonResponse({ mfaRequired: true, mfaToken: 'mfa-token-1' });
      if (path === '/api/auth/login/mfa') {
        loggedIn = true;
        return jsonResponse({ accessToken: 'token-1', expiresIn: 900 });
      }
      if (path === '/api/auth/me' && loggedIn) return jsonResponse(staffUser('supervisor'));
      if (path === '/api/auth/refresh') return problem(401, 'SESSION_EXPIRED');
      return emptyLookup(path) ?? problem(404, 'NOT_FOUND');
    };
    const { wrapper, router } = await mountApp('/login', 'en', { fetch });
    type('login-login', 'demo.supervisor');
    type('login-password', 'Secret#2026');
    await settle();
    find('login-submit')!.click();
    await until(() => find('login-mfa-code') !== null);
    type('login-mfa-code', '123456');
    await settle();
    find('login-mfa-submit')!.click();
    await until(() => router.currentRoute.value.fullPath === '/support');
    await settle();
    expect(wrapper.get('h1').text()).toBe('Customer look-up');
    wrapper.unmount();
  });

  it('sends staff without a second factor to the enrolment, then on into the staff area', async () => {
    let enrolled = false;
    const api = sessionOf(staffUser('support', false), (url, init) => {
      if (url === '/api/auth/mfa/totp' && init?.method === 'POST')
        return jsonResponse({
          secret: 'JBSWY3DPEHPK3PXP',
          uri: 'otpauth://totp/x',
          qrDataUrl: 'data:image/png;base64,',
        });
      if (url === '/api/auth/mfa/totp/confirm') {
        enrolled = true;
        return jsonResponse({ recoveryCodes: ['aaaa-bbbb-cccc-dddd'] });
      }
      return emptyLookup(url);
    });
    const { wrapper, router } = await mountApp('/support', 'sr-Cyrl', { fetch: api.fetch });
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/support/enrol');
    expect(wrapper.get('h1').text()).toBe('Укључите двофакторску пријаву');
    // no menu of pages the API would refuse
    expect(find('staff-nav-account')).toBeNull();
    for (const path of ['/overview', '/account', '/support/imports']) {
      await router.push(path);
      await settle();
      expect(router.currentRoute.value.fullPath, path).toBe('/support/enrol');
    }

    find('mfa-enable')!.click();
    await until(() => find('mfa-confirm-code') !== null);
    type('mfa-confirm-code', '123456');
    await settle();
    find('mfa-confirm-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await until(() => find('enrol-continue') !== null);
    expect(enrolled).toBe(true);
    const refreshes = api.calls.filter((c) => c === '/api/auth/refresh').length;

    find('enrol-continue')!.click();
    await until(() => router.currentRoute.value.fullPath === '/support');
    // the renewed token is no longer "enrolment only"
    expect(api.calls.filter((c) => c === '/api/auth/refresh').length).toBe(refreshes + 1);
    await settle();
    expect(find('staff-nav-account')).not.toBeNull();
    wrapper.unmount();
  });

  it("keeps staff on a customer's page after a reload while that customer's view is open, in the customer's frame", async () => {
    const accessId = '0196a3c2-7d4e-7f00-8000-0000000000a1';
    sessionStorage.setItem('portal.support.view', accessId);
    const api = sessionOf(staffUser('support'), (url) => {
      if (url === `/api/support/accesses/${accessId}`)
        return jsonResponse({
          accessId,
          openedAt: '2026-12-07T08:00:00.000Z',
          expiresAt: '2099-12-07T08:30:00.000Z',
          category: 'ticket',
          reason: 'INC-2026-0042',
          viewed: {
            userId: '0196a3c2-7d4e-7f00-8000-0000000000b1',
            username: 'jelena',
            email: 'j•••@example.rs',
            customerNames: ['Јелена Петровић'],
          },
        });
      return emptyLookup(url);
    });
    const { wrapper, router } = await mountApp('/payments', 'en', { fetch: api.fetch });
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/payments');
    expect(find('staff-view-banner')!.textContent).toContain('Јелена Петровић');
    expect(find('staff-bar')).toBeNull();

    // back in the staff area the view stays open, and says so
    await router.push('/support');
    await settle();
    expect(find('staff-bar')).not.toBeNull();
    expect(find('staff-view-banner')).not.toBeNull();
    wrapper.unmount();
  });
});
