// The sandbox's test cards and the checks of the card form. Any expiry date in the future and any three
// digit CVV work with every test card; the card number alone decides the outcome.
import { cardBrand, passesLuhn, type CardBrand } from '@portal/domain';

export type TestOutcome = 'approved' | 'declined' | 'pending';

export interface TestCard {
  number: string;
  brand: CardBrand;
  outcome: TestOutcome;
}

export const testCards: readonly TestCard[] = [
  { number: '4111 1111 1111 1111', brand: 'visa', outcome: 'approved' },
  { number: '5555 5555 5555 4444', brand: 'mastercard', outcome: 'approved' },
  { number: '9891 0000 0000 0003', brand: 'dina', outcome: 'approved' },
  { number: '4000 0000 0000 0002', brand: 'visa', outcome: 'declined' },
  { number: '4000 0000 0000 0259', brand: 'visa', outcome: 'pending' },
];

export const digitsOnly = (cardNumber: string): string => cardNumber.replace(/[\s-]/g, '');

export function testCardOutcome(cardNumber: string): TestOutcome | null {
  const digits = digitsOnly(cardNumber);
  return testCards.find((card) => digitsOnly(card.number) === digits)?.outcome ?? null;
}

export type CardField = 'cardNumber' | 'expiry' | 'cvv' | 'cardholder';
export type CardErrorCode =
  | 'cardNumberMissing'
  | 'cardNumberInvalid'
  | 'cardBrandUnknown'
  | 'cardNotTestCard'
  | 'expiryInvalid'
  | 'expiryPast'
  | 'cvvInvalid'
  | 'cardholderMissing';

export interface CardForm {
  cardNumber: string;
  expiry: string;
  cvv: string;
  cardholder: string;
}

export type CardCheck =
  | { ok: true; digits: string; brand: CardBrand; outcome: TestOutcome }
  | { ok: false; errors: Partial<Record<CardField, CardErrorCode>> };

/** The checks a card processor makes before it asks the issuer; `now` decides whether the card has expired. */
export function checkCardForm(form: CardForm, now: Date): CardCheck {
  const errors: Partial<Record<CardField, CardErrorCode>> = {};
  const digits = digitsOnly(form.cardNumber);
  const brand = cardBrand(digits);
  if (digits === '') errors.cardNumber = 'cardNumberMissing';
  else if (!passesLuhn(digits)) errors.cardNumber = 'cardNumberInvalid';
  else if (!brand) errors.cardNumber = 'cardBrandUnknown';
  else if (!testCardOutcome(digits)) errors.cardNumber = 'cardNotTestCard';

  const expiry = /^\s*(0[1-9]|1[0-2])\s*\/?\s*(\d{2})\s*$/.exec(form.expiry);
  if (!expiry) errors.expiry = 'expiryInvalid';
  else {
    // a card is valid through the last day of its expiry month
    const validUntil = Date.UTC(2000 + Number(expiry[2]), Number(expiry[1]), 1);
    if (validUntil <= now.getTime()) errors.expiry = 'expiryPast';
  }

  if (!/^\d{3}$/.test(form.cvv.trim())) errors.cvv = 'cvvInvalid';
  if (form.cardholder.trim().length < 2) errors.cardholder = 'cardholderMissing';

  if (Object.keys(errors).length > 0 || !brand) return { ok: false, errors };
  return { ok: true, digits, brand, outcome: testCardOutcome(digits)! };
}
