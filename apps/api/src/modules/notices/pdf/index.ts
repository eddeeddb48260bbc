// The dunning notice as PDF: renderNoticePdf(document, locale) -> A4 PDF bytes.
export { noticePdfFilename, renderNoticePdf } from './render-notice-pdf.js';
