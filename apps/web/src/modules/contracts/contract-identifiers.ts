// Check digits of the identifiers a contract is linked with, checked in the browser as the user types
// (the API checks them again): JMBG with its birth date, PIB (ISO 7064 MOD 11,10), matični broj (mod 11).
import { linkContractBody, type FieldErrorCode } from '@portal/contract';
import { isValidMaticniBroj, isValidPib, jmbgProblem } from '@portal/domain';

export type PersonType = 'natural' | 'legal';

export interface ContractFormValues {
  [key: string]: string;
  billingNumber: string;
  jmbg: string;
  pib: string;
  mb: string;
}

/** The contract's schema with the identifiers this kind of account must give. */
export function contractFormSchema(personType: PersonType) {
  return personType === 'natural'
    ? linkContractBody.pick({ billingNumber: true, jmbg: true }).required({ jmbg: true })
    : linkContractBody.pick({ billingNumber: true, pib: true, mb: true }).required({ pib: true, mb: true });
}

/** A wrong check digit (or a JMBG whose date is impossible) per field; the format is the schema's job. */
export function identifierProblems(
  values: ContractFormValues,
  personType: PersonType,
): Partial<Record<'jmbg' | 'pib' | 'mb', FieldErrorCode>> {
  const problems: Partial<Record<'jmbg' | 'pib' | 'mb', FieldErrorCode>> = {};
  if (personType === 'natural') {
    const jmbg = values.jmbg.trim();
    const problem = /^\d{13}$/.test(jmbg) ? jmbgProblem(jmbg) : null;
    if (problem === 'date') problems.jmbg = 'invalid_date';
    else if (problem === 'checksum') problems.jmbg = 'invalid_checksum';
  } else {
    const pib = values.pib.trim();
    const mb = values.mb.trim();
    if (/^\d{9}$/.test(pib) && !isValidPib(pib)) problems.pib = 'invalid_checksum';
    if (/^\d{8}$/.test(mb) && !isValidMaticniBroj(mb)) problems.mb = 'invalid_checksum';
  }
  return problems;
}

/** The request body for this kind of account, trimmed. */
export function linkBody(values: ContractFormValues, personType: PersonType) {
  const billingNumber = values.billingNumber.trim();
  return personType === 'natural'
    ? { billingNumber, jmbg: values.jmbg.trim() }
    : { billingNumber, pib: values.pib.trim(), mb: values.mb.trim() };
}
