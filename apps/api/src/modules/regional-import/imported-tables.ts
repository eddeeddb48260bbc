// The tables an applied export writes, parents before children: what the import's tests fingerprint and
// what its benchmark loads by raw COPY to compare.
export const importedTables = [
  'customer',
  'billing_account',
  'metering_point',
  'supply_contract',
  'meter',
  'meter_installation',
  'meter_reading',
  'bill',
  'bill_line_item',
  'payment',
  'ledger_entry',
  'dunning_notice',
] as const;
