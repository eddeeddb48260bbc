// The model 97 payment references ("poziv na broj") of portal payments that are not one bill's: the
// billing system reads the reference to match a payment back to what it pays (a bill's own reference is
// billPaymentReference, bill-reference.ts).
import { model97Control } from '../identifiers/index.js';

/** Reference of a portal IPS order: "9" + the order number, so it cannot be read as a billing number. */
export function ipsOrderReference(orderNumber: string): string {
  return withControl(`9${orderNumber.padStart(9, '0')}`);
}

/**
 * Reference of a metering point's whole debt (the IPS QR code of a debt, a dunning notice's slip): the
 * billing number alone, without a billing month.
 */
export function debtReference(billingNumber: string): string {
  return withControl(billingNumber.replace(/\D/g, ''));
}

const withControl = (digits: string) => `${model97Control(digits)}${digits}`;
