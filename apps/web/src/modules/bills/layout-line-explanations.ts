// The explanation of a line of an ERS or EPCG bill: each of their legends (seeds/004, seeds/003) explains
// its items by their codes, so the text is found by the layout and the line's code, not by its kind.
import type { BillLayout, BillLine } from '@portal/contract';
import { lineExplanation } from './bill-labels.js';
import en from './messages.en.js';

type CodedLayout = keyof typeof en.layoutLines;

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
  return lineExplanation(line).map((key) => `explain.${key}`);
}
