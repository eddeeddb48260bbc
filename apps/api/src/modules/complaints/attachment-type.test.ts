import { describe, expect, it } from 'vitest';
import { attachmentFilename, sniffAttachmentType } from './attachment-type.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('sniffAttachmentType', () => {
  it('knows JPEG, PNG and PDF by their first bytes', () => {
    expect(sniffAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0, 0))).toBe('image/jpeg');
    expect(sniffAttachmentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(sniffAttachmentType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses anything else, however it is named', () => {
    expect(sniffAttachmentType(new TextEncoder().encode('<html><script>'))).toBeNull();
    expect(sniffAttachmentType(new TextEncoder().encode('MZ\x90\x00'))).toBeNull();
    expect(sniffAttachmentType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffAttachmentType(bytes())).toBeNull();
  });
});

describe('attachmentFilename', () => {
  it('keeps the name, drops paths and gives the extension of the real type', () => {
    expect(attachmentFilename('бројило.jpeg', 'image/jpeg')).toBe('бројило.jpg');
    expect(attachmentFilename('C:\\Users\\x\\račun.exe', 'application/pdf')).toBe('račun.pdf');
    expect(attachmentFilename('../../etc/passwd', 'image/png')).toBe('passwd.png');
    expect(attachmentFilename('a"b\u0000\u202e.png', 'image/png')).toBe('ab.png');
    expect(attachmentFilename(undefined, 'image/png')).toBe('attachment.png');
  });
});
