// How a metering point and the billing system's words (names, addresses) are shown: in the interface's
// script, whichever script the region's billing system stored them in (Belgrade and Novi Sad in Latin).
import { textInScript, type Address, type Locale } from '@portal/contract';

/** The billing system's text in the interface's script. */
export function inScript(text: string, locale: string): string {
  return textInScript(text, locale as Locale);
}

export function addressLine(address: Address, locale: string = 'sr-Cyrl'): string {
  return inScript(`${address.street}, ${address.postalCode} ${address.city}`, locale);
}

/** The region's name in the interface's script. */
export function regionName(region: { name: string; nameLatin: string }, locale: string): string {
  return (locale as Locale) === 'sr-Cyrl' ? region.name : region.nameLatin;
}

/** What the user calls the metering point: its nickname, or else its street. */
export function pointName(point: { nickname: string | null; address: Address }, locale: string): string {
  return point.nickname ?? inScript(point.address.street, locale);
}
