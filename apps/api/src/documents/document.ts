// What every PDF of the portal does the same way: an A4 sheet without margins, the two embedded DejaVu
// faces under the names the drawing primitives use ('regular', 'bold'), the fixed document information
// that keeps the output deterministic, and the finished document as bytes.
import type { Locale } from '@portal/contract';
import PDFDocument from 'pdfkit';
import { portalFonts } from './fonts.js';

function registerPortalFonts(doc: PDFKit.PDFDocument): void {
  // pdfkit 0.20 takes a parsed fontkit font as a source; its type definitions only know files and bytes.
  const fonts = portalFonts() as unknown as Record<'regular' | 'bold', Buffer>;
  doc.registerFont('regular', fonts.regular).registerFont('bold', fonts.bold).font('regular');
}

export interface PortalDocumentOptions {
  locale: Locale;
  info: PDFKit.DocumentInfo;
  /**
   * Bills and notices (the default): the pages are kept until the footers are drawn on each, and the
   * file is PDF 1.7 showing its title. A receipt is a single page written as it is drawn.
   */
  paged?: boolean;
}

/** A blank A4 document with the portal's fonts registered. */
export function createPortalDocument({
  locale,
  info,
  paged = true,
}: PortalDocumentOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    // Every section places its text at explicit coordinates; zero margins keep pdfkit from starting a
    // new page on its own when a text is drawn near the foot of the sheet (the payment slip).
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    compress: true,
    ...(paged ? { bufferPages: true, pdfVersion: '1.7' as const, displayTitle: true } : {}),
    lang: locale,
    // No default font: pdfkit would load Helvetica and list it in the file; the DejaVu faces are
    // registered below and every text names one.
    font: null as unknown as string,
    info,
  });
  registerPortalFonts(doc);
  return doc;
}

/**
 * The information dictionary of a document that gives the same bytes on every render: pdfkit stamps the
 * time of rendering as CreationDate and derives the document ID from the dictionary, so both dates are
 * the document's own date, and the supplier is its author and creator.
 */
export function stampedInfo(info: {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  date: Date;
}): PDFKit.DocumentInfo {
  return {
    Title: info.title,
    Author: info.author,
    Subject: info.subject,
    Keywords: info.keywords,
    Creator: info.author,
    Producer: 'PDFKit',
    CreationDate: info.date,
    ModDate: info.date,
  };
}

/** Ends the document and collects its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
