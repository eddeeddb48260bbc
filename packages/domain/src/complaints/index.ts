// Complaint rules: the deadlines, the steps each status allows, the number as shown.
export * from './deadlines.js';
export * from './status.js';
