// English texts of the supervisor's reports page; the keys mirror messages.sr-Cyrl.ts.
export default {
  reports: {
    title: 'Reports',
    nav: 'Reports',
    lead: 'Customers registered on the portal and payments booked, per day and in total from the first day chosen.',
    from: 'From',
    to: 'To',
    region: 'Region',
    channel: 'Payment channel',
    allRegions: 'All regions',
    noRegion: 'No metering point linked',
    allChannels: 'All channels',
    cumulative: 'Cumulative',
    csv: 'Download CSV',
    loading: 'Loading the report…',
    loadFailed: 'Could not load the reports.',
    downloadFailed: 'Could not download the CSV file.',
    chartRegion: '{report}: chart',
    chartLabel: 'Chart of {report} per day and cumulative; the same data are in the table below.',
    tableRegion: '{report}: table (scrollable)',
    caption: '{report} per day',
    range: {
      invalid: 'Choose both dates.',
      backwards: 'The end date is before the start date.',
      tooLong: 'A report covers at most 366 days.',
    },
    columns: {
      date: 'Date',
      amount: 'Amount',
      cumulativeAmount: 'Cumulative amount',
    },
    registrations: {
      title: 'Registered users',
      perDay: 'Registrations',
      total: 'Registered in the period: {count}',
    },
    payments: {
      title: 'Payments',
      perDay: 'Payments',
      total: 'Payments in the period: {count}, {amount}',
    },
  },
};
