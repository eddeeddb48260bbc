// The supplier as its documents name it: the same on bills, notices and receipts, and the payment code
// and purpose with which an electricity bill is paid (on the bill's slip and in every IPS QR code for bills).

/**
 * The supplier printed at the top of every document (element 1 of seeds/001). One supplier serves all
 * five regions; the branch (element 2) comes from the region.
 */
export const supplier = {
  name: 'Електропривреда Србије АД Београд',
  address: 'Балканска 13, 11000 Београд',
  pib: '103920327',
  website: 'www.eps.rs',
};

/** Payment code and purpose of an electricity bill on the slip and in the IPS QR code (DOMAIN.md). */
export const billPayment = {
  paymentCode: '189',
  purpose: 'Уплата по рачуну за ел. енергију',
};
