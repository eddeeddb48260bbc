// The pure rules of the pay page: the chosen bills (and debts beyond bills) and their sum, the typed
// amount checked against it, and the preselection from the URL (the conversions of amounts are
// composables/money.ts's).
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
  /** the ledger balance: what it holds beyond the open bills can be chosen too (debtBeyondBills) */
  balance?: string;
}

/** A metering point's interest and other debt beyond its bills, as the selection holds it. */
export const debtKey = (meteringPointId: string) => `debt:${meteringPointId}`;

const owesBeyondBills = (group: Group) =>
  group.balance !== undefined && debtBeyondBills({ balance: group.balance, bills: group.bills }) !== '0.00';

/**
 * Chooses (or lets go of) a metering point's debt beyond bills. Payments settle the oldest debt first,
 * so it is paid after the point's bills: choosing it chooses them too.
 */
export function toggleDebt(selected: ReadonlySet<string>, group: Group, on: boolean): Set<string> {
  const next = on ? toggleGroup(selected, group.bills, true) : new Set(selected);
  if (on) next.add(debtKey(group.id));
  else next.delete(debtKey(group.id));
  return next;
}

/** The selection without the debts of points whose bills are no longer all chosen (see toggleDebt). */
export function keepDebtsWithTheirBills(
  groups: readonly Group[],
  selected: ReadonlySet<string>,
): Set<string> {
  const next = new Set(selected);
  for (const group of groups)
    if (groupState(group.bills, next) !== 'all' && group.bills.length > 0) next.delete(debtKey(group.id));
  return next;
}

/** The metering points whose debt beyond bills is chosen, in the order of the page. */
export function selectedDebts(groups: readonly Group[], selected: ReadonlySet<string>): string[] {
  return groups.filter((group) => selected.has(debtKey(group.id)) && owesBeyondBills(group)).map((g) => g.id);
}

/** What is open on the chosen bills and owed beyond the bills of the chosen debts, added up. */
export function selectedTotal(
  groups: readonly (Group & { balance: string })[],
  selected: ReadonlySet<string>,
) {
  const debts = new Set(selectedDebts(groups, selected));
  return sumAmounts([
    selectedSum(
      groups.flatMap((group) => group.bills),
      selected,
    ),
    ...groups.filter((group) => debts.has(group.id)).map((group) => debtBeyondBills(group)),
  ]);
}

/**
 * The bills chosen when the page opens: those of `?billIds=`, else all of `?meteringPointId=` and its
 * debt beyond bills, else none (the user ticks what to pay). Ids that are not open bills are ignored.
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
  if (!point) return new Set();
  return owesBeyondBills(point)
    ? toggleDebt(new Set(), point, true)
    : toggleGroup(new Set(), point.bills, true);
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
 * What a metering point owes beyond its open bills (interest, corrections), "0.00" when nothing: paid
 * by card after the point's bills, or as part of the whole debt by IPS QR (the billing number as the
 * reference). The API recomputes it when the order is made.
 */
export function debtBeyondBills(point: { balance: string; bills: readonly OpenBill[] }): string {
  const beyond = toPara(point.balance) - point.bills.reduce((sum, bill) => sum + toPara(bill.open), 0n);
  return fromPara(beyond > 0n ? beyond : 0n);
}
