import { DomainError } from '../domain-error.js';

export type BillInputErrorCode =
  | 'PERIOD'
  | 'NO_TARIFF'
  | 'CONSUMPTION'
  | 'READINGS'
  | 'BILLING_POWER'
  | 'DISCOUNT'
  | 'REDUCTION'
  | 'LAYOUT'
  | 'PROSUMER';

/** The input of a bill calculation breaks a rule; nothing was computed. */
export class BillInputError extends DomainError<BillInputErrorCode> {}
