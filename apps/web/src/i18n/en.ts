import account from '../modules/account/messages.en.js';
import auth from '../modules/auth/messages.en.js';
import bills from '../modules/bills/messages.en.js';
import consumption from '../modules/consumption/messages.en.js';
import contracts from '../modules/contracts/messages.en.js';
import devMailbox from '../modules/dev-mailbox/messages.en.js';
import home from '../modules/home/messages.en.js';
import legal from '../modules/legal/messages.en.js';
import meteringPoints from '../modules/metering-points/messages.en.js';
import news from '../modules/news/messages.en.js';
import notices from '../modules/notices/messages.en.js';
import offline from '../modules/offline/messages.en.js';
import payments from '../modules/payments/messages.en.js';
import reminders from '../modules/reminders/messages.en.js';
import readings from '../modules/readings/messages.en.js';
import support from '../modules/support/messages.en.js';
import reports from '../modules/reports/messages.en.js';
import supportView from '../modules/support-view/messages.en.js';
import staffAdmin from '../modules/staff-admin/messages.en.js';
import staffAudit from '../modules/staff-audit/messages.en.js';
import complaints from '../modules/complaints/messages.en.js';
import type srCyrl from './sr-Cyrl.js';

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export default {
  app: {
    name: 'Bill Insight',
    supplier: 'EPS Snabdevanje',
    skipToContent: 'Skip to content',
    menu: 'Menu',
    language: 'Language',
    login: 'Log in',
    register: 'Register',
  },
  nav: {
    home: 'Home',
    overview: 'Overview',
    payments: 'Payments',
    consumption: 'Consumption',
    loginFirst: 'Available after you log in',
  },
  footer: {
    contact: 'Contact centre: 0800 360 300 (free call, weekdays 7 am to 7 pm)',
    rights: 'EPS Snabdevanje',
    legal: 'Legal information',
  },
  form: {
    unexpected: 'An unexpected error occurred. Please try again.',
    offline: 'The server cannot be reached. Check your internet connection and try again.',
    showPassword: 'Show password',
    optional: 'optional',
  },
  ...home,
  ...legal,
  ...auth,
  ...account,
  ...devMailbox,
  ...meteringPoints,
  ...contracts,
  ...bills,
  ...consumption,
  ...notices,
  ...news,
  ...offline,
  ...payments,
  ...reminders,
  ...readings,
  ...support,
  ...reports,
  ...supportView,
  ...staffAdmin,
  ...staffAudit,
  ...complaints,
  /** the categories of staff's reasons (contract: supportReasonCategories), shared by the staff pages */
  staffReasons: {
    ticket: 'Support ticket',
    customer_request: 'Customer asked for help',
    complaint: 'Complaint',
    payment: 'Payment',
    fraud: 'Suspected misuse',
    other: 'Other',
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFound: 'This page does not exist. Check the address, or start again from the home page.',
  },
} satisfies Messages<typeof srCyrl>;
