// The part of the Serbian (Cyrillic) catalogue that the first page needs: what is app-wide (app bar,
// menu, footer, forms, errors) and the texts of the pages a visitor opens first (home, login and
// registration, legal, the offline banner). The rest of the catalogue (sr-Cyrl.ts), with the staff
// view's banner, is loaded before any other page is shown (plugins/i18n.ts).
import home from '../modules/home/messages.sr-Cyrl.js';
import legal from '../modules/legal/messages.sr-Cyrl.js';
import auth from '../modules/auth/messages.sr-Cyrl.js';
import devMailbox from '../modules/dev-mailbox/messages.sr-Cyrl.js';
import offline from '../modules/offline/messages.sr-Cyrl.js';
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
    contracts: 'Уговори',
    complaints: 'Приговори',
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
  ...devMailbox,
  ...offline,
  errors: {
    notFoundTitle: 'Страница није пронађена',
    notFound: 'Тражена страница не постоји. Проверите адресу или почните поново са почетне стране.',
  },
} as const;
