// The PDF e-bill (issue 5): renderBillPdf(bill, history, locale) -> the A4 bill as PDF bytes.
export { renderBillPdf } from './render-bill-pdf.js';
