// English texts of the offline page and the update prompt; the keys mirror messages.sr-Cyrl.ts.
export default {
  offline: {
    title: 'Saved bills',
    lead: 'You are offline. These are the bills you saw on this device the last time, and the PDFs you opened.',
    leadOnline: 'The bills you saw on this device the last time, kept for when you are offline.',
    none: 'Nothing is saved on this device yet. Bills you open while online are kept here.',
    otherBills: 'Other bills',
    toPay: 'To pay {amount} by {date}',
    openPdf: 'Open PDF',
    back: 'Go to the overview',
    banner: 'You are offline.',
    bannerLink: 'See saved bills',
    update: {
      text: 'A new version of the portal is available.',
      reload: 'Reload',
      later: 'Later',
    },
  },
};
