// How each kind of announcement looks: a Vuetify alert type (colour) and an icon, so that a planned
// outage stands out from a new feature.
import type { NewsKind } from '@portal/contract';
import { mdiCashMultiple, mdiInformationOutline, mdiPowerPlugOff, mdiStarOutline } from '@mdi/js';

export const newsLooks: Record<NewsKind, { type: 'warning' | 'info' | 'success'; icon: string }> = {
  outage: { type: 'warning', icon: mdiPowerPlugOff },
  price: { type: 'info', icon: mdiCashMultiple },
  feature: { type: 'success', icon: mdiStarOutline },
  other: { type: 'info', icon: mdiInformationOutline },
};

/** The Belgrade calendar day (YYYY-MM-DD) of an instant, for the portal's date formatting. */
export function belgradeDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Belgrade' }).format(new Date(iso));
}
