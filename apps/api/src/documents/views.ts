// The parties of a document from database rows, in the contract's shapes: the branch beside the
// supplier, the customer's and the metering point's addresses, and the payee account as slips print it.
import type { BillDetail } from '@portal/contract';

/** "845000000040484987" -> "845-0000000404849-87", the form printed on payment slips. */
export function printedAccount(account: string): string {
  return `${account.slice(0, 3)}-${account.slice(3, 16)}-${account.slice(16)}`;
}

/** The branch printed beside the supplier (element 2): the one of the metering point's region. */
export function branchView(region: {
  branchName: string;
  branchAddress: string;
  phone: string | null;
}): NonNullable<BillDetail['branch']> {
  return { name: region.branchName, address: region.branchAddress, phone: region.phone };
}

/** The customer's address for post: where bills and notices are delivered. */
export function deliveryAddressView(customer: {
  deliveryStreet: string;
  deliveryPostalCode: string;
  deliveryCity: string;
}): BillDetail['customer']['deliveryAddress'] {
  return {
    street: customer.deliveryStreet,
    postalCode: customer.deliveryPostalCode,
    city: customer.deliveryCity,
  };
}

/** A metering point's own address. */
export function addressView(point: {
  street: string;
  postalCode: string;
  city: string;
}): BillDetail['meteringPoint']['address'] {
  return { street: point.street, postalCode: point.postalCode, city: point.city };
}
