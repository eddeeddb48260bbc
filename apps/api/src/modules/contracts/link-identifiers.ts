// Which identifiers a link request must carry, and their check digits: answered at once, before any
// lookup, so a typing mistake is shown next to its field and never counts as a failed attempt.
import type { LinkContractBody } from '@portal/contract';
import { isValidMaticniBroj, isValidPib, jmbgProblem } from '@portal/domain';
import type { AppFieldError } from '../../lib/app-error.js';

export type AccountPersonType = 'NATURAL' | 'LEGAL';

/** The identifiers that must match the customer of the billing account. */
export type LinkIdentifiers =
  | { kind: 'jmbg'; billingNumber: string; jmbg: string }
  | { kind: 'company'; billingNumber: string; pib: string; maticniBroj: string };

export type IdentifierCheck =
  { ok: true; identifiers: LinkIdentifiers } | { ok: false; errors: AppFieldError[] };

/**
 * A natural person's account links with billing number + JMBG; a legal entity's (or sole trader's) with
 * billing number + PIB + matični broj. Formats were checked by the body schema already.
 */
export function checkLinkIdentifiers(personType: AccountPersonType, body: LinkContractBody): IdentifierCheck {
  const errors: AppFieldError[] = [];
  const billingNumber = body.billingNumber.trim();
  const notExpected = (path: 'jmbg' | 'pib' | 'mb') => {
    if (body[path] !== undefined) errors.push({ path, code: 'invalid_value' });
  };

  if (personType === 'NATURAL') {
    notExpected('pib');
    notExpected('mb');
    const jmbg = body.jmbg?.trim();
    if (jmbg === undefined) errors.push({ path: 'jmbg', code: 'required' });
    else {
      const problem = jmbgProblem(jmbg);
      if (problem === 'format') errors.push({ path: 'jmbg', code: 'invalid_format' });
      if (problem === 'date') errors.push({ path: 'jmbg', code: 'invalid_date' });
      if (problem === 'checksum') errors.push({ path: 'jmbg', code: 'invalid_checksum' });
    }
    return errors.length > 0 || jmbg === undefined
      ? { ok: false, errors }
      : { ok: true, identifiers: { kind: 'jmbg', billingNumber, jmbg } };
  }

  notExpected('jmbg');
  const pib = body.pib?.trim();
  const maticniBroj = body.mb?.trim();
  if (pib === undefined) errors.push({ path: 'pib', code: 'required' });
  else if (!isValidPib(pib)) errors.push({ path: 'pib', code: 'invalid_checksum' });
  if (maticniBroj === undefined) errors.push({ path: 'mb', code: 'required' });
  else if (!isValidMaticniBroj(maticniBroj)) errors.push({ path: 'mb', code: 'invalid_checksum' });
  return errors.length > 0 || pib === undefined || maticniBroj === undefined
    ? { ok: false, errors }
    : { ok: true, identifiers: { kind: 'company', billingNumber, pib, maticniBroj } };
}
