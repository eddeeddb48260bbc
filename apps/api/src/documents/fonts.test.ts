import PDFDocument from 'pdfkit';
import { describe, expect, it, vi } from 'vitest';
import { createPortalDocument } from './document.js';
import { portalFontFiles, portalFonts } from './fonts.js';
import { text } from './layout.js';

const portalDocument = () =>
  createPortalDocument({
    locale: 'sr-Cyrl',
    info: { Title: 'test', CreationDate: new Date(0), ModDate: new Date(0) },
  });

describe('the word layouts shared by documents', () => {
  // a word no other test lays out, so that the first document below is the first to shape it
  const word = 'Љубица-Ђорђевић-Шумадинка';

  it('shape a word once for every document, to the width pdfkit gives on its own', () => {
    const first = portalDocument();
    text({ doc: first }, word, 0, 0, 500, { weight: 'bold' });
    const layout = vi.spyOn(portalFonts().bold, 'layout');
    try {
      const second = portalDocument();
      text({ doc: second }, word, 0, 0, 500, { weight: 'bold' });
      expect(layout).not.toHaveBeenCalled();
      const alone = new PDFDocument({ fontLayoutCache: false } as PDFKit.PDFDocumentOptions)
        .registerFont('own', portalFontFiles().bold)
        .font('own', 8);
      expect(second.widthOfString(word)).toBe(alone.widthOfString(word));
      expect(first.widthOfString(word)).toBe(alone.widthOfString(word));
    } finally {
      layout.mockRestore();
    }
  });
});
