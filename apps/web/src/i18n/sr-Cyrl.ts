// Serbian in Cyrillic: the default language. The Latin catalogue is made from this one by
// transliteration (i18n/messages.ts), so it is never edited by hand. What is app-wide (app bar, menu,
// footer, forms, errors) and the first page's modules are in first-page.sr-Cyrl.ts; each module's texts
// sit in its folder (modules/<module>/messages.*.ts).
import account from '../modules/account/messages.sr-Cyrl.js';
import meteringPoints from '../modules/metering-points/messages.sr-Cyrl.js';
import contracts from '../modules/contracts/messages.sr-Cyrl.js';
import bills from '../modules/bills/messages.sr-Cyrl.js';
import consumption from '../modules/consumption/messages.sr-Cyrl.js';
import notices from '../modules/notices/messages.sr-Cyrl.js';
import news from '../modules/news/messages.sr-Cyrl.js';
import payments from '../modules/payments/messages.sr-Cyrl.js';
import reminders from '../modules/reminders/messages.sr-Cyrl.js';
import readings from '../modules/readings/messages.sr-Cyrl.js';
import support from '../modules/support/messages.sr-Cyrl.js';
import reports from '../modules/reports/messages.sr-Cyrl.js';
import staffAdmin from '../modules/staff-admin/messages.sr-Cyrl.js';
import staffAudit from '../modules/staff-audit/messages.sr-Cyrl.js';
import complaints from '../modules/complaints/messages.sr-Cyrl.js';
import supportView from '../modules/support-view/messages.sr-Cyrl.js';
import firstPage from './first-page.sr-Cyrl.js';

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
    ticket: 'Пријава кориснику подршке',
    customer_request: 'Купац је тражио помоћ',
    complaint: 'Рекламација',
    payment: 'Уплата',
    fraud: 'Сумња на злоупотребу',
    other: 'Друго',
  },
} as const;
