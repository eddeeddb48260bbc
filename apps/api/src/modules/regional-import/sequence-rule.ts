// Which exports of a region may apply (REGIONAL-EXPORTS.md part 3, "Order" and "Once"): a pure rule,
// so that the decision can be tested without a database and read in one place.
import type { ExportKind } from '@portal/regional-import';

export interface AppliedExport {
  sequence: number;
  checksum: string;
}

export type SequenceDecision =
  | { action: 'apply' }
  | { action: 'already_applied' }
  | { action: 'waiting'; reason: string }
  | { action: 'refused'; reason: string };

/**
 * @param last the region's last applied export, or null before its first
 * @param same the applied export with this sequence, if any
 */
export function decideSequence(
  incoming: { sequence: number; kind: ExportKind; checksum: string },
  last: AppliedExport | null,
  same: AppliedExport | null,
): SequenceDecision {
  if (same) {
    return same.checksum === incoming.checksum
      ? { action: 'already_applied' }
      : {
          action: 'refused',
          reason: `sequence ${incoming.sequence} was applied already with other content (SHA-256 ${same.checksum})`,
        };
  }
  if (last === null) {
    // A FULL export states the region as a whole, so it can start the region's history at any
    // sequence (a region taken on after its system had exported elsewhere); a DELTA needs everything
    // before it, which only sequence 1 has.
    if (incoming.kind === 'FULL' || incoming.sequence === 1) return { action: 'apply' };
    return { action: 'waiting', reason: `waiting for sequence 1 (or a FULL export) of the region` };
  }
  if (incoming.sequence <= last.sequence)
    // No gaps are allowed, so every sequence up to the last applied one was applied: `same` exists.
    // Reaching here means the history was started by a FULL export later than this one.
    return {
      action: 'refused',
      reason: `sequence ${incoming.sequence} is older than the region's history, which starts later`,
    };
  if (incoming.kind === 'FULL')
    return { action: 'refused', reason: 'a FULL export only as the first export of a region' };
  if (incoming.sequence > last.sequence + 1)
    return {
      action: 'waiting',
      reason: `waiting for sequence ${last.sequence + 1}: the last one applied is ${last.sequence}`,
    };
  return { action: 'apply' };
}
