export { rsdAmount, calendarDate, billCurrencies, currencySymbols, type BillCurrency } from './money.js';
export { pageQuery, pageOf, maxPage, maxPageSize, queryBoolean } from './paging.js';
export { requestDate, minRequestDate, maxRequestDate } from './dates.js';
export { textInput, hasControlCharacters } from './text.js';
