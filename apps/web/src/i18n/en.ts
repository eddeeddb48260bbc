import accounts from './accounts.en.js';
import bills from './bills.en.js';
import consumption from './consumption.en.js';
import overview from './overview.en.js';
import notices from './notices.en.js';
import payments from './payments.en.js';
import type srCyrl from './sr-Cyrl.js';

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export default {
  app: {
    name: 'Bill Insight',
    supplier: 'EPS Supply',
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
  home: {
    title: 'All your electricity bills in one place',
    lead: 'One account for every metering point you hold, in every region: the e-bill the day it is issued, your balance, payments and consumption by zone and tariff.',
    audience: 'For households and small businesses on guaranteed supply.',
    start: 'Create an account',
    login: 'Already registered? Log in',
    featuresTitle: 'What you get',
    sample: {
      due: 'Amount due',
      zones: 'Consumption by zone',
      green: 'green',
      blue: 'blue',
      red: 'red',
      pay: 'Pay',
    },
    features: {
      oneLogin: {
        title: 'One account, every metering point',
        text: 'Your home, your weekend house or your company’s sixty shops, in Belgrade, Novi Sad, Niš, Kragujevac and Kraljevo.',
      },
      eBill: {
        title: 'The e-bill before the paper one',
        text: 'Your bill is here the day the monthly charge is formed, before it is printed and posted.',
      },
      archive: {
        title: 'Three years of history',
        text: 'Bills and payments of the last three years, with every element of the paper bill and a PDF.',
      },
      consumption: {
        title: 'Consumption in charts',
        text: 'Green, blue and red zones, day and night tariff, compared with the same month of past years.',
      },
      balance: {
        title: 'Your balance now',
        text: 'What you owe, what is due and what you have paid, per metering point and for all of them together.',
      },
      pay: {
        title: 'Pay without a queue',
        text: 'Scan the IPS QR code with your bank’s app, or pay by Dina, Visa or MasterCard.',
      },
      notices: {
        title: 'Notices in time',
        text: 'Reminders before enforcement and warnings before disconnection show here as soon as they are issued.',
      },
      safe: {
        title: 'Safe',
        text: 'An encrypted connection, a password only you know and a verified e-mail; card details never reach us.',
      },
    },
    stepsTitle: 'How to start',
    steps: {
      register: {
        title: 'Register',
        text: 'Choose natural person or legal entity/sole trader, and enter a username, your e-mail and a password.',
      },
      verify: { title: 'Confirm your e-mail', text: 'Enter the six-digit code we e-mail you.' },
      link: {
        title: 'Add your contract',
        text: 'Natural persons: billing number and JMBG. Legal entities and sole traders: billing number, PIB and company number.',
      },
      done: {
        title: 'That’s it',
        text: 'Every metering point of that billing number appears in your overview.',
      },
    },
    whereToFind: 'The billing number is printed on every bill, at the top of the first page.',
  },
  legal: {
    terms: 'Terms of Use',
    privacy: 'Privacy Statement',
    termsText:
      'Terms of Use of the Bill Insight portal: who may use it, how a contract is added, responsibility for the data you enter, and how payments work. The text the supplier adopts is published on this page with its date and version; when you register we record which version you accepted.',
    privacyText:
      'Privacy Statement: which data we process (username, e-mail, billing number, JMBG or PIB and company number to check a contract), why, how long we keep them and how to exercise your rights. The portal uses no tracking cookies and no third-party services; the check that you are not a robot runs on our own server.',
  },
  footer: {
    contact: 'Contact centre: 0800 360 300 (free call, weekdays 7 am to 7 pm)',
    rights: 'EPS Supply',
    legal: 'Legal information',
  },
  ...accounts,
  ...overview,
  ...bills,
  ...consumption,
  ...notices,
  ...payments,
  errors: {
    notFoundTitle: 'Page not found',
    notFound: 'This page does not exist. Check the address, or start again from the home page.',
  },
} satisfies Messages<typeof srCyrl>;
