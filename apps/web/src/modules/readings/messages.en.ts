// English texts of the meter self-reading page; the keys mirror messages.sr-Cyrl.ts.
export default {
  readings: {
    title: 'Meter self-reading',
    link: 'Enter a meter reading',
    back: 'Back to the metering point',
    intro:
      'Read the registers of your meter and enter them with the date. Accepted readings are sent to billing the same day.',
    notFound: 'This metering point was not found among yours.',
    noMeter: 'No meter is recorded for this metering point, so no reading can be entered.',
    meter: 'Meter {serial}',
    last: 'Last reading: {date}, {values}',
    history: 'Your self-readings',
    noHistory: 'You have not entered a reading yet.',
    values: 'Registers',
    status: 'Status',
    readOnlyView: 'Staff view: readings are entered by the customer.',
    confirmedByYou: 'confirmed by you',
    registers: { vt: 'VT (higher tariff)', nt: 'NT (lower tariff)', single: 'Single tariff' },
    form: {
      date: 'Date of reading',
      dateRequired: 'Enter the date of the reading.',
      wholeNumber: 'Enter the whole number of kWh the meter shows.',
    },
    send: 'Send reading',
    accepted: 'Thank you, the reading is accepted and will be sent to billing.',
    refusedTitle: 'The reading cannot be accepted',
    confirmTitle: 'Please check the reading',
    confirmAnyway: 'The values are right, send anyway',
    correct: 'Correct the values',
    reasons: {
      date_in_future: 'The date of the reading cannot be in the future.',
      not_after_last_reading: 'The date must be after the last reading, of {lastReadOn}.',
      below_last_reading:
        '{register} is lower than at the last reading ({lastValue} kWh on {lastReadOn}). A meter does not run backwards: please check the value.',
      far_above_expected:
        'This reading means {consumed} kWh in {days} days, while about {expected} kWh is usual in this season (up to {limit} kWh is accepted without asking). If the values are right, send it anyway.',
    },
    statuses: {
      accepted: 'Self-reading, accepted',
      sent: 'Self-reading, sent',
      confirmed_by_billing: 'Confirmed by billing',
    },
  },
};
