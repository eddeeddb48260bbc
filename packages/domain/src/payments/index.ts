// Payment rules: allocation over bills, card numbers (for the sandbox), the card fee, payment
// references, the states of a payment order and how long a card order may stay open, and how
// payments received settle a metering point's bills.
export * from './cards.js';
export * from './allocation.js';
export * from './card-fee.js';
export * from './references.js';
export * from './order-states.js';
export * from './card-order-rules.js';
export * from './settlement.js';
