// The explanation of a line of an ERS or EPCG bill: each of their legends (seeds/004, seeds/003) explains
// its items by their codes, so the text is found by the layout and the line's code, not by its kind. EPS's
// power-metering bill explains its lines by kind, a few of them in words of their own (layoutKinds).
import type { BillLayout, BillLine } from '@portal/contract';
import { lineExplanation } from './bill-labels.js';
import en from './messages.en.js';

type CodedLayout = keyof typeof en.layoutLines;
type KindLayout = keyof typeof en.layoutKinds;

/** The i18n keys explaining a line: its layout's item when the legend has one, else the kind's. */
export function lineExplanationKeys(
  line: Pick<BillLine, 'code' | 'kind' | 'zone' | 'register'>,
  layout: BillLayout | undefined,
): string[] {
  if (layout && Object.hasOwn(en.layoutLines, layout)) {
    const items: Record<string, string> = en.layoutLines[layout as CodedLayout];
    const key = `c${line.code}`;
    return Object.hasOwn(items, key) ? [`layoutLines.${layout}.${key}`] : [];
  }
  if (layout && Object.hasOwn(en.layoutKinds, layout)) {
    const kinds: Record<string, string> = en.layoutKinds[layout as KindLayout];
    if (Object.hasOwn(kinds, line.kind)) return [`layoutKinds.${layout}.${line.kind}`];
  }
  return lineExplanation(line).map((key) => `explain.${key}`);
}
