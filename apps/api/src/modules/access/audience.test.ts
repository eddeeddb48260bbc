import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from './actor.js';
import { checkAudience, requireStaff, supportAccessUse } from './audience.js';

const id = '018c0000-0000-7000-8000-00000000000a';
const customer: Actor = { userId: id, role: 'CUSTOMER' };
const support: Actor = { userId: id, role: 'SUPPORT' };
const supervisor: Actor = { userId: id, role: 'SUPERVISOR' };
const enrolling: Actor = { userId: id, role: 'SUPPORT', enrolmentOnly: true };

function refusal(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

const route = (method: string, url: string, staff?: 'support' | 'supervisor') => ({ method, url, staff });

describe('requireStaff', () => {
  it('passes staff of the level or above, and no one else', () => {
    expect(refusal(() => requireStaff(support, 'support'))).toBeUndefined();
    expect(refusal(() => requireStaff(supervisor, 'support'))).toBeUndefined();
    expect(refusal(() => requireStaff(supervisor, 'supervisor'))).toBeUndefined();
    expect(refusal(() => requireStaff(support, 'supervisor'))).toBe('FORBIDDEN');
    expect(refusal(() => requireStaff(customer, 'support'))).toBe('FORBIDDEN');
    expect(refusal(() => requireStaff(null, 'support'))).toBe('UNAUTHORIZED');
    expect(refusal(() => requireStaff(enrolling, 'support'))).toBe('MFA_ENROLMENT_REQUIRED');
  });
});

describe('checkAudience', () => {
  it("keeps staff off customers' own routes, HEAD included", () => {
    for (const staff of [support, supervisor]) {
      expect(refusal(() => checkAudience(staff, route('GET', '/api/metering-points')))).toBe('FORBIDDEN');
      expect(refusal(() => checkAudience(staff, route('HEAD', '/api/bills/:id')))).toBe('FORBIDDEN');
      expect(refusal(() => checkAudience(staff, route('POST', '/api/contracts')))).toBe('FORBIDDEN');
      expect(refusal(() => checkAudience(staff, route('GET', '/api/auth/me')))).toBeUndefined();
    }
    expect(refusal(() => checkAudience(customer, route('GET', '/api/metering-points')))).toBeUndefined();
  });

  it('lets a session that must enrol reach only its account and the enrolment', () => {
    expect(refusal(() => checkAudience(enrolling, route('GET', '/api/auth/me')))).toBeUndefined();
    expect(refusal(() => checkAudience(enrolling, route('POST', '/api/auth/mfa/totp')))).toBeUndefined();
    expect(
      refusal(() => checkAudience(enrolling, route('POST', '/api/auth/mfa/totp/confirm'))),
    ).toBeUndefined();
    for (const [method, url] of [
      ['PATCH', '/api/auth/me'],
      ['GET', '/api/auth/sessions'],
      ['DELETE', '/api/auth/mfa/totp'],
      ['GET', '/api/regions'],
    ] as const)
      expect(refusal(() => checkAudience(enrolling, route(method, url)))).toBe('MFA_ENROLMENT_REQUIRED');
    expect(refusal(() => checkAudience(enrolling, route('GET', '/api/support/customers', 'support')))).toBe(
      'MFA_ENROLMENT_REQUIRED',
    );
  });

  it('checks the staff level a route declares', () => {
    const staffRoute = route('GET', '/api/support/customers', 'support');
    expect(refusal(() => checkAudience(customer, staffRoute))).toBe('FORBIDDEN');
    expect(refusal(() => checkAudience(support, staffRoute))).toBeUndefined();
    expect(refusal(() => checkAudience(support, route('GET', '/x', 'supervisor')))).toBe('FORBIDDEN');
    expect(refusal(() => checkAudience(supervisor, route('GET', '/x', 'supervisor')))).toBeUndefined();
  });
});

describe('supportAccessUse', () => {
  it("makes reads of customer routes a view, and changes nothing on staff's own reads", () => {
    for (const staff of [support, supervisor]) {
      expect(supportAccessUse(staff, route('GET', '/api/bills/:id/pdf'))).toBe('view');
      expect(supportAccessUse(staff, route('HEAD', '/api/metering-points'))).toBe('view');
      expect(supportAccessUse(staff, route('GET', '/api/auth/me'))).toBe('ignore');
    }
  });

  it('refuses every write, on any route', () => {
    expect(refusal(() => supportAccessUse(support, route('POST', '/api/payments/card')))).toBe(
      'SUPPORT_ACCESS_READ_ONLY',
    );
    expect(refusal(() => supportAccessUse(support, route('PATCH', '/api/metering-points/:id')))).toBe(
      'SUPPORT_ACCESS_READ_ONLY',
    );
    expect(refusal(() => supportAccessUse(supervisor, route('POST', '/api/auth/logout')))).toBe(
      'SUPPORT_ACCESS_READ_ONLY',
    );
  });

  it('is for staff with their second factor only', () => {
    expect(refusal(() => supportAccessUse(customer, route('GET', '/api/metering-points')))).toBe('FORBIDDEN');
    expect(refusal(() => supportAccessUse(enrolling, route('GET', '/api/metering-points')))).toBe(
      'MFA_ENROLMENT_REQUIRED',
    );
  });

  it('lets a viewing actor through the customer routes it reads', () => {
    const viewing: Actor = { ...support, viewing: { accessId: id, userId: id } };
    expect(refusal(() => checkAudience(viewing, route('GET', '/api/metering-points')))).toBeUndefined();
  });
});
