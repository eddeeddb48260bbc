export * from './reminders.schemas.js';
export * from './reminders.routes.js';
