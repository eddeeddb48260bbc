// Dunning notices of the demo data. The supplier's real rules arrive with the payments issue; these
// named assumptions only make the data look like a billing system's.
import { formatRsd } from '@portal/domain';
import type { AccountState } from './account-state.js';
import { addDays, daysBetween } from '@portal/domain';
import type { PlannedMeteringPoint } from './population.js';
import type { Random } from './random.js';

export const demoDunningRules = {
  /** a bill counts as overdue for dunning this many days after its due date */
  graceDays: 15,
  /** no notice for overdue debt below this (para) */
  minimumDebt: 150_000,
  /** the warning before disconnection gives this many days to pay */
  warningDeadlineDays: 15,
  /** still unpaid this many days after a warning: a reminder before enforcement */
  escalateAfterDays: 45,
  reminderDeadlineDays: 8,
};

type Kind = 'WARNING_BEFORE_DISCONNECTION' | 'REMINDER_BEFORE_ENFORCEMENT';

export interface OpenNotice {
  kind: Kind;
  issuedOn: string;
  status: 'OPEN' | 'SETTLED' | 'ESCALATED';
  settledOn: string | null;
  row(): unknown[];
}

export interface DunningState {
  open: OpenNotice[];
}

/** Issues, escalates and settles notices as of `date`. */
export function nextDunningNotices(
  random: Random,
  point: PlannedMeteringPoint,
  state: AccountState,
  dunning: DunningState,
  date: string,
  asOf: string,
): void {
  const rules = demoDunningRules;
  const overdue = state.overdue(date, rules.graceDays);
  const active = dunning.open.filter((n) => n.status === 'OPEN');
  if (overdue <= 0) {
    for (const notice of dunning.open) {
      if (notice.status !== 'SETTLED') {
        notice.status = 'SETTLED';
        notice.settledOn = date;
      }
    }
    return;
  }
  if (overdue < rules.minimumDebt) return;
  const warning = active.find((n) => n.kind === 'WARNING_BEFORE_DISCONNECTION');
  if (active.length === 0) {
    dunning.open.push(
      notice(random, point, 'WARNING_BEFORE_DISCONNECTION', date, asOf, overdue, rules.warningDeadlineDays),
    );
  } else if (warning && daysBetween(warning.issuedOn, date) >= rules.escalateAfterDays) {
    warning.status = 'ESCALATED';
    dunning.open.push(
      notice(random, point, 'REMINDER_BEFORE_ENFORCEMENT', date, asOf, overdue, rules.reminderDeadlineDays),
    );
  }
}

function notice(
  random: Random,
  point: PlannedMeteringPoint,
  kind: Kind,
  issuedOn: string,
  asOf: string,
  debt: number,
  deadlineDays: number,
): OpenNotice {
  const id = random.uuid();
  // UO-YYMMDD-ED: 20 characters, the most a notice number has in the regional exports
  const number = `${kind === 'WARNING_BEFORE_DISCONNECTION' ? 'UO' : 'OU'}-${issuedOn.slice(2).replace(/-/g, '')}-${point.edNumber}`;
  const deliveredOn = deliveryDate(random, issuedOn, asOf);
  const result: OpenNotice = {
    kind,
    issuedOn,
    status: 'OPEN',
    settledOn: null,
    row: () => [
      id,
      point.regionId,
      number,
      point.id,
      kind,
      number,
      issuedOn,
      deliveredOn,
      addDays(issuedOn, -1),
      formatRsd(debt),
      addDays(issuedOn, deadlineDays),
      result.status,
      result.settledOn,
    ],
  };
  return result;
}

/** A notice is delivered 2-6 days after issue, or not (yet): never after the data's own date. */
export function deliveryDate(random: Random, issuedOn: string, asOf: string): string | null {
  if (!random.chance(0.8)) return null;
  const deliveredOn = addDays(issuedOn, random.int(2, 6));
  return deliveredOn <= asOf ? deliveredOn : null;
}
