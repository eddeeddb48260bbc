// What a support look-up text is, so that the query asks only the indexes that can answer it. One
// text may be several things at once ("2034567891" is a billing number, maybe an ED number, and the
// last digits of a JMBG or PIB); every reading that fits is searched and the matches are merged.
import { searchKey } from '../search-key.js';

/** The shortest tail of a JMBG or PIB searched for: fewer digits would match too many customers. */
export const identifierSuffixMinDigits = 4;
/** The shortest name searched for (after folding): one or two letters match half the register. */
export const nameMinLength = 3;

/** The kind of a look-up for the audit trail: what was searched, never the text itself. */
export type LookupKind = 'digits' | 'email' | 'code' | 'name';

export interface LookupPlan {
  kind: LookupKind;
  /** compared exactly with billing numbers, ED numbers and EICs (as typed, and in upper case) */
  exact: string[];
  /** the last digits of a JMBG or PIB */
  identifierSuffix?: string;
  /** the normalised e-mail of a linked portal user */
  email?: string;
  /** searchKey() of a name, matched anywhere in the customer's name */
  nameKey?: string;
}

/**
 * The readings of a look-up text. Spaces, dashes and dots inside a number are dropped ("2034 567
 * 891"), as people read numbers out in groups.
 */
export function planLookup(text: string): LookupPlan {
  const q = text.trim().normalize('NFC');
  const compact = q.replace(/[\s.\-/]/g, '');
  if (/^\d+$/.test(compact)) {
    return {
      kind: 'digits',
      exact: [compact],
      ...(compact.length >= identifierSuffixMinDigits && compact.length <= 13
        ? { identifierSuffix: compact }
        : {}),
    };
  }
  if (/^[^\s@]+@[^\s@]+$/.test(q)) return { kind: 'email', exact: [], email: q.toLowerCase() };
  // Latin letters with digits and no space are an EIC or ED number, not a name: only the indexes are
  // asked (a name search is a scan of every customer, see the README's "Staff" section).
  if (/^[A-Za-z0-9]+$/.test(compact) && /\d/.test(compact))
    return { kind: 'code', exact: [...new Set([compact, compact.toUpperCase()])] };
  const nameKey = searchKey(q.replace(/\s+/g, ' '));
  return { kind: 'name', exact: [], ...(nameKey.length >= nameMinLength ? { nameKey } : {}) };
}
