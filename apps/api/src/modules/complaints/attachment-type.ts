// What an attached file is, judged by its first bytes: the name and the type the browser claims are
// the sender's to choose, so neither decides what the portal stores and later serves to staff.
import type { complaintAttachmentRules } from '@portal/contract';

export type AttachmentType = (typeof complaintAttachmentRules.types)[number];

const signatures: { type: AttachmentType; bytes: number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
];

/** The file's type by its content, or null when it is none the complaints take. */
export function sniffAttachmentType(head: Uint8Array): AttachmentType | null {
  for (const { type, bytes } of signatures)
    if (head.length >= bytes.length && bytes.every((byte, i) => head[i] === byte)) return type;
  return null;
}

const extensions: Record<AttachmentType, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'application/pdf': '.pdf',
};

/**
 * The name the file is stored and served under: the customer's name without paths or control
 * characters, cut to fit, ending in the extension of its real type.
 */
export function attachmentFilename(name: string | undefined, type: AttachmentType): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\p{Cc}\p{Cf}"]/gu, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 100);
  return `${base || 'attachment'}${extensions[type]}`;
}
