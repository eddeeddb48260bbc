// English texts of the development mailbox; the keys mirror messages.sr-Cyrl.ts.
export default {
  mailbox: {
    nav: 'Local mailbox',
    title: 'Mailbox (development)',
    lead: 'The e-mail the portal sends while no SMTP server is configured. Available on this computer only.',
    empty: 'The mailbox is empty.',
    refresh: 'Refresh',
    to: 'To',
    subject: 'Subject',
    created: 'Time',
    status: 'Status',
    back: 'Back to the list',
    html: 'HTML',
    text: 'Text',
    preview: 'The content of the message',
  },
};
