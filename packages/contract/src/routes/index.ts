export * from './define-route.js';
export * from './route-url.js';
export * from './route-inputs.js';
export * from './route-response.js';
