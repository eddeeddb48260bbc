// Bill reminders: which reminder e-mails a bill calls for on a given day.
export * from './bill-reminders.js';
