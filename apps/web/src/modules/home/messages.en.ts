// English texts of the home page; the keys mirror messages.sr-Cyrl.ts.
export default {
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
};
