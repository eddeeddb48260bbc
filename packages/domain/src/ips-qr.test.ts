import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIpsQrPayload, cutAtWord, fitIpsPayer, IpsQrError, type IpsQrBill } from './ips-qr.js';

const eps: IpsQrBill = {
  payeeAccount: '845000000040484987',
  payeeName: 'JP EPS BEOGRAD',
  payeeAddress: 'BALKANSKA 13',
  amount: 359613,
  payerName: 'PETAR PETROVIĆ',
  payerAddress: 'KNEZA MILOŠA 1, BEOGRAD',
  paymentCode: '189',
  purpose: 'UPLATA PO RAČUNU ZA EL. ENERGIJU',
  reference: '97163220000111111111000',
};

function codeOf(bill: IpsQrBill): string | null {
  try {
    buildIpsQrPayload(bill);
    return null;
  } catch (error) {
    if (error instanceof IpsQrError) return error.code;
    throw error;
  }
}

describe('IPS QR payload', () => {
  it('builds the EPS example of DOMAIN.md', () => {
    expect(buildIpsQrPayload(eps)).toBe(
      'K:PR|V:01|C:1|R:845000000040484987|N:JP EPS BEOGRAD\nBALKANSKA 13|I:RSD3596,13|' +
        'P:PETAR PETROVIĆ\nKNEZA MILOŠA 1, BEOGRAD|SF:189|S:UPLATA PO RAČUNU ZA EL. ENERGIJU|' +
        'RO:97163220000111111111000',
    );
  });

  it('normalises the printed account and reference, and leaves out empty optional tags', () => {
    expect(
      buildIpsQrPayload({
        payeeAccount: '845-404849-87',
        payeeName: '  JP EPS  ',
        amount: 1,
        paymentCode: '289',
        purpose: '',
        reference: '97 14-123412',
      }),
    ).toBe('K:PR|V:01|C:1|R:845000000040484987|N:JP EPS|I:RSD0,01|SF:289|RO:9714123412');
  });

  it('names the broken rule', () => {
    expect(codeOf({ ...eps, payeeAccount: '84500000004048498' })).toBe('PAYEE_ACCOUNT_FORMAT');
    expect(codeOf({ ...eps, payeeAccount: '845000000040484988' })).toBe('PAYEE_ACCOUNT_CHECKSUM');
    expect(codeOf({ ...eps, payeeName: ' ' })).toBe('PAYEE_NAME');
    expect(codeOf({ ...eps, payeeName: 'X'.repeat(58) })).toBe('PAYEE_NAME'); // 58 + \n + 12 = 71
    expect(codeOf({ ...eps, payeeName: 'X'.repeat(57) })).toBeNull();
    expect(codeOf({ ...eps, payeeName: 'JP EPS|X' })).toBe('FORBIDDEN_CHARACTER');
    expect(codeOf({ ...eps, payeeAddress: 'A\nB' })).toBe('FORBIDDEN_CHARACTER');
    expect(codeOf({ ...eps, amount: 0 })).toBe('AMOUNT');
    expect(codeOf({ ...eps, amount: -100 })).toBe('AMOUNT');
    expect(codeOf({ ...eps, amount: 12.5 })).toBe('AMOUNT');
    expect(codeOf({ ...eps, amount: 100_000_000_000_000 })).toBe('AMOUNT');
    expect(codeOf({ ...eps, amount: 99_999_999_999_999 })).toBeNull();
    expect(codeOf({ ...eps, paymentCode: '89' })).toBe('PAYMENT_CODE');
    expect(codeOf({ ...eps, paymentCode: '389' })).toBe('PAYMENT_CODE');
    expect(codeOf({ ...eps, payerName: 'Č'.repeat(46) })).toBeNull(); // 46 + \n + 23 = 70 characters
    expect(codeOf({ ...eps, payerName: 'Č'.repeat(47) })).toBeNull(); // shortened, not refused
    expect(codeOf({ ...eps, purpose: 'Š'.repeat(35) })).toBeNull();
    expect(codeOf({ ...eps, purpose: 'Š'.repeat(36) })).toBe('PURPOSE');
    expect(codeOf({ ...eps, reference: '97 17-3220000111111111000' })).toBe('REFERENCE_CHECKSUM');
    expect(codeOf({ ...eps, reference: '9716322000011111111100012' })).toBe('REFERENCE_CHECKSUM'); // 25 chars
    expect(codeOf({ ...eps, reference: '97163220000111111111000123' })).toBe('REFERENCE_FORMAT'); // 26
    expect(codeOf({ ...eps, reference: '0012345678901234567890123' })).toBeNull(); // model 00: no check
    expect(codeOf({ ...eps, reference: '97 14/123412' })).toBe('REFERENCE_FORMAT');
  });

  it('keeps a payer of up to 70 characters whole (the field allows 70, not 35)', () => {
    const name = 'Пекара „Морава“ д.о.о., огранак Крагујевац'; // 42 characters
    const address = 'Краља Петра I 2, Крагујевац'; // 27: 42 + \n + 27 = 70
    const payload = buildIpsQrPayload({ ...eps, payerName: name, payerAddress: address });
    expect(payload).toContain(`|P:${name}\n${address}|`);
    // one character more: the address loses its last word, the name stays whole
    expect(fitIpsPayer(name, 'Краља Петра I 27, Крагујевац')).toEqual({ name, address: 'Краља Петра I 27' });
  });

  it('cuts a payer that does not fit at a word, the address before the name', () => {
    const name = 'Удружење грађана за заштиту потрошача електричне енергије Србије'; // 64
    const payload = buildIpsQrPayload({
      ...eps,
      payerName: name,
      payerAddress: 'Булевар ослобођења 100, Нови Сад',
    });
    // 64 + \n leaves 5 for the address: not even "Булевар" fits, so the address is left out
    expect(payload).toContain(`|P:${name}|`);
    expect(fitIpsPayer(name, 'Ул. 1, Ниш')).toEqual({ name, address: 'Ул. 1' });
    const long = 'Друштво са ограниченом одговорношћу за производњу и промет пекарских производа Морава'; // 85
    expect(fitIpsPayer(long, 'Ниш')).toEqual({
      name: 'Друштво са ограниченом одговорношћу за производњу и промет пекарских', // 68
      address: '',
    });
    expect(fitIpsPayer('Ж'.repeat(80), 'Ниш')).toEqual({ name: 'Ж'.repeat(70), address: '' });
  });

  it('cutAtWord: whole when it fits, else at the last space, mid-word only for one long word', () => {
    expect(cutAtWord('ПЕТАР ПЕТРОВИЋ', 14)).toBe('ПЕТАР ПЕТРОВИЋ');
    expect(cutAtWord('ПЕТАР ПЕТРОВИЋ', 13)).toBe('ПЕТАР');
    expect(cutAtWord('ПЕТАР ПЕТРОВИЋ НИШ', 14)).toBe('ПЕТАР ПЕТРОВИЋ'); // the space right after fits
    expect(cutAtWord('Кнеза Милоша 1, Београд', 18)).toBe('Кнеза Милоша 1'); // no dangling comma
    expect(cutAtWord('Ђорђевић-Поповић', 8)).toBe(''); // no space to cut at
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 1, max: 70 }), (text, max) => {
        const cut = cutAtWord(text, max);
        expect(Array.from(cut).length).toBeLessThanOrEqual(max);
        expect(text.trim().startsWith(cut)).toBe(true);
      }),
    );
  });

  it('never has an empty tag, a leading or trailing separator, or a line break outside N and P (property)', () => {
    const optional = fc.option(
      fc.string({ maxLength: 20 }).filter((s) => !/[|\r\n]/.test(s)),
      {
        nil: undefined,
      },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e14 - 1 }),
        optional,
        optional,
        optional,
        (amount, payerName, payerAddress, purpose) => {
          const payload = buildIpsQrPayload({ ...eps, amount, payerName, payerAddress, purpose });
          expect(payload).not.toMatch(/^\||\|$|^\s|\s$/);
          for (const pair of payload.split('|')) {
            expect(pair).toMatch(/^[A-Z]{1,2}:./su);
            if (!/^[NP]:/.test(pair)) expect(pair).not.toContain('\n');
          }
        },
      ),
    );
  });
});
