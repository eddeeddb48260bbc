import { describe, expect, it } from 'vitest';
import { checkLinkIdentifiers } from './link-identifiers.js';

const billingNumber = '3045678912';

describe('checkLinkIdentifiers', () => {
  it('accepts billing number + JMBG from a natural person', () => {
    expect(checkLinkIdentifiers('NATURAL', { billingNumber, jmbg: '1503985710037' })).toEqual({
      ok: true,
      identifiers: { kind: 'jmbg', billingNumber, jmbg: '1503985710037' },
    });
  });

  it('accepts billing number + PIB + matični broj from a legal entity', () => {
    expect(checkLinkIdentifiers('LEGAL', { billingNumber, pib: '108452175', mb: '20945133' })).toEqual({
      ok: true,
      identifiers: { kind: 'company', billingNumber, pib: '108452175', maticniBroj: '20945133' },
    });
  });

  it.each([
    ['a wrong check digit', '1503985710038', 'invalid_checksum'],
    ['31 February', '3102990710003', 'invalid_date'],
    ['month 13', '0113990710003', 'invalid_date'],
  ])('names the JMBG field for %s', (_, jmbg, code) => {
    expect(checkLinkIdentifiers('NATURAL', { billingNumber, jmbg })).toEqual({
      ok: false,
      errors: [{ path: 'jmbg', code }],
    });
  });

  it('names the PIB and matični broj fields for wrong check digits (DOMAIN.md examples)', () => {
    expect(checkLinkIdentifiers('LEGAL', { billingNumber, pib: '101134703', mb: '66143628' })).toEqual({
      ok: false,
      errors: [
        { path: 'pib', code: 'invalid_checksum' },
        { path: 'mb', code: 'invalid_checksum' },
      ],
    });
    expect(checkLinkIdentifiers('LEGAL', { billingNumber, pib: '101134702', mb: '66143627' }).ok).toBe(true);
  });

  it('asks each kind of account for its own identifiers only', () => {
    expect(checkLinkIdentifiers('NATURAL', { billingNumber, pib: '101134702' })).toEqual({
      ok: false,
      errors: [
        { path: 'pib', code: 'invalid_value' },
        { path: 'jmbg', code: 'required' },
      ],
    });
    expect(checkLinkIdentifiers('LEGAL', { billingNumber, jmbg: '1503985710037', pib: '101134702' })).toEqual(
      {
        ok: false,
        errors: [
          { path: 'jmbg', code: 'invalid_value' },
          { path: 'mb', code: 'required' },
        ],
      },
    );
  });
});
