// The part of the English catalogue that the first page needs: see first-page.sr-Cyrl.ts.
import home from '../modules/home/messages.en.js';
import legal from '../modules/legal/messages.en.js';
import auth from '../modules/auth/messages.en.js';
import devMailbox from '../modules/dev-mailbox/messages.en.js';
import offline from '../modules/offline/messages.en.js';
import type srCyrl from './first-page.sr-Cyrl.js';

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
    contracts: 'Contracts',
    complaints: 'Complaints',
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
  ...devMailbox,
  ...offline,
  errors: {
    notFoundTitle: 'Page not found',
    notFound: 'This page does not exist. Check the address, or start again from the home page.',
  },
} satisfies Messages<typeof srCyrl>;
