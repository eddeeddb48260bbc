import account from '../modules/account/messages.en.js';
import meteringPoints from '../modules/metering-points/messages.en.js';
import contracts from '../modules/contracts/messages.en.js';
import bills from '../modules/bills/messages.en.js';
import consumption from '../modules/consumption/messages.en.js';
import notices from '../modules/notices/messages.en.js';
import news from '../modules/news/messages.en.js';
import payments from '../modules/payments/messages.en.js';
import reminders from '../modules/reminders/messages.en.js';
import readings from '../modules/readings/messages.en.js';
import support from '../modules/support/messages.en.js';
import reports from '../modules/reports/messages.en.js';
import staffAdmin from '../modules/staff-admin/messages.en.js';
import staffAudit from '../modules/staff-audit/messages.en.js';
import complaints from '../modules/complaints/messages.en.js';
import supportView from '../modules/support-view/messages.en.js';
import firstPage from './first-page.en.js';
import type srCyrl from './sr-Cyrl.js';

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export default {
  ...firstPage,
  ...account,
  ...meteringPoints,
  ...contracts,
  ...bills,
  ...consumption,
  ...notices,
  ...news,
  ...payments,
  ...reminders,
  ...readings,
  ...support,
  ...reports,
  ...staffAdmin,
  ...staffAudit,
  ...complaints,
  ...supportView,
  staffReasons: {
    ticket: 'Support ticket',
    customer_request: 'Customer asked for help',
    complaint: 'Complaint',
    payment: 'Payment',
    fraud: 'Suspected misuse',
    other: 'Other',
  },
} satisfies Messages<typeof srCyrl>;
