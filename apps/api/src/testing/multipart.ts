// A multipart/form-data request body for app.inject, encoded by the platform's FormData as a browser
// would send it.
export interface MultipartFile {
  name: string;
  type: string;
  data: Uint8Array;
}

export async function multipart(
  fields: Record<string, string>,
  files: MultipartFile[] = [],
  field = 'files',
): Promise<{ payload: Buffer; headers: { 'content-type': string } }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) form.append(field, new Blob([file.data], { type: file.type }), file.name);
  const encoded = new Response(form);
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
  };
}

/** The first bytes of a JPEG photo and of a PDF, enough for the type sniffing. */
export const jpegBytes = (size = 64) =>
  Uint8Array.from({ length: size }, (_, i) => [0xff, 0xd8, 0xff, 0xe0][i] ?? i % 251);
export const pdfBytes = () => new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF\n');
