// English texts of the reminders module; the keys mirror messages.sr-Cyrl.ts.
export default {
  reminders: {
    unsubscribe: {
      title: 'Turn off payment reminders',
      lead: 'You will no longer get e-mails before a bill falls due or on its due date. New-bill e-mails and notices are not affected.',
      confirm: 'Turn reminders off',
      done: 'Reminders are off. You can turn them on again in your account settings.',
      settings: 'Account settings',
    },
  },
};
