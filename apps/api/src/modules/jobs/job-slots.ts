// When a scheduled job is due, every API process says so; the job queue keeps one job per time slot.
// A slot's job id is derived from the job's name and the slot, so the copies sent by several processes
// are one row (the insert does nothing on a conflict), even after that job has finished.
import { createHash } from 'node:crypto';
import { Cron } from 'croner';

export type JobSchedule =
  /** every so many seconds, in slots counted from the epoch (the same slots in every process) */
  | { everySeconds: number }
  /** a cron expression (minute resolution) in the given time zone */
  | { cron: string; timezone: string };

/** A UUID (version 8 layout) from the job's name, the slot and a key: the same in every process. */
export function slotJobId(name: string, slot: Date, key = ''): string {
  const hex = createHash('sha256').update(`${name}\u0000${slot.toISOString()}\u0000${key}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The slot a firing at `at` belongs to: the nearest slot start, so that processes whose clocks differ
 * by less than half a slot (half a minute for cron schedules) name the same slot.
 */
export function slotOf(schedule: JobSchedule, at: Date): Date {
  const ms = 'everySeconds' in schedule ? schedule.everySeconds * 1000 : 60_000;
  return new Date(Math.round(at.getTime() / ms) * ms);
}

export interface SlotTimer {
  stop(): void;
}

/** Calls `fire` at every slot of the schedule from now on (machine time: scheduling is not a business rule). */
export function startSlotTimer(schedule: JobSchedule, fire: (slot: Date) => void): SlotTimer {
  if ('cron' in schedule) {
    const cron = new Cron(schedule.cron, { timezone: schedule.timezone, protect: true, unref: true }, () =>
      fire(slotOf(schedule, new Date())),
    );
    return { stop: () => cron.stop() };
  }
  const periodMs = schedule.everySeconds * 1000;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const arm = () => {
    if (stopped) return;
    const next = (Math.floor(Date.now() / periodMs) + 1) * periodMs;
    timer = setTimeout(() => {
      fire(slotOf(schedule, new Date()));
      arm();
    }, next - Date.now());
    timer.unref();
  };
  arm();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
