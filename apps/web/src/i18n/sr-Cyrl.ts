// Serbian in Cyrillic: the default language. The Latin catalogue is made from this one by
// transliteration (i18n/messages.ts), so it is never edited by hand. Here: what is app-wide (app bar,
// menu, footer, forms, errors); each module's texts sit in its folder (modules/<module>/messages.*.ts).
import account from '../modules/account/messages.sr-Cyrl.js';
import auth from '../modules/auth/messages.sr-Cyrl.js';
import bills from '../modules/bills/messages.sr-Cyrl.js';
import consumption from '../modules/consumption/messages.sr-Cyrl.js';
import contracts from '../modules/contracts/messages.sr-Cyrl.js';
import devMailbox from '../modules/dev-mailbox/messages.sr-Cyrl.js';
import home from '../modules/home/messages.sr-Cyrl.js';
import legal from '../modules/legal/messages.sr-Cyrl.js';
import meteringPoints from '../modules/metering-points/messages.sr-Cyrl.js';
import news from '../modules/news/messages.sr-Cyrl.js';
import notices from '../modules/notices/messages.sr-Cyrl.js';
import offline from '../modules/offline/messages.sr-Cyrl.js';
import payments from '../modules/payments/messages.sr-Cyrl.js';
import reminders from '../modules/reminders/messages.sr-Cyrl.js';
import readings from '../modules/readings/messages.sr-Cyrl.js';
import support from '../modules/support/messages.sr-Cyrl.js';
import reports from '../modules/reports/messages.sr-Cyrl.js';
import supportView from '../modules/support-view/messages.sr-Cyrl.js';
import staffAdmin from '../modules/staff-admin/messages.sr-Cyrl.js';
import staffAudit from '../modules/staff-audit/messages.sr-Cyrl.js';
import complaints from '../modules/complaints/messages.sr-Cyrl.js';

export default {
  app: {
    name: 'Увид у рачун',
    supplier: 'ЕПС Снабдевање',
    skipToContent: 'Прескочи на садржај',
    menu: 'Мени',
    language: 'Језик',
    login: 'Пријава',
    register: 'Регистрација',
  },
  nav: {
    home: 'Почетна',
    overview: 'Преглед стања',
    payments: 'Уплате',
    consumption: 'Потрошња',
    loginFirst: 'Доступно после пријаве',
  },
  footer: {
    contact: 'Контакт центар: 0800 360 300 (бесплатан позив радним данима од 7 до 19 часова)',
    rights: 'ЕПС Снабдевање',
    legal: 'Правне информације',
  },
  form: {
    unexpected: 'Дошло је до неочекиване грешке. Покушајте поново.',
    offline: 'Сервер није доступан. Проверите везу са интернетом и покушајте поново.',
    showPassword: 'Прикажи лозинку',
    optional: 'није обавезно',
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
  /** врсте разлога запослених (уговор: supportReasonCategories), заједничке страницама подршке */
  staffReasons: {
    ticket: 'Пријава кориснику подршке',
    customer_request: 'Купац је тражио помоћ',
    complaint: 'Рекламација',
    payment: 'Уплата',
    fraud: 'Сумња на злоупотребу',
    other: 'Друго',
  },
  errors: {
    notFoundTitle: 'Страница није пронађена',
    notFound: 'Тражена страница не постоји. Проверите адресу или почните поново са почетне стране.',
  },
} as const;
