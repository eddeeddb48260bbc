import { planLookup } from '@portal/domain';
import { describe, expect, it } from 'vitest';
import { lookupStatement } from './lookup-query.js';

describe('look-up statement', () => {
  it('asks only the branches the text can be', () => {
    const digits = lookupStatement(planLookup('2034567891'), 1, 20)!;
    expect(digits.sql).toContain('billing_account WHERE number');
    expect(digits.sql).toContain('jmbg LIKE');
    expect(digits.sql).not.toContain('email_normalized');
    expect(digits.params).toEqual(['2034567891', '%2034567891', 20, 0]);

    const email = lookupStatement(planLookup('Marko@Example.rs'), 2, 10)!;
    expect(email.sql).toContain('email_normalized');
    expect(email.sql).not.toContain('jmbg LIKE');
    expect(email.params).toEqual(['marko@example.rs', 10, 10]);

    const name = lookupStatement(planLookup('Петровић'), 1, 20)!;
    expect(name.sql).not.toContain('billing_account WHERE number');
    expect(name.params[0]).toBe('%petrovic%');
  });

  it('names the id column in every branch, whichever comes first', () => {
    for (const q of ['2034567891', 'marko@example.rs', 'Петровић', 'EIC38Z123']) {
      const { sql } = lookupStatement(planLookup(q), 1, 20)!;
      const branches = sql.slice(0, sql.indexOf('page AS')).split('UNION');
      for (const branch of branches)
        expect(branch, q).toMatch(/SELECT (ba\.customer_id AS id|customer_id AS id|id) FROM/);
    }
  });

  it('passes what was typed as parameters only, and needs no query for a text too short', () => {
    const hostile = lookupStatement(planLookup("o'brien%_"), 1, 20)!;
    expect(hostile.sql).not.toContain('brien');
    expect(hostile.params[0]).toBe("%o'brien\\%\\_%");
    expect(lookupStatement(planLookup('ab'), 1, 20)).toBeNull();
  });
});
