// The supplier that issues every bill, notice and receipt, and what its payment slips and IPS QR codes
// say. One supplier serves all five regions; what differs by region (the branch printed beside the
// supplier, its address and phone, the payee account and name on the slip) is in the region table of
// the billing data.

/** Element 1 of the paper bill (seeds/001). */
export const supplier = {
  name: 'Електропривреда Србије АД Београд',
  address: 'Балканска 13, 11000 Београд',
  pib: '103920327',
  website: 'www.eps.rs',
};

/** The payment code of electricity bills and debts on the slip and in the IPS QR code (DOMAIN.md). */
const paymentCode = '189';

/** How an electricity bill is paid: the payment code and purpose. */
export const billPayment = { paymentCode, purpose: 'Уплата по рачуну за ел. енергију' };

/** How the debt a dunning notice names is paid: the payment code and purpose. */
export const noticePayment = { paymentCode, purpose: 'Уплата дуга за ел. енергију' };
