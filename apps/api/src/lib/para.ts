import { parseRsd, type Para } from '@portal/domain';

/** A database decimal (RSD, two places) as para. */
export const para = (value: { toFixed(digits: number): string }): Para => parseRsd(value.toFixed(2));
