import { describe, expect, it } from 'vitest';
import { planLookup } from './customer-lookup.js';
import { maskEmail, maskJmbg, maskPib } from './masking.js';
import { isStaffRole, reachesStaffLevel, roleOfStaffLevel } from './roles.js';
import { supportAccessExpiry, supportReasonCategory } from './support-access.js';

describe('staff roles', () => {
  it('knows staff from customers', () => {
    expect(isStaffRole('CUSTOMER')).toBe(false);
    expect(isStaffRole('SUPPORT')).toBe(true);
    expect(isStaffRole('SUPERVISOR')).toBe(true);
  });

  it('lets a supervisor do what support does, not the other way round', () => {
    expect(reachesStaffLevel('SUPPORT', 'support')).toBe(true);
    expect(reachesStaffLevel('SUPERVISOR', 'support')).toBe(true);
    expect(reachesStaffLevel('SUPERVISOR', 'supervisor')).toBe(true);
    expect(reachesStaffLevel('SUPPORT', 'supervisor')).toBe(false);
    expect(reachesStaffLevel('CUSTOMER', 'support')).toBe(false);
    expect(reachesStaffLevel('CUSTOMER', 'supervisor')).toBe(false);
  });

  it('maps levels to roles', () => {
    expect(roleOfStaffLevel('support')).toBe('SUPPORT');
    expect(roleOfStaffLevel('supervisor')).toBe('SUPERVISOR');
  });
});

describe('masking', () => {
  it('shows of a JMBG the day and month and the last four digits', () => {
    expect(maskJmbg('0101985710008')).toBe('0101•••••0008');
    expect(maskJmbg('1503985710037')).not.toContain('98571');
  });

  it('shows of a PIB two digits at each end', () => {
    expect(maskPib('108452175')).toBe('10•••••75');
  });

  it('hides all of a value too short to keep its ends', () => {
    expect(maskJmbg('1234')).toBe('••••');
    expect(maskPib('123')).toBe('•••');
  });

  it('shows of an e-mail its first letter and domain', () => {
    expect(maskEmail('marko.petrovic@example.rs')).toBe('m•••@example.rs');
    expect(maskEmail('not-an-address')).toBe('•••');
  });
});

describe('look-up plan', () => {
  it('reads digits as a number and, from four digits on, as the tail of a JMBG or PIB', () => {
    expect(planLookup(' 2034 567-891 ')).toEqual({
      kind: 'digits',
      exact: ['2034567891'],
      identifierSuffix: '2034567891',
    });
    expect(planLookup('008')).toEqual({ kind: 'digits', exact: ['008'] });
    expect(planLookup('12345678901234').identifierSuffix).toBeUndefined();
  });

  it('reads an e-mail address in lower case', () => {
    expect(planLookup('Demo.Household@Example.rs')).toEqual({
      kind: 'email',
      exact: [],
      email: 'demo.household@example.rs',
    });
  });

  it('reads letters with digits as a code (EIC, ED number), not as a name', () => {
    expect(planLookup('38zeps0000123456')).toEqual({
      kind: 'code',
      exact: ['38zeps0000123456', '38ZEPS0000123456'],
    });
  });

  it('folds a name to one key in either script, with or without diacritics', () => {
    const keys = ['Петровић', 'Petrović', 'petrovic', 'PETROVIC'].map((q) => planLookup(q).nameKey);
    expect(new Set(keys)).toEqual(new Set(['petrovic']));
    expect(planLookup('Марко  Петровић')).toMatchObject({ kind: 'name', nameKey: 'marko petrovic' });
  });

  it('searches no name shorter than three letters', () => {
    expect(planLookup('ab').nameKey).toBeUndefined();
  });
});

describe('supportReasonCategory', () => {
  it('takes the category staff chose', () => {
    expect(supportReasonCategory('12345', 'complaint')).toBe('complaint');
  });

  it('reads a ticket number as a ticket, anything else as other', () => {
    for (const ticket of ['12345', '#12345', 'INC-2026-0042', 'SR 7781', 'inc2026'])
      expect(supportReasonCategory(ticket), ticket).toBe('ticket');
    for (const text of ['customer called about the bill', 'ab', '12', 'Račun 12345 nije stigao'])
      expect(supportReasonCategory(text), text).toBe('other');
  });

  it('ends an access 30 minutes after it opened', () => {
    expect(supportAccessExpiry(new Date('2026-12-07T10:00:00Z')).toISOString()).toBe(
      '2026-12-07T10:30:00.000Z',
    );
  });
});
