// The customer's pages: the menu after login (customer-nav.vue), and the same list, locked, for
// visitors (default-layout.vue), so that a visitor is never promised a page the menu does not have.
// Bills and dunning notices live on each metering point's page (open notices also on the overview).
import {
  mdiChartBar,
  mdiCreditCardOutline,
  mdiEmailOutline,
  mdiFileSign,
  mdiMessageAlertOutline,
  mdiViewDashboardOutline,
} from '@mdi/js';

export const customerPages = [
  { to: '/overview', title: 'nav.overview', icon: mdiViewDashboardOutline },
  { to: '/contracts', title: 'nav.contracts', icon: mdiFileSign },
  { to: '/consumption', title: 'nav.consumption', icon: mdiChartBar },
  { to: '/payments', title: 'nav.payments', icon: mdiCreditCardOutline },
  { to: '/complaints', title: 'nav.complaints', icon: mdiMessageAlertOutline },
] as const;

/** The development mailbox, in both menus where it answers (modules/dev-mailbox). */
export const mailboxPage = { to: '/dev/mailbox', title: 'mailbox.nav', icon: mdiEmailOutline } as const;
