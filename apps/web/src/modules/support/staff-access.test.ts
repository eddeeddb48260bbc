import { describe, expect, it } from 'vitest';
import { pageAccess, reachesStaffLevel, type GuardedMeta, type GuardedUser } from './staff-access.js';

const customer: GuardedUser = { role: 'customer', mfa: { totp: false, recoveryCodesLeft: 0 } };
const support: GuardedUser = { role: 'support', mfa: { totp: true, recoveryCodesLeft: 10 } };
const supervisor: GuardedUser = { role: 'supervisor', mfa: { totp: true, recoveryCodesLeft: 10 } };
const enrolling: GuardedUser = { role: 'support', mfa: { totp: false, recoveryCodesLeft: 0 } };

const pages: Record<string, GuardedMeta> = {
  public: {},
  customer: { requiresAuth: true },
  account: { requiresAuth: true, everyRole: true },
  staff: { requiresAuth: true, staff: 'support' },
  // another module's page that says only its level
  staffMetaOnly: { staff: 'support' },
  supervisorOnly: { staff: 'supervisor' },
  enrolment: { staffEnrolment: true },
};

describe('the staff levels', () => {
  it('a supervisor reaches support pages, support does not reach supervisor pages', () => {
    expect(reachesStaffLevel('supervisor', 'support')).toBe(true);
    expect(reachesStaffLevel('support', 'supervisor')).toBe(false);
    expect(reachesStaffLevel('customer', 'support')).toBe(false);
  });
});

describe('which role opens which page', () => {
  it('nobody logged in: public pages open, every other page asks for the login', () => {
    expect(pageAccess(pages.public!, null)).toBe('open');
    for (const name of ['customer', 'account', 'staff', 'staffMetaOnly', 'supervisorOnly', 'enrolment'])
      expect(pageAccess(pages[name]!, null), name).toBe('login');
  });

  it('a customer keeps their pages and never sees the staff area', () => {
    expect(pageAccess(pages.customer!, customer)).toBe('open');
    expect(pageAccess(pages.account!, customer)).toBe('open');
    expect(pageAccess(pages.public!, customer)).toBe('open');
    for (const name of ['staff', 'staffMetaOnly', 'supervisorOnly', 'enrolment'])
      expect(pageAccess(pages[name]!, customer), name).toBe('not-found');
  });

  it('support opens support pages and the account, not supervisor pages; customer pages lead to the staff area', () => {
    expect(pageAccess(pages.staff!, support)).toBe('open');
    expect(pageAccess(pages.staffMetaOnly!, support)).toBe('open');
    expect(pageAccess(pages.account!, support)).toBe('open');
    expect(pageAccess(pages.public!, support)).toBe('open');
    expect(pageAccess(pages.supervisorOnly!, support)).toBe('not-found');
    expect(pageAccess(pages.customer!, support)).toBe('staff-home');
    expect(pageAccess(pages.enrolment!, support)).toBe('staff-home');
  });

  it("staff with a customer's view open see that customer's pages", () => {
    expect(pageAccess(pages.customer!, support, true)).toBe('open');
    expect(pageAccess(pages.customer!, supervisor, true)).toBe('open');
    expect(pageAccess(pages.supervisorOnly!, support, true)).toBe('not-found');
    // a customer's own pages stay theirs, a view changes nothing for them or for staff still enrolling
    expect(pageAccess(pages.staff!, customer, true)).toBe('not-found');
    expect(pageAccess(pages.customer!, enrolling, true)).toBe('enrol');
  });

  it('a supervisor opens every staff page', () => {
    expect(pageAccess(pages.staff!, supervisor)).toBe('open');
    expect(pageAccess(pages.supervisorOnly!, supervisor)).toBe('open');
    expect(pageAccess(pages.customer!, supervisor)).toBe('staff-home');
  });

  it('staff without a second factor are sent to the enrolment from every logged-in page', () => {
    expect(pageAccess(pages.enrolment!, enrolling)).toBe('open');
    for (const name of ['customer', 'account', 'staff', 'staffMetaOnly', 'supervisorOnly'])
      expect(pageAccess(pages[name]!, enrolling), name).toBe('enrol');
    expect(pageAccess(pages.public!, enrolling)).toBe('open');
  });
});
