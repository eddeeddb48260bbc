// What the payment page says, in Serbian (Latin script) and English.
import type { GatewayOrderStatus } from '@portal/gateway-protocol';
import type { CardErrorCode, TestOutcome } from './test-cards.js';

export type Locale = 'sr' | 'en';

export interface PageTexts {
  title: string;
  sandboxNotice: string;
  merchant: string;
  description: string;
  amount: string;
  cardNumber: string;
  cardNumberHint: string;
  expiry: string;
  expiryHint: string;
  cvv: string;
  cvvHint: string;
  cardholder: string;
  pay: (amount: string) => string;
  cancel: string;
  secure: string;
  errorSummary: string;
  errors: Record<CardErrorCode, string>;
  testCardsTitle: string;
  testCardsIntro: string;
  testCardNumber: string;
  testCardBrand: string;
  testCardOutcome: string;
  outcomes: Record<TestOutcome, string>;
  statusTitle: Record<Exclude<GatewayOrderStatus, 'created'>, string>;
  statusText: Record<Exclude<GatewayOrderStatus, 'created'>, string>;
  backToMerchant: string;
  notFoundTitle: string;
  notFoundText: string;
  orderNumber: string;
}

export const brandNames = { visa: 'Visa', mastercard: 'Mastercard', dina: 'DinaCard' } as const;

export const texts: Record<Locale, PageTexts> = {
  sr: {
    title: 'Plaćanje platnom karticom',
    sandboxNotice: 'Test okruženje: novac se ne prenosi.',
    merchant: 'Prodavac',
    description: 'Opis',
    amount: 'Iznos',
    cardNumber: 'Broj kartice',
    cardNumberHint: '16 cifara sa prednje strane kartice',
    expiry: 'Važi do (MM/GG)',
    expiryHint: 'Na primer 08/29',
    cvv: 'CVV',
    cvvHint: '3 cifre sa poleđine kartice',
    cardholder: 'Ime na kartici',
    pay: (amount) => `Plati ${amount}`,
    cancel: 'Odustani i vrati se prodavcu',
    secure: 'Podaci o kartici unose se samo na ovoj stranici i ne dobija ih prodavac.',
    errorSummary: 'Plaćanje nije poslato. Ispravite sledeće:',
    errors: {
      cardNumberMissing: 'Unesite broj kartice.',
      cardNumberInvalid: 'Broj kartice nije ispravan. Proverite cifre.',
      cardBrandUnknown: 'Prihvatamo samo DinaCard, Visa i Mastercard kartice.',
      cardNotTestCard: 'Ovo je test okruženje: koristite jednu od test kartica sa spiska.',
      expiryInvalid: 'Unesite datum važenja u obliku MM/GG, na primer 08/29.',
      expiryPast: 'Kartica je istekla.',
      cvvInvalid: 'CVV ima tačno 3 cifre.',
      cardholderMissing: 'Unesite ime kako piše na kartici.',
    },
    testCardsTitle: 'Test kartice',
    testCardsIntro: 'Bilo koji datum važenja u budućnosti i bilo koji CVV od 3 cifre.',
    testCardNumber: 'Broj kartice',
    testCardBrand: 'Vrsta',
    testCardOutcome: 'Ishod',
    outcomes: { approved: 'odobreno', declined: 'odbijeno', pending: 'na čekanju, zatim odobreno' },
    statusTitle: {
      pending: 'Plaćanje je u obradi',
      approved: 'Plaćanje je uspelo',
      declined: 'Plaćanje nije uspelo',
      cancelled: 'Plaćanje je otkazano',
      expired: 'Vreme za plaćanje je isteklo',
    },
    statusText: {
      pending: 'Banka još nije potvrdila plaćanje. Prodavac će vas obavestiti o ishodu.',
      approved: 'Iznos je naplaćen sa vaše kartice.',
      declined: 'Kartica nije zadužena.',
      cancelled: 'Odustali ste od plaćanja. Kartica nije zadužena.',
      expired: 'Kartica nije zadužena.',
    },
    backToMerchant: 'Nazad na sajt prodavca',
    notFoundTitle: 'Plaćanje nije pronađeno',
    notFoundText: 'Ova adresa za plaćanje ne postoji. Vratite se na sajt prodavca i pokušajte ponovo.',
    orderNumber: 'Broj naloga',
  },
  en: {
    title: 'Card payment',
    sandboxNotice: 'Test environment: no money is moved.',
    merchant: 'Merchant',
    description: 'Description',
    amount: 'Amount',
    cardNumber: 'Card number',
    cardNumberHint: 'The 16 digits on the front of your card',
    expiry: 'Expiry date (MM/YY)',
    expiryHint: 'For example 08/29',
    cvv: 'CVV',
    cvvHint: 'The 3 digits on the back of your card',
    cardholder: 'Name on card',
    pay: (amount) => `Pay ${amount}`,
    cancel: 'Cancel and return to the merchant',
    secure: 'Your card details are entered on this page only; the merchant never receives them.',
    errorSummary: 'The payment was not sent. Please correct the following:',
    errors: {
      cardNumberMissing: 'Enter the card number.',
      cardNumberInvalid: 'The card number is not valid. Check the digits.',
      cardBrandUnknown: 'Only DinaCard, Visa and Mastercard cards are accepted.',
      cardNotTestCard: 'This is a test environment: use one of the test cards listed.',
      expiryInvalid: 'Enter the expiry date as MM/YY, for example 08/29.',
      expiryPast: 'The card has expired.',
      cvvInvalid: 'The CVV has exactly 3 digits.',
      cardholderMissing: 'Enter the name as it appears on the card.',
    },
    testCardsTitle: 'Test cards',
    testCardsIntro: 'Any expiry date in the future and any 3-digit CVV.',
    testCardNumber: 'Card number',
    testCardBrand: 'Brand',
    testCardOutcome: 'Outcome',
    outcomes: { approved: 'approved', declined: 'declined', pending: 'pending, then approved' },
    statusTitle: {
      pending: 'Payment in progress',
      approved: 'Payment successful',
      declined: 'Payment not completed',
      cancelled: 'Payment cancelled',
      expired: 'The payment page has expired',
    },
    statusText: {
      pending: 'The bank has not confirmed the payment yet. The merchant will let you know the outcome.',
      approved: 'The amount has been charged to your card.',
      declined: 'Your card has not been charged.',
      cancelled: 'You cancelled the payment. Your card has not been charged.',
      expired: 'Your card has not been charged.',
    },
    backToMerchant: 'Back to the merchant',
    notFoundTitle: 'Payment not found',
    notFoundText: 'This payment address does not exist. Return to the merchant and try again.',
    orderNumber: 'Order number',
  },
};

/** "1234.56" as "1.234,56 RSD" (sr) or "1,234.56 RSD" (en). */
export function formatAmount(amount: string, currency: string, locale: Locale): string {
  const [whole = '0', cents = '00'] = amount.split('.');
  const [group, decimal] = locale === 'sr' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${grouped}${decimal}${cents} ${currency}`;
}
