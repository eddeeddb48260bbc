// What a bill says about paying it: the Serbian payment slip and IPS QR code when its supplier is paid
// that way (EPS), nothing when its paper bill sends the customer to its supplier (ERS in KM, EPCG in euros).
import type { BillDetail } from '@portal/contract';
import { billPaymentReference, buildIpsQrPayload, parseRsd, type BillSupplier } from '@portal/domain';
import { printedAccount } from '../../documents/views.js';

export interface SlipPaymentInput {
  region: { payeeName: string; branchAddress: string; payeeAccount: string };
  customer: { name: string; deliveryStreet: string; deliveryCity: string };
  billingNumber: string;
  periodStart: string;
  periodEnd: string;
  currency: string;
  /** the printed total to pay, as decimal text */
  totalToPay: string;
}

/** The slip and QR code of a dinar bill paid to the payee of its metering point's region (model 97). */
export function slipPayment(supplier: BillSupplier, bill: SlipPaymentInput): BillDetail['payment'] {
  const { payment } = supplier;
  if (payment.via !== 'nbs_slip' || bill.currency !== 'RSD') return null;
  const reference = billPaymentReference(bill.billingNumber, bill.periodStart, bill.periodEnd);
  const toPay = parseRsd(bill.totalToPay);
  const payee = {
    name: bill.region.payeeName,
    address: bill.region.branchAddress,
    account: bill.region.payeeAccount,
  };
  return {
    payeeName: payee.name,
    payeeAddress: payee.address,
    payeeAccount: payee.account,
    payeeAccountPrinted: printedAccount(payee.account),
    paymentCode: payment.paymentCode,
    purpose: payment.purpose,
    model: '97',
    reference,
    amount: bill.totalToPay,
    // The paper bill's QR: the printed total to pay, nothing when the account is in credit.
    ipsQrPayload:
      toPay > 0
        ? buildIpsQrPayload({
            payeeAccount: payee.account,
            payeeName: payee.name,
            payeeAddress: payee.address,
            amount: toPay,
            paymentCode: payment.paymentCode,
            // buildIpsQrPayload fits name and address into P:'s 70 characters, cutting at a word
            payerName: bill.customer.name,
            payerAddress: `${bill.customer.deliveryStreet}, ${bill.customer.deliveryCity}`,
            purpose: payment.purpose,
            reference: `97${reference}`,
          })
        : null,
  };
}
