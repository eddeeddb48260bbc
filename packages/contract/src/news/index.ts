export * from './news.schemas.js';
export * from './news.routes.js';
