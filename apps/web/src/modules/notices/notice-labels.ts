// How a notice is shown: the colour of its status, and whether it still asks to be paid.
import type { DunningNotice, DunningNoticeStatus } from '@portal/contract';

export const noticeStatusColours: Record<DunningNoticeStatus, string> = {
  open: 'error',
  settled: 'success',
  escalated: 'warning',
  cancelled: 'default',
};

/** An open notice asks to be paid: the tab offers "Pay" and the consequence is stated as a threat. */
export function isPayable(notice: Pick<DunningNotice, 'status'>): boolean {
  return notice.status === 'open';
}

/** The metering point page opened on its notices tab. */
export function noticesLink(meteringPointId: string): { path: string; query: { tab: 'notices' } } {
  return { path: `/metering-points/${meteringPointId}`, query: { tab: 'notices' } };
}

/** The pay page for the debt of a metering point. */
export function payLink(meteringPointId: string): { path: string; query: { meteringPointId: string } } {
  return { path: '/pay', query: { meteringPointId } };
}

/** Open notices first (newest first among them), then the rest as listed (newest first). */
export function openFirst<T extends Pick<DunningNotice, 'status'>>(notices: readonly T[]): T[] {
  return [...notices.filter(isPayable), ...notices.filter((notice) => !isPayable(notice))];
}
