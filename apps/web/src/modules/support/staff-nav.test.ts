import type { RouteMeta, RouteRecordNormalized } from 'vue-router';
import { describe, expect, it } from 'vitest';
import { staffNavItems } from './staff-nav.js';

const record = (path: string, meta: RouteMeta) => ({ path, meta }) as RouteRecordNormalized;

const records = [
  record('/overview', { requiresAuth: true }),
  record('/support/reports', { staff: 'supervisor', staffNav: 'reports.nav', staffNavOrder: 50 }),
  record('/support', { staff: 'support', staffNav: 'support.nav.lookup', staffNavOrder: 10 }),
  record('/support/users/:id', { staff: 'support', staffNav: 'users.nav' }),
  record('/support/staff', { staff: 'supervisor', staffNav: 'staff.nav' }),
  record('/support/imports', { staff: 'support', staffNav: 'support.nav.imports', staffNavOrder: 30 }),
  record('/support/enrol', { staffEnrolment: true }),
];

describe('the staff navigation', () => {
  it('lists the pages of support staff in their order, none with params', () => {
    expect(staffNavItems(records, 'support').map((i) => i.to)).toEqual(['/support', '/support/imports']);
  });

  it('adds the supervisor pages for a supervisor, the unnumbered last', () => {
    expect(staffNavItems(records, 'supervisor').map((i) => [i.to, i.title])).toEqual([
      ['/support', 'support.nav.lookup'],
      ['/support/imports', 'support.nav.imports'],
      ['/support/reports', 'reports.nav'],
      ['/support/staff', 'staff.nav'],
    ]);
  });

  it('has nothing for a customer', () => {
    expect(staffNavItems(records, 'customer')).toEqual([]);
  });
});
