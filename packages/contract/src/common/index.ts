export { rsdAmount, calendarDate } from './money.js';
export { pageQuery, maxPageSize, queryBoolean } from './paging.js';
