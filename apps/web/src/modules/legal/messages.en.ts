// English texts of the legal pages; the keys mirror messages.sr-Cyrl.ts.
export default {
  legal: {
    terms: 'Terms of Use',
    privacy: 'Privacy Statement',
    termsText:
      'Terms of Use of the Bill Insight portal: who may use it, how a contract is added, responsibility for the data you enter, and how payments work. The text the supplier adopts is published on this page with its date and version; when you register we record which version you accepted.',
    privacyText:
      'Privacy Statement: which data we process (username, e-mail, billing number, JMBG or PIB and company number to check a contract), why, how long we keep them and how to exercise your rights. The portal uses no tracking cookies and no third-party services; the check that you are not a robot runs on our own server.',
  },
};
