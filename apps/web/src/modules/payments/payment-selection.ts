// The pure rules of the pay page: the chosen bills and their sum, the typed amount checked against it,
// and the preselection from the URL (the conversions of amounts are composables/money.ts's).
import type { Locale, OpenBill } from '@portal/contract';
import { fromPara, parseAmountInput, sumAmounts, toPara } from '../../composables/money.js';

/** What is open on the chosen bills, added up. */
export function selectedSum(bills: readonly OpenBill[], selected: ReadonlySet<string>): string {
  return sumAmounts(bills.filter((bill) => selected.has(bill.id)).map((bill) => bill.open));
}

/** How many of a metering point's bills are chosen: a checkbox per metering point shows it. */
export function groupState(
  bills: readonly OpenBill[],
  selected: ReadonlySet<string>,
): 'all' | 'some' | 'none' {
  const chosen = bills.filter((bill) => selected.has(bill.id)).length;
  if (chosen === 0) return 'none';
  return chosen === bills.length ? 'all' : 'some';
}

/** Chooses (or lets go of) every bill of a group. */
export function toggleGroup(
  selected: ReadonlySet<string>,
  bills: readonly OpenBill[],
  on: boolean,
): Set<string> {
  const next = new Set(selected);
  for (const bill of bills) {
    if (on) next.add(bill.id);
    else next.delete(bill.id);
  }
  return next;
}

/** Chooses (or lets go of) one bill. */
export function toggleBill(selected: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(selected);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** `?billIds=a,b` or `?billIds=a&billIds=b` → ["a", "b"]. */
export function parseIdList(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values
    .flatMap((item) => (typeof item === 'string' ? item.split(',') : []))
    .map((id) => id.trim())
    .filter(Boolean);
}

interface Group {
  id: string;
  bills: readonly OpenBill[];
}

/**
 * The bills chosen when the page opens: those of `?billIds=`, else all of `?meteringPointId=`, else none
 * (the user ticks what to pay). Ids that are not open bills are ignored.
 */
export function initialSelection(
  groups: readonly Group[],
  query: { billIds?: unknown; meteringPointId?: unknown },
): Set<string> {
  const billIds = parseIdList(query.billIds);
  if (billIds.length) {
    const open = new Set(groups.flatMap((group) => group.bills.map((bill) => bill.id)));
    const chosen = billIds.filter((id) => open.has(id));
    if (chosen.length) return new Set(chosen);
  }
  const pointId = typeof query.meteringPointId === 'string' ? query.meteringPointId : undefined;
  const point = pointId ? groups.find((group) => group.id === pointId) : undefined;
  return new Set(point ? point.bills.map((bill) => bill.id) : []);
}

/** The bills in the order of the page (the API's), chosen ones only: the request's `billIds`. */
export function selectedIds(groups: readonly Group[], selected: ReadonlySet<string>): string[] {
  return groups.flatMap((group) =>
    group.bills.filter((bill) => selected.has(bill.id)).map((bill) => bill.id),
  );
}

export type AmountProblem = 'required' | 'invalid' | 'zero' | 'tooMuch';

/** The typed amount checked against what is open on the chosen bills. */
export function checkAmount(
  text: string,
  maximum: string,
  locale: Locale,
): { amount: string; problem: null } | { amount: null; problem: AmountProblem } {
  if (!text.trim()) return { amount: null, problem: 'required' };
  const amount = parseAmountInput(text, locale);
  if (amount === null) return { amount: null, problem: 'invalid' };
  const para = toPara(amount);
  if (para <= 0n) return { amount: null, problem: 'zero' };
  if (para > toPara(maximum)) return { amount: null, problem: 'tooMuch' };
  return { amount, problem: null };
}

/** Not "0.00": a portal payment waits for the billing system's confirmation (overview, pay page). */
export function hasPending(point: { pendingConfirmation: string }): boolean {
  return toPara(point.pendingConfirmation) !== 0n;
}

/**
 * What a metering point owes beyond its open bills (interest, corrections), "0.00" when nothing: it
 * can only be paid as part of the whole debt, by IPS QR with the billing number as the reference.
 */
export function debtBeyondBills(point: { balance: string; bills: readonly OpenBill[] }): string {
  const beyond = toPara(point.balance) - point.bills.reduce((sum, bill) => sum + toPara(bill.open), 0n);
  return fromPara(beyond > 0n ? beyond : 0n);
}
