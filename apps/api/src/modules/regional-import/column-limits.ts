// What the contract's types allow beyond what the portal's columns hold (a 15-digit `int` into a
// SMALLINT, dec(15,3) into DECIMAL(14,3)): such a value would fail the whole export's SQL, so the record
// is quarantined with this reason instead, like any other bad value.
import { netMeteringFields, type RecordType } from '@portal/regional-import';

const smallint = 32_767;
const int = 2_147_483_647;

/** The largest magnitude each field's column takes, for the fields whose contract type allows more. */
const limits: Record<string, number> = {
  days: smallint,
  digits: smallint,
  position: smallint,
  kwhVt: int,
  kwhNt: int,
  kwhSingle: int,
  kwhGreen: int,
  kwhBlue: int,
  kwhRed: int,
  ...Object.fromEntries(netMeteringFields.map((field) => [field, int])),
  vt: int,
  nt: int,
  single: int,
  // reactive VT and NT are stored added up in one INT column
  reactiveVt: int / 2,
  reactiveNt: int / 2,
  quantity: 99_999_999_999.999, // DECIMAL(14,3)
  unitPrice: 99_999_999.999999, // DECIMAL(14,6)
};

/** Why a validated record does not fit the portal's columns, or null when it does. */
export function columnLimitProblem(
  type: RecordType,
  fields: Readonly<Record<string, unknown>>,
): string | null {
  const problems = Object.entries(fields)
    .filter(
      ([field, value]) => field in limits && value !== undefined && Math.abs(Number(value)) > limits[field]!,
    )
    .map(([field]) => `${field}: too large for the portal (at most ${limits[field]})`);
  return problems.length === 0 ? null : problems.join('; ');
}
