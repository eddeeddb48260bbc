// English texts of staff's view of a customer's account; the keys mirror messages.sr-Cyrl.ts.
export default {
  supportView: {
    open: {
      title: "Open the customer's account",
      lead: "You will see the customer's pages as they do: overview, bills and their PDFs, payments, ledger, notices and consumption. Read-only, for 30 minutes.",
      customerSees:
        'The customer will see this access in their account under "Who looked at my data": the date, your role and staff ID, and the reason\'s category (not its text).',
      category: 'Reason',
      reason: 'Ticket number or description',
      reasonHint: 'For example INC-2026-0042, or what the customer asked for.',
      submit: 'Open read-only view',
      back: 'Back to the look-up',
    },
    categories: {
      ticket: 'Ticket',
      customer_request: 'Customer asked for help',
      complaint: 'Complaint',
      payment: 'Payment',
      other: 'Other',
    },
    banner: {
      label: 'Staff view',
      title: 'Staff view:',
      whose: 'the account of {names} ({username})',
      readOnly: 'read-only',
      until: 'until {time}',
      end: 'End view',
      ended: "The view of the customer's account has ended.",
    },
  },
};
