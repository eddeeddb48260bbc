import { describe, expect, it } from 'vitest';
import { contractFormSchema, identifierProblems, linkBody } from './contract-identifiers.js';

const values = (change: Partial<Record<'billingNumber' | 'jmbg' | 'pib' | 'mb', string>>) => ({
  billingNumber: '3045678912',
  jmbg: '',
  pib: '',
  mb: '',
  ...change,
});

describe('the identifiers of a contract, checked in the browser', () => {
  it('accepts the demo household JMBG and flags a wrong check digit or an impossible date', () => {
    expect(identifierProblems(values({ jmbg: '1503985710037' }), 'natural')).toEqual({});
    expect(identifierProblems(values({ jmbg: '1503985710038' }), 'natural')).toEqual({
      jmbg: 'invalid_checksum',
    });
    expect(identifierProblems(values({ jmbg: '3102985710037' }), 'natural')).toEqual({
      jmbg: 'invalid_date',
    });
    // incomplete numbers are the schema's concern, not a checksum error
    expect(identifierProblems(values({ jmbg: '150398' }), 'natural')).toEqual({});
  });

  it('checks PIB and matični broj of a legal entity', () => {
    expect(identifierProblems(values({ pib: '108452175', mb: '20945133' }), 'legal')).toEqual({});
    expect(identifierProblems(values({ pib: '108452176', mb: '20945134' }), 'legal')).toEqual({
      pib: 'invalid_checksum',
      mb: 'invalid_checksum',
    });
  });

  it('asks each kind of account for its own identifiers', () => {
    expect(contractFormSchema('natural').safeParse(values({ jmbg: '1503985710037' })).success).toBe(true);
    expect(contractFormSchema('natural').safeParse(values({})).success).toBe(false);
    expect(contractFormSchema('legal').safeParse(values({ pib: '108452175', mb: '20945133' })).success).toBe(
      true,
    );
    expect(contractFormSchema('legal').safeParse(values({ pib: '108452175' })).success).toBe(false);
    expect(linkBody(values({ billingNumber: ' 3045678912 ', jmbg: '1503985710037 ' }), 'natural')).toEqual({
      billingNumber: '3045678912',
      jmbg: '1503985710037',
    });
  });
});
