// English texts of the notices tab: reminders before enforcement and warnings before disconnection; the keys mirror messages.sr-Cyrl.ts.
export default {
  notices: {
    tab: 'Notices',
    title: 'Reminders and warnings',
    intro: 'Reminders before enforcement and warnings before disconnection of the last three years.',
    none: 'There are no reminders or warnings for this metering point.',
    loadFailed: 'The notices could not be loaded.',
    kinds: {
      reminder_before_enforcement: 'Reminder before enforcement',
      warning_before_disconnection: 'Warning before disconnection',
    },
    statuses: {
      open: 'Open',
      settled: 'Paid',
      escalated: 'Followed by a further notice',
      cancelled: 'Withdrawn',
    },
    number: 'No. {number}',
    issuedOn: 'Issued',
    deliveredOn: 'Delivered',
    debtOn: 'Debt on {date}',
    deadline: 'Pay by',
    settledOn: 'Paid on {date}',
    consequences: {
      reminder_before_enforcement:
        'If the debt is not paid by {date}, the supplier will collect it in court (enforcement), with the costs of the proceedings and default interest.',
      warning_before_disconnection:
        'If the debt is not paid by {date}, the electricity supply will be disconnected after that date, and you will bear the costs of disconnection and reconnection.',
    },
    pay: 'Pay the debt',
    payToSupplier:
      'This debt is paid to its supplier ({supplier}), not through the portal: cards and the IPS QR code pay dinars only.',
    downloadPdf: 'PDF',
    downloadLabel: 'Download {number} as PDF',
    downloadFailed: 'The download failed.',
    viewAll: 'View notices',
  },
};
