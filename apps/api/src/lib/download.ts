import type { FastifyReply } from 'fastify';

export interface Download {
  filename: string;
  contentType: string;
  body: Buffer | string;
}

/** `attachment; filename=...`: an ASCII fallback plus the UTF-8 form, for names with Cyrillic. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, "'");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Sends a file to save. Customer documents: never kept by a shared cache. */
export function sendDownload(reply: FastifyReply, file: Download): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachment(file.filename))
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/** A file as the services make it: a bill, a notice, a receipt, a zip of bills. */
export interface DownloadFile {
  filename: string;
  data: Buffer;
}

/** Sends a rendered PDF (a bill, a notice, a receipt) to save. */
export function sendPdf(reply: FastifyReply, file: DownloadFile): FastifyReply {
  return sendDownload(reply, { filename: file.filename, contentType: 'application/pdf', body: file.data });
}
