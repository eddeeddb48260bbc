export * from './dev-mailbox.schemas.js';
export * from './dev-mailbox.routes.js';
