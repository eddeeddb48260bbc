// Which step staff or the customer may take on a complaint in each status. A closed complaint takes
// no step; an answer may be followed by more questions or a closing, never by a second filing.
export type ComplaintStatusName = 'RECEIVED' | 'IN_REVIEW' | 'ANSWERED' | 'CLOSED';
export type ComplaintStep = 'review' | 'requestInfo' | 'reply' | 'answer' | 'close';

const allowed: Record<ComplaintStep, readonly ComplaintStatusName[]> = {
  /** staff take it up */
  review: ['RECEIVED'],
  /** staff ask the customer for more; it stays (or goes) in review, waiting for the reply */
  requestInfo: ['RECEIVED', 'IN_REVIEW', 'ANSWERED'],
  /** the customer adds to it: more information, or an objection to the answer */
  reply: ['RECEIVED', 'IN_REVIEW', 'ANSWERED'],
  answer: ['RECEIVED', 'IN_REVIEW'],
  close: ['RECEIVED', 'IN_REVIEW', 'ANSWERED'],
};

const after: Record<ComplaintStep, (status: ComplaintStatusName) => ComplaintStatusName> = {
  review: () => 'IN_REVIEW',
  requestInfo: () => 'IN_REVIEW',
  // a reply reopens an answered complaint for review; otherwise the status stays
  reply: (status) => (status === 'ANSWERED' ? 'IN_REVIEW' : status),
  answer: () => 'ANSWERED',
  close: () => 'CLOSED',
};

/** The status after `step`, or null when the step is not possible in `status`. */
export function complaintStatusAfter(
  status: ComplaintStatusName,
  step: ComplaintStep,
): ComplaintStatusName | null {
  return allowed[step].includes(status) ? after[step](status) : null;
}

/** A complaint's number as customers quote it: P-000123. */
export function complaintNumber(number: number): string {
  return `P-${String(number).padStart(6, '0')}`;
}
