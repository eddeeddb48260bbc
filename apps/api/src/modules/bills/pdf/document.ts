// What every PDF of the portal does the same way: the two embedded DejaVu faces under the names the
// drawing primitives use ('regular', 'bold'), and the finished document as bytes.
import { billFonts } from './fonts.js';

export function registerPortalFonts(doc: PDFKit.PDFDocument): void {
  // pdfkit 0.20 takes a parsed fontkit font as a source; its type definitions only know files and bytes.
  const fonts = billFonts() as unknown as Record<'regular' | 'bold', Buffer>;
  doc.registerFont('regular', fonts.regular).registerFont('bold', fonts.bold).font('regular');
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
