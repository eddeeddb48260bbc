// The demo household's open complaint: portal data, like the demo users. Marko asked about a reading of
// his house last month and support has taken the complaint up, so the history, the deadlines and the
// support inbox have something to show from the first start.
import { addDays, belgradeDateOf, complaintDeadlines } from '@portal/domain';
import type { Sink } from './sink.js';

/** Fixed ids: the complaint's URL stays the same between runs. */
export const demoComplaintId = '00000000-0000-4000-8000-0000000000c1';

export function addDemoComplaint(
  sink: Sink,
  household: { userId: string; meteringPointId: string },
  supportUserId: string | null,
  now: string,
): void {
  const today = belgradeDateOf(new Date(now));
  const receivedOn = addDays(today, -2);
  const due = complaintDeadlines(receivedOn);
  const filedAt = `${receivedOn}T08:30:00.000Z`;
  const takenUpAt = `${addDays(receivedOn, 1)}T09:15:00.000Z`;
  sink.add('complaint', [
    demoComplaintId,
    household.userId,
    household.meteringPointId,
    'READING',
    addDays(today, -40),
    addDays(today, -10),
    'Очитано стање на рачуну за прошли месец је веће од стања на бројилу. Шаљем фотографију бројила.',
    'IN_REVIEW',
    receivedOn,
    due.answerDue,
    due.resolutionDue,
    filedAt,
    takenUpAt,
  ]);
  sink.add('complaintEvent', [
    '00000000-0000-4000-8000-0000000000e1',
    demoComplaintId,
    'FILED',
    null,
    null,
    filedAt,
  ]);
  sink.add('complaintEvent', [
    '00000000-0000-4000-8000-0000000000e2',
    demoComplaintId,
    'IN_REVIEW',
    null,
    supportUserId,
    takenUpAt,
  ]);
}
